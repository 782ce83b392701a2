"""Walk the named sources (files, folders, ``-``) and stream every input as an article or a skip.

Deterministic: folders are read recursively in sorted order. Ids are made unique by suffixing,
the same text read twice is one article (the second is a skipped duplicate), and a bad file
is a ``SkippedInput`` with a one-line reason; only a named path that does not exist raises.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path

from timeline.errors import InputError
from timeline.model import Article, SkippedInput
from timeline.parallel import map_bounded
from timeline.settings import Settings
from timeline.sources.decoding import SNIFF_BYTES, binary_kind, decode_bytes
from timeline.sources.htmlpage import read_html
from timeline.sources.kinds import SUFFIX_FORMATS, InputFormat, SkipKind, skipped
from timeline.sources.markdown import read_markdown
from timeline.sources.plaintext import read_plain_text
from timeline.sources.records import read_json, read_json_lines
from timeline.sources.sidecar import SIDECAR_NAMES, Sidecar, load_sidecar

logger = logging.getLogger(__name__)

STDIN = "-"
Item = Article | SkippedInput


#: One thing to read: a file (and whether the user named it), standard input, or a folder
#: entry already known to be unreadable.
Unit = tuple[Path, bool] | SkippedInput | str


def read_sources(
    sources: Sequence[str], settings: Settings, pool: ProcessPoolExecutor | None = None
) -> Iterator[Item]:
    """Stream the articles of ``sources``; raises InputError at once if a named path is missing.

    With a ``pool``, files are read (decoded, HTML extracted) in its worker processes, a few
    chunks ahead; ids, sidecars and duplicates are still settled here, in input order.
    """
    for name in sources:
        if name != STDIN and not os.path.lexists(name):
            raise InputError(f"{name}: no such file or folder")
    return _Collection(settings).read(sources, pool)


def units_of(sources: Sequence[str]) -> Iterator[Unit]:
    """Every file to read under ``sources``, in order (folders walked lazily)."""
    for name in sources:
        if name == STDIN:
            yield STDIN
        elif os.path.isdir(name):
            for entry in walk_folder(Path(name)):
                yield entry if isinstance(entry, SkippedInput) else (entry, False)
        else:
            yield (Path(name), True)


def read_unit(unit: Unit, settings: Settings) -> Iterator[Item]:
    """The items of one unit; a reader that raises costs only this file."""
    if isinstance(unit, SkippedInput):
        yield unit
        return
    if isinstance(unit, str):
        yield from read_stdin(settings)
        return
    path, explicit = unit
    try:
        yield from read_file(path, settings, explicit)
    except Exception as exc:  # a reader bug must not stop the other files
        logger.warning("%s: reading failed (%s: %s)", path, type(exc).__name__, exc)
        detail = f"reading failed ({type(exc).__name__}: {exc})"
        yield skipped(path.stem or path.name, str(path), SkipKind.MALFORMED, detail[:300])


def _read_here(unit: Unit) -> bool:
    """Standard input and JSON Lines files are streamed by the calling process, line by line."""
    if isinstance(unit, str):
        return True
    return isinstance(unit, tuple) and SUFFIX_FORMATS.get(unit[0].suffix.lower()) is (
        InputFormat.JSONL
    )


def _streamed_here(source: str) -> bool:
    """Standard input and a JSON Lines file named directly are read by the calling process."""
    if source == STDIN:
        return True
    return not os.path.isdir(source) and _read_here((Path(source), True))


def read_units(settings: Settings, units: list[Unit]) -> list[tuple[Unit, list[Item] | None]]:
    """Read a chunk of units in a worker; ``None`` for those the caller must stream itself."""
    return [(u, None if _read_here(u) else list(read_unit(u, settings))) for u in units]


class _Collection:
    """The state of one read: ids and texts seen so far, sidecars of the folders visited."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ids: set[str] = set()
        self.texts: dict[bytes, str] = {}
        self.sidecars: dict[Path, Sidecar] = {}
        self.sidecar_told: set[Path] = set()

    def read(self, sources: Sequence[str], pool: ProcessPoolExecutor | None) -> Iterator[Item]:
        units = units_of(sources)
        if all(_streamed_here(name) for name in sources):
            pool = None  # nothing for workers to read: they are not forked for it
        batches: Iterable[Iterable[Item]]
        if pool is None:
            batches = (read_unit(unit, self.settings) for unit in units)
        else:
            done = map_bounded(pool, partial(read_units, self.settings), units, self.settings.jobs)
            batches = (read_unit(u, self.settings) if got is None else got for u, got in done)
        for batch in batches:
            for item in batch:
                yield self._account(item)

    def _sidecar(self, folder: Path) -> Sidecar:
        if folder not in self.sidecars:
            self.sidecars[folder] = load_sidecar(folder)
        return self.sidecars[folder]

    def _account(self, item: Item) -> Item:
        """Unique id, sidecar metadata, and the duplicate check."""
        doc_id = self._unique_id(item.id)
        if isinstance(item, SkippedInput):
            return replace(item, id=doc_id)
        article = item
        if article.source != STDIN:  # the sidecar knows the id the file itself gives
            folder = Path(article.source).parent
            sidecar = self._sidecar(folder)
            article = sidecar.apply(article)
            if sidecar.warnings and folder not in self.sidecar_told:
                # a problem of the sidecar file itself is told once, on its folder's first article
                self.sidecar_told.add(folder)
                article = replace(article, warnings=(*article.warnings, *sidecar.warnings))
        if article.id != doc_id:
            note = f"id: renamed {article.id!r} to {doc_id!r} (another input has the same id)"
            article = replace(article, id=doc_id, warnings=(*article.warnings, note))
        key = hashlib.blake2b(" ".join(article.text.casefold().split()).encode(), digest_size=16)
        first = self.texts.setdefault(key.digest(), article.id)
        if first != article.id:
            return skipped(article.id, article.source, SkipKind.DUPLICATE, f"same text as {first}")
        return article

    def _unique_id(self, doc_id: str) -> str:
        unique, number = doc_id, 1
        while unique in self.ids:
            number += 1
            unique = f"{doc_id}-{number}"
        self.ids.add(unique)
        return unique


def walk_folder(root: Path) -> Iterator[Path | SkippedInput]:
    """Files under ``root``, recursively and sorted; hidden entries and sidecars left out."""
    seen: set[str] = set()

    def walk(folder: Path) -> Iterator[Path | SkippedInput]:
        real = os.path.realpath(folder)
        if real in seen:  # a symbolic link back up the tree
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield skipped(folder.name, str(folder), SkipKind.UNREADABLE, _os_reason(exc))
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SIDECAR_NAMES:
                continue
            path = Path(entry.path)
            if _is_dir(entry):
                yield from walk(path)
            else:
                yield path

    yield from walk(root)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _os_reason(exc: OSError) -> str:
    return str(exc.strerror or exc).lower()


def read_file(path: Path, settings: Settings, explicit: bool) -> Iterator[Item]:
    """The article(s) of one file, or one skip saying why there are none."""
    doc_id, source = path.stem or path.name, str(path)
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None and (explicit or not path.suffix):
        fmt = InputFormat.TEXT
    try:
        info = path.stat()
    except OSError as exc:
        dangling = path.is_symlink()
        detail = "broken symbolic link" if dangling else _os_reason(exc)
        yield skipped(doc_id, source, SkipKind.UNREADABLE, detail)
        return
    if not stat.S_ISREG(info.st_mode):
        yield skipped(doc_id, source, SkipKind.UNSUPPORTED, "not a regular file")
        return
    if info.st_size == 0:
        yield skipped(doc_id, source, SkipKind.EMPTY, "0 bytes")
        return
    if fmt is InputFormat.JSONL:
        yield from _read_json_lines_file(path, doc_id, settings)
        return
    if settings.max_bytes and info.st_size > settings.max_bytes:
        yield skipped(
            doc_id,
            source,
            SkipKind.TOO_LARGE,
            f"{info.st_size:,} bytes, over the limit of {settings.max_bytes:,} (--max-bytes)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield skipped(doc_id, source, SkipKind.UNREADABLE, _os_reason(exc))
        return
    if fmt is None:
        kind = binary_kind(data[:SNIFF_BYTES])
        if kind:
            yield skipped(doc_id, source, SkipKind.BINARY, kind)
        else:
            known = ", ".join(sorted(SUFFIX_FORMATS))
            detail = f"{path.suffix} is not a format timeline reads ({known})"
            yield skipped(doc_id, source, SkipKind.UNSUPPORTED, detail)
        return
    yield from read_bytes(doc_id, source, data, fmt)


def read_bytes(doc_id: str, source: str, data: bytes, fmt: InputFormat) -> Iterator[Item]:
    """Decode ``data`` and hand it to the reader of ``fmt``."""
    decoded = decode_bytes(data)
    if decoded.problem is not None:
        kind = decoded.problem_kind or SkipKind.UNDECODABLE
        yield skipped(doc_id, source, kind, decoded.problem.partition(": ")[2])
        return
    text, warnings = decoded.text, decoded.warnings
    if fmt is InputFormat.TEXT:
        yield read_plain_text(doc_id, source, text, warnings)
    elif fmt is InputFormat.MARKDOWN:
        yield read_markdown(doc_id, source, text, warnings)
    elif fmt is InputFormat.HTML:
        yield read_html(doc_id, source, text, warnings)
    elif fmt is InputFormat.JSON:
        yield from read_json(doc_id, source, text)
    else:
        yield from read_json_lines(doc_id, source, enumerate(text.splitlines(), 1), 0)


def _read_json_lines_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Item]:
    """Stream a JSON Lines file line by line (it may hold thousands of articles)."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            kind = binary_kind(handle.read(SNIFF_BYTES))
            if kind:
                yield skipped(doc_id, source, SkipKind.BINARY, kind)
                return
            handle.seek(0)
            head = handle.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: small enough to decode whole
                yield from read_bytes(doc_id, source, head + handle.read(), InputFormat.JSONL)
                return
            handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
            yield from read_json_lines(doc_id, source, enumerate(handle, 1), settings.max_bytes)
    except OSError as exc:
        yield skipped(doc_id, source, SkipKind.UNREADABLE, _os_reason(exc))


def sniff_format(text: str) -> InputFormat:
    """The format of text that came without a file name (standard input)."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return InputFormat.JSON
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<?xml")):
        return InputFormat.HTML
    if text.startswith("---\n"):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


def read_stdin(settings: Settings) -> Iterator[Item]:
    """Standard input, read as the format its first characters suggest."""
    stream = getattr(sys.stdin, "buffer", None)
    limit = settings.max_bytes or -1
    data = stream.read(limit + 1 if limit > 0 else -1) if stream else sys.stdin.read().encode()
    if settings.max_bytes and len(data) > settings.max_bytes:
        detail = f"more than the limit of {settings.max_bytes:,} bytes (--max-bytes)"
        yield skipped("stdin", STDIN, SkipKind.TOO_LARGE, detail)
        return
    if not data.strip():
        yield skipped("stdin", STDIN, SkipKind.EMPTY, "nothing on standard input")
        return
    head = decode_bytes(data[:SNIFF_BYTES])
    yield from read_bytes("stdin", STDIN, data, sniff_format(head.text))
