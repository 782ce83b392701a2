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
MAX_TOKEN = 400  # a longer run without spaces is cut into pieces, not tokenised by spaCy
LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")


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
    try:
        nlp = _blank(lang)
    except (ImportError, KeyError, ValueError, OSError):
        logger.warning("spaCy has no tokenizer for language %r; using the multilingual one", lang)
        nlp = _blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_BLOCK + 1
    return nlp


def _blank(lang: str) -> Any:
    """``spacy.blank(lang)`` with its vocabulary made ``_punctuation_only`` before the
    tokenizer loads its special cases: each makes words (Indonesian lists 15,963), and working
    out all their attributes cost a fifth of loading."""
    import spacy
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab

    vocab = create_vocab(lang, get_lang_class(lang).Defaults)
    _punctuation_only(vocab)
    return spacy.blank(lang, vocab=vocab)


def _punctuation_only(vocab: Any) -> None:
    """Let ``vocab`` work out only whether a new word is punctuation: the sentence rule reads
    nothing else of a token but its text, and each new word's other attributes (shape, norm,
    stop word, number-likeness...) cost a third of tokenising it."""
    from spacy.attrs import IS_PUNCT

    getters = vocab.lex_attr_getters
    if IS_PUNCT in getters:
        vocab.lex_attr_getters = {IS_PUNCT: getters[IS_PUNCT]}


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
    nlp = trained_pipeline(model) if model and uses_model(lang, model) else None
    trained = nlp is not None
    if nlp is None:
        nlp = pipeline(lang)
    parts = [
        (start, end, paragraph, cut)
        for paragraph, (block_start, block_end) in enumerate(blocks(text))
        for start, end, cut in _long_tokens_apart(text, block_start, block_end)
    ]
    texts = (text[start:end] for start, end, _, cut in parts if not cut)
    docs = iter(nlp.pipe(texts)) if trained else None
    bounds = None if trained else sentence_bounds(lang)
    sentences: list[Sentence] = []
    for part_start, part_end, paragraph, cut in parts:
        if cut:  # never through spaCy, whose affix search is quadratic in a token's length
            for start in range(part_start, part_end, MAX_TOKEN):
                end = min(start + MAX_TOKEN, part_end)
                sentences.append(Sentence(start, end, text[start:end], paragraph, len(sentences)))
            continue
        found: list[EntitySpan] = []
        if docs is not None:
            doc = next(docs)
            found = [
                EntitySpan(part_start + e.start_char, part_start + e.end_char, e.label_)
                for e in doc.ents
                if e.label_ in ENTITY_LABELS
            ]
            spans = [(sent.start_char, sent.end_char) for sent in doc.sents]
        else:
            assert bounds is not None
            spans = bounds.spans(text, part_start, part_end)
        pieces: list[tuple[int, int]] = []
        for sent_start, sent_end in spans:
            start, end = _trimmed(text, part_start + sent_start, part_start + sent_end)
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


@cache
def _punct_hashes(lang: str) -> frozenset[int]:
    """The vocabulary ids of the characters that end a sentence for ``pipeline(lang)``."""
    nlp = pipeline(lang)
    strings = nlp.vocab.strings
    return frozenset(strings.add(ch) for ch in nlp.get_pipe("sentencizer").punct_chars)


def _sentencizer_spans(doc: Any, punct: frozenset[int]) -> list[tuple[int, int]]:
    """Character spans of the sentences spaCy's rule-based sentencizer marks in ``doc``.

    The same rule (a sentence starts at the first token after a sentence-ending character
    that is neither punctuation nor such a character), run over the token array instead of
    through Token objects. ``SentenceBounds`` gives the same spans without tokenising the
    whole text; this is the reference it is tested against.
    """
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

    if not len(doc):
        return []
    rows = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist()
    bounds: list[tuple[int, int]] = []
    start, seen_end = 0, False
    for i, (orth, is_punct, _, _) in enumerate(rows):
        ends = orth in punct
        if seen_end and not is_punct and not ends:
            bounds.append((start, i))
            start, seen_end = i, False
        elif ends:
            seen_end = True
    bounds.append((start, len(rows)))
    return [(rows[a][2], rows[b - 1][2] + rows[b - 1][3]) for a, b in bounds]


_TOKEN_CACHE_LIMIT = 50_000  # distinct runs remembered per language (2,452 articles: 9,847)
_RUN = re.compile(r"\S+")
_NON_SPACES = re.compile(r"\S*")
_NARROW_MAX = 0xFFFF
_WIDE = re.compile("[\U00010000-\U0010ffff]")


class SentenceBounds:
    """The blank pipeline's sentencizer spans, tokenising only the runs that can matter.

    spaCy's tokenizer cuts text at whitespace and tokenises each run without spaces on its
    own. Only a run holding a sentence-ending character can end a sentence, and after an end
    only the next few tokens matter (the first that is neither punctuation nor an end starts
    the next sentence; a run opening with a letter or digit opens with such a token), so only
    those runs go through the tokenizer, each distinct run once ("said." recurs). Whitespace
    other than one plain space between runs is a token of its own, as in spaCy.
    """

    def __init__(self, lang: str):
        nlp = pipeline(lang)
        self.tokenizer = nlp.tokenizer
        self.punct = _punct_hashes(lang)
        chars = sorted(nlp.get_pipe("sentencizer").punct_chars)
        # a class with characters beyond U+FFFF is tried item by item: 20 times slower
        narrow = "".join(c for c in chars if ord(c) <= _NARROW_MAX)
        self.narrow_ending = re.compile(f"[{re.escape(narrow)}]")
        self.ending = re.compile(f"[{re.escape(''.join(chars))}]")
        self.runs: dict[str, tuple[tuple[int, bool, bool], ...]] = {}

    def tokens(self, run: str) -> tuple[tuple[int, bool, bool], ...]:
        """(offset, ends a sentence, is punctuation) of each token of one run without spaces."""
        found = self.runs.get(run)
        if found is None:
            from spacy.attrs import IDX, IS_PUNCT, ORTH

            rows = self.tokenizer(run).to_array([ORTH, IS_PUNCT, IDX]).tolist()
            found = tuple((idx, orth in self.punct, bool(punct)) for orth, punct, idx in rows)
            if len(self.runs) >= _TOKEN_CACHE_LIMIT:
                self.runs.clear()
            self.runs[run] = found
        return found

    def marked_runs(self, part: str) -> list[tuple[int, int]]:
        """Offsets of the runs without spaces in ``part`` that hold a sentence-ending
        character: found by searching for those characters, then widening to the run."""
        wide = not part.isascii() and _WIDE.search(part) is not None
        search = (self.ending if wide else self.narrow_ending).search
        found: list[tuple[int, int]] = []
        at = 0
        while (hit := search(part, at)) is not None:
            run_start = hit.start()
            while run_start > 0 and not part[run_start - 1].isspace():
                run_start -= 1
            rest = _NON_SPACES.match(part, hit.end())  # always matches, maybe empty
            at = rest.end() if rest is not None else hit.end()
            found.append((run_start, at))
        return found

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans of ``text[start:end]``, relative to ``start``, up to surrounding
        whitespace (callers trim it), as ``_sentencizer_spans`` gives them."""
        part = text[start:end]
        starts = [0]
        seen_end, read = False, 0
        for at, run_end in self.marked_runs(part):
            if seen_end and (first := self._first_word(part, read, at)) is not None:
                starts.append(first)
                seen_end = False
            for offset, ends, punct in self.tokens(part[at:run_end]):
                if seen_end and not punct and not ends:
                    starts.append(at + offset)
                    seen_end = False
                elif ends:
                    seen_end = True
            read = run_end
        if seen_end and (first := self._first_word(part, read, len(part))) is not None:
            starts.append(first)
        return [(a, b) for a, b in zip(starts, [*starts[1:], len(part)], strict=True) if a < b]

    def _first_word(self, part: str, read: int, stop: int) -> int | None:
        """Where the first token of ``part[read:stop]`` (runs without a sentence end) that is
        not punctuation starts, up to whitespace; None when there is none."""
        while read < stop:
            visible = _next_visible(part, read)
            if part[read:visible] not in ("", " "):
                return visible  # a whitespace token
            if visible >= stop:
                return None
            run = _RUN.match(part, visible, stop)
            assert run is not None
            if run.group()[0].isalnum():
                return visible  # its first token is a word
            for offset, _, punct in self.tokens(run.group()):
                if not punct:
                    return visible + offset
            read = run.end()
        return None


def _next_visible(part: str, at: int) -> int:
    """The offset of the first character after ``at`` that is not whitespace (or the end)."""
    while at < len(part) and part[at].isspace():
        at += 1
    return at


@cache
def sentence_bounds(lang: str) -> SentenceBounds:
    """The sentence splitter of the blank pipeline of ``lang``, built once."""
    return SentenceBounds(lang)


def _long_tokens_apart(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The block ``text[start:end]`` as parts, each marked True when it is one run of more than
    ``MAX_TOKEN`` characters without a space (a URL gone wrong, base64, a file without spaces):
    such a run is cut into pieces of its own instead of being tokenised. Offsets stay exact."""
    if end - start <= MAX_TOKEN:
        return [(start, end, False)]
    parts: list[tuple[int, int, bool]] = []
    at = start
    for match in LONG_TOKEN.finditer(text, start, end):
        if text[at : match.start()].strip():
            parts.append((at, match.start(), False))
        parts.append((match.start(), match.end(), True))
        at = match.end()
    if at == start:
        return [(start, end, False)]
    if text[at:end].strip():
        parts.append((at, end, False))
    return parts


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
