"""JSON and JSON Lines records: a ``text`` and optional id, title, published, url, lang.

Crawler exports name fields differently; the common aliases are accepted (``doc_id``, ``dct``,
``date``, ``language``, ``headline``, ``link``). One broken line is one skipped record with its
line number, never a lost file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from timeline.model import Article, SkippedInput
from timeline.sources.decoding import normalise_text
from timeline.sources.kinds import SkipKind, skipped
from timeline.sources.plaintext import first_line
from timeline.sources.values import parse_day, parse_language, text_field

logger = logging.getLogger(__name__)

ID_FIELDS = ("id", "doc_id", "docid", "uid")
TEXT_FIELDS = ("text", "body", "content", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "dct", "pubdate", "date_publish")
URL_FIELDS = ("url", "link")
LANG_FIELDS = ("lang", "language")


def record_article(record: Any, fallback_id: str, source: str) -> Article | SkippedInput:
    """One article from one decoded record (a JSON object)."""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return skipped(
            fallback_id, source, SkipKind.MALFORMED, f"record is a JSON {kind}, not an object"
        )
    doc_id = text_field(record, *ID_FIELDS) or fallback_id
    raw_text = text_field(record, *TEXT_FIELDS)
    if raw_text is None:
        return skipped(
            doc_id, source, SkipKind.EMPTY, "record has no text field (text, body, content)"
        )
    text = normalise_text(raw_text)
    warnings: list[str] = []
    published = None
    raw_date = next((record[f] for f in DATE_FIELDS if record.get(f)), None)
    if raw_date is not None:
        published = parse_day(raw_date)
        if published is None:
            warnings.append(f"record: published {raw_date!r} is not a day (YYYY-MM-DD); ignored")
    lang = text_field(record, *LANG_FIELDS)
    return Article(
        id=doc_id,
        source=source,
        title=text_field(record, *TITLE_FIELDS) or first_line(text),
        text=text,
        language=parse_language(lang),
        published=published,
        url=text_field(record, *URL_FIELDS),
        warnings=tuple(warnings),
    )


def read_json(stem: str, source: str, text: str) -> Iterator[Article | SkippedInput]:
    """A JSON file: one record, a list of records, or an object holding such a list."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n{" in text.strip():  # a JSON Lines file named .json
            yield from read_json_lines(stem, source, enumerate(text.splitlines(), 1), 0)
            return
        yield skipped(stem, source, SkipKind.MALFORMED, f"not JSON ({exc.msg}, line {exc.lineno})")
        return
    if isinstance(data, dict) and text_field(data, *TEXT_FIELDS) is None:
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else data
    if isinstance(data, list):
        for number, record in enumerate(data, 1):
            yield record_article(record, f"{stem}-{number}", source)
        return
    yield record_article(data, stem, source)


def read_json_lines(
    stem: str, source: str, lines: Iterable[tuple[int, bytes | str]], max_bytes: int
) -> Iterator[Article | SkippedInput]:
    """JSON Lines, streamed: each line is one record; the size limit applies per record."""
    for number, raw in lines:
        line_id, where = f"{stem}-{number}", source
        if max_bytes and len(raw) > max_bytes:
            yield skipped(
                line_id,
                where,
                SkipKind.TOO_LARGE,
                f"line {number} has {len(raw):,} bytes, over the limit of {max_bytes:,}",
            )
            continue
        line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            logger.warning("%s: line %d is not JSON (%s); skipped", source, number, exc.msg)
            yield skipped(
                line_id,
                where,
                SkipKind.MALFORMED,
                f"line {number} is not JSON ({exc.msg} at column {exc.colno})",
            )
            continue
        item = record_article(record, line_id, where)
        if isinstance(raw, bytes) and "\ufffd" in line and isinstance(item, Article):
            note = f"encoding: line {number} is not valid UTF-8; bad bytes replaced"
            item = replace(item, warnings=(*item.warnings, note))
        yield item
