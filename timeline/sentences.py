"""Split an article into paragraphs and sentences, with character offsets into its text.

Uses ``spacy.blank(lang)`` with the rule-based sentencizer: offline, available for every
language, and fast enough for thousands of articles. One pipeline per language is built once
and cached. When the user names a trained pipeline (``Settings.spacy_model``, a package name
or a path) and it is installed for the article's language, it splits the sentences instead
and its named entities (people, organisations, places) ride along with each sentence.
Line breaks are respected: a heading, a caption or a list item is never glued to the
sentence after it, while hard-wrapped prose lines are joined back into one block.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

logger = logging.getLogger(__name__)

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
TERMINAL = re.compile(r"[.!?:;\"”»’)\]]\s*$")
WRAPPED_LINE_WORDS = 8  # a line this long without final punctuation continues on the next
LETTER = re.compile(r"[^\W\d_]")
MAX_QUOTE = 600  # characters a quotation of several sentences may span before it is cut anyway
MAX_BLOCK = 200_000  # longer blocks (no line breaks at all) are cut into pieces of this size


ENTITY_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC"})  # spaCy's labels
SENTENCE_SETTERS = ("parser", "senter", "sentencizer")


@dataclass(frozen=True)
class EntitySpan:
    """A name a trained pipeline recognised: offsets into the article text and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: offsets into the article text and the block (paragraph) it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the block; a heading or a caption is a block of its own
    index: int  # position of the sentence in the article
    entities: tuple[EntitySpan, ...] = ()  # from a trained pipeline, when one was used


@cache
def pipeline(lang: str) -> Any:
    """A blank spaCy pipeline with a sentencizer for ``lang`` (``xx`` when spaCy lacks it)."""
    import spacy

    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError, OSError):
        logger.warning("spaCy has no tokenizer for language %r; using the multilingual one", lang)
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_BLOCK + 1
    return nlp


@cache
def trained_pipeline(model: str) -> Any | None:
    """The trained pipeline ``model`` (name or path), or None with a warning when unavailable."""
    import spacy

    try:
        nlp = spacy.load(model)
    except Exception as exc:  # not installed, bad path, incompatible version: rules instead
        logger.warning("spaCy pipeline %r could not be loaded (%s); using rules", model, exc)
        return None
    if not any(name in nlp.pipe_names for name in SENTENCE_SETTERS):
        nlp.add_pipe("sentencizer", first=True)
    nlp.max_length = MAX_BLOCK + 1
    return nlp


def uses_model(lang: str, model: str | None) -> bool:
    """True when ``model`` is given, loads, and reads ``lang`` (or every language: ``xx``)."""
    if not model:
        return False
    nlp = trained_pipeline(model)
    return nlp is not None and nlp.lang in (lang, "xx")


def blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of the text's blocks: paragraphs, split again at line breaks that end a unit."""
    out: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    ends = [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        block_start: int | None = None
        line_start = start
        for line in text[start:end].split("\n"):
            line_end = line_start + len(line)
            if line.strip():
                if block_start is None:
                    block_start = line_start
                if TERMINAL.search(line) or len(line.split()) < WRAPPED_LINE_WORDS:
                    out.append((block_start, line_end))
                    block_start = None
            line_start = line_end + 1
        if block_start is not None:
            out.append((block_start, end))
    return _cut_long(out)


def _cut_long(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        while end - start > MAX_BLOCK:
            out.append((start, start + MAX_BLOCK))
            start += MAX_BLOCK
        out.append((start, end))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, lang: str, model: str | None = None) -> list[Sentence]:
    """Every sentence of ``text`` in order, with offsets such that ``text[start:end] == text``.

    ``model`` names a trained spaCy pipeline to use when it is installed for ``lang``.
    """
    if not text or not text.strip():
        return []
    spans = blocks(text)
    nlp = trained_pipeline(model) if model and uses_model(lang, model) else None
    if nlp is None:
        nlp = pipeline(lang)
    sentences: list[Sentence] = []
    docs = nlp.pipe(text[s:e] for s, e in spans)
    for paragraph, ((block_start, _), doc) in enumerate(zip(spans, docs, strict=True)):
        found = [
            EntitySpan(block_start + e.start_char, block_start + e.end_char, e.label_)
            for e in doc.ents
            if e.label_ in ENTITY_LABELS
        ]
        pieces: list[tuple[int, int]] = []
        for sent in doc.sents:
            start, end = _trimmed(text, block_start + sent.start_char, block_start + sent.end_char)
            if end <= start:
                continue
            if pieces and (_continues(text[start:end]) or _open_quote(text, *pieces[-1])):
                pieces[-1] = (pieces[-1][0], end)  # a quotation closed after its full stop
            else:
                pieces.append((start, end))
        for start, end in pieces:
            own = tuple(e for e in found if start <= e.start and e.end <= end)
            sentences.append(Sentence(start, end, text[start:end], paragraph, len(sentences), own))
    return sentences


def _open_quote(text: str, start: int, end: int) -> bool:
    """Does a quotation of several sentences stay open at ``end`` ("Saya belum tahu. Belum
    ada permintaan," kata Mardiasmo)? Unbalanced marks never join more than a few sentences."""
    if end - start > MAX_QUOTE:
        return False
    piece = text[start:end]
    english = piece.lstrip()[:1] == "“" and "”" not in piece
    german = piece.count("„") > piece.count("“")
    return piece.count('"') % 2 == 1 or english or german or piece.count("«") != piece.count("»")


def _continues(sentence: str) -> bool:
    """A piece that opens in lower case is the tail of the sentence before (a closing quote)."""
    letter = LETTER.search(sentence)
    return letter is not None and letter.group().islower()
