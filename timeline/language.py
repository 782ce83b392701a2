"""Detect an article's language offline with py3langid, restricted to the languages we support."""

from __future__ import annotations

import itertools
import logging
import re
import threading
from array import array
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Below this many letters a guess is no better than the default.
MIN_LETTERS = 20
#: Enough text to tell eight languages apart: the same answers as 2,000 or 5,000 characters
#: on every evaluation file, seed and test article (11,059 texts); a third less time than 2,000.
SAMPLE_CHARS = 1000
LETTER = re.compile(r"[^\W\d_]")


# Held while a model loads, so that a caller waits for a load begun by ``load_in_background``
# instead of starting a second one.
_loading = threading.Lock()
_identifiers: dict[tuple[str, ...], Any] = {}


def _identifier(languages: tuple[str, ...], in_one_read: bool = False) -> Any:
    """The model restricted to ``languages``, loaded once per process and language set
    (about 0.35 s, most of it decompressing the model file)."""
    with _loading:
        found = _identifiers.get(languages)
        if found is None:
            found = _identifiers[languages] = _load(languages, in_one_read)
        return found


def _load(languages: tuple[str, ...], in_one_read: bool) -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = None
    if in_one_read:
        try:
            identifier = _identifier_in_one_read(LanguageIdentifier, MODEL_DIR / MODEL_FILE)
        except Exception as exc:  # another model layout: the library's own loader reads it
            logger.debug("reading the language model in one piece failed: %s", exc)
    if identifier is None:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def load_in_background(languages: tuple[str, ...]) -> threading.Thread:
    """Start loading the model for ``languages`` in a thread and return it.

    The model is then decompressed in one call, which releases the interpreter lock: with a
    second core free, the load overlaps the imports that follow. Join the thread before
    forking workers: a process must not fork while the load holds its lock."""
    thread = threading.Thread(
        target=_load_quietly, args=(tuple(sorted(languages)),), name="language-model", daemon=True
    )
    thread.start()
    return thread


def _load_quietly(languages: tuple[str, ...]) -> None:
    try:
        _identifier(languages, in_one_read=True)
    except Exception as exc:  # only a head start: the first detection loads it and reports
        logger.debug("loading the language model ahead failed: %s", exc)


#: The arrays of py3langid's model file (an LZMA-compressed ``.npz``, version 0.4 and later).
_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def _identifier_in_one_read(identifier_class: Any, path: Path) -> Any | None:
    """The identifier ``from_model_file`` builds, with the file decompressed in one call.

    The library streams the model through small reads, taking the interpreter lock between
    them; one call lets the decompression (most of the load) run beside other threads.
    None when the file is not the layout known here."""
    import io
    import lzma

    import numpy as np

    def unsigned(values: Any) -> array[int]:
        out = array(_TYPECODES[values.dtype.itemsize])
        out.frombytes(np.ascontiguousarray(values).tobytes())
        return out

    if path.suffix != ".xz":
        return None
    with np.load(io.BytesIO(lzma.decompress(path.read_bytes())), allow_pickle=False) as data:
        if not set(_MODEL_ARRAYS) <= set(data.files):
            return None
        return identifier_class(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            unsigned(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=unsigned(data["nextmove_row"]),
        )


def detect_language(text: str, languages: tuple[str, ...], default: str = "en") -> str:
    """Return the most likely language code of ``text`` among ``languages``.

    Short or letterless texts get ``default``: a guess on a handful of characters is noise.
    """
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for _ in itertools.islice(LETTER.finditer(sample), MIN_LETTERS))
    if letters < MIN_LETTERS or not languages:
        return default
    code, _probability = _identifier(tuple(sorted(languages))).classify(sample)
    return str(code)
