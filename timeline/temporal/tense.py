"""Tense of the clause around an expression, and reported-speech frames.

A careful reader reads "said on Tuesday" as the Tuesday before and "will meet on Tuesday" as the
one after; "in two days, Tokayev said on Tuesday" counts from the day of the speech. The cues
(auxiliaries, past-tense verbs, speech verbs) come from the language data.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from timeline.model import Tense
from timeline.temporal.case_scan import CaseScan
from timeline.temporal.grammar import Grammar

# Each pattern opens with one character set (the union of its branches' first characters) so
# that ``re`` skips to the next candidate in C; the look-behind then picks the branch. Same
# matches as r"[.!?…]...|\n\s*" and r"[,;:()...]|\s-\s" (tests/temporal/test_tense_marks.py).
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[\"'”’»)\]]*\s+(?=(?:[\"'“‘«(\[]|``)?[A-ZÀ-Ý0-9])|(?<=\n)\s*)"
)
_CLAUSE_MARK = re.compile(r"[,;:()\"“”«»—–\s](?:(?<=[,;:()\"“”«»—–])|(?<=\s)-\s)")
_CLAUSE_WINDOW = 200
_SPEECH_REACH = 30  # characters between a speech verb and the date that says when it was said
_ADJACENT = 4  # at most this many letters between a speech verb and its date ("said on Tuesday")
_GAP = re.compile(r"\s+(?:\w{1,4}\s+)?")
_WORD = re.compile(r"\w+")
_AFTER_WEIGHT = 3  # a cue after the expression counts as this many times farther
_YEAR = re.compile(r"\d{4}")
_ADVERBIAL_WORDS = 3  # "On Tuesday", "Later that day", "Pada hari Selasa": the date alone
_DIRECT_SCAN = 300  # characters: a span this short is scanned for cues directly, not indexed
_SPEECH_WINDOW = 400  # characters either side: how far a speech verb may frame an expression
_TENSE_OF_GROUP = {tense.value: tense for tense in Tense}  # faster than ``Tense(name)``


@dataclass(frozen=True)
class SpeechFrame:
    """A speech verb and the date expression beside it ("Tokayev said on Tuesday")."""

    start: int
    end: int
    date_start: int
    date_end: int


@dataclass(frozen=True)
class Cue:
    """A tense cue found in the text."""

    start: int
    end: int
    tense: Tense


class Sentences:
    """Sentence boundaries and tense cues of one text, computed once, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.scan = CaseScan(text)
        self._cues: dict[re.Pattern[str], tuple[list[int], list[Cue]]] = {}
        self._scanned: dict[tuple[int, int, int], tuple[re.Pattern[str], list[Cue]]] = {}

    def cues(self, pattern: re.Pattern[str], start: int, end: int) -> list[Cue]:
        """The cues of ``pattern`` lying inside ``[start, end)``: a short span is scanned
        directly (once: clauses and sentences of nearby expressions repeat), a long one looked
        up in an index of the whole text (built once). The list is shared: do not change it."""
        if end - start <= _DIRECT_SCAN:
            key = (id(pattern), start, end)
            seen = self._scanned.get(key)
            if seen is not None and seen[0] is pattern:
                return seen[1]
            found = [
                Cue(m.start(), m.end(), _TENSE_OF_GROUP[m.lastgroup or "unknown"])
                for m in self.scan.matches(pattern, start, end)
            ]
            self._scanned[key] = (pattern, found)
            return found
        if pattern not in self._cues:
            found = [
                Cue(m.start(), m.end(), _TENSE_OF_GROUP[m.lastgroup or "unknown"])
                for m in self.scan.matches(pattern, 0, len(self.text))
            ]
            self._cues[pattern] = ([c.start for c in found], found)
        starts, found = self._cues[pattern]
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        return [c for c in found[first:last] if c.end <= end]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence holding ``start`` (extended to ``end``)."""
        index = bisect.bisect_right(self.starts, start) - 1
        first = self.starts[index]
        after = bisect.bisect_left(self.starts, end)
        last = self.starts[after] if after < len(self.starts) else len(self.text)
        return first, max(last, end)


def clause_around(
    scan: CaseScan,
    start: int,
    end: int,
    sentence: tuple[int, int],
    breaks: re.Pattern[str] | None = None,
) -> tuple[int, int]:
    """Offsets of the clause (between commas, quotes, dashes, "that") holding an expression."""
    text = scan.text
    low = max(sentence[0], start - _CLAUSE_WINDOW)
    high = min(sentence[1], end + _CLAUSE_WINDOW)
    first = low
    for mark in _CLAUSE_MARK.finditer(text, low, start):
        first = mark.end()
    if breaks is not None:
        for mark in scan.matches(breaks, first, start):
            first = mark.start()
    after = _CLAUSE_MARK.search(text, end, high)
    last = after.start() if after else high
    if breaks is not None and (word := scan.search(breaks, end, last)):
        last = word.start()
    return first, last


def _nearest_cue(
    grammar: Grammar, sentences: Sentences, span: tuple[int, int], start: int, end: int
) -> Tense:
    """The tense of the cue nearest the expression; a present auxiliary with a past participle
    in the same span is a perfect ("ist ... eingestürzt", "has ... closed"): past."""
    best: tuple[int, Tense] | None = None
    seen: set[Tense] = set()
    for cue in sentences.cues(grammar.tense_cues, span[0], span[1]):
        if start <= cue.start < end:
            continue
        # the governing verb usually comes first ("will double ... by August, untouched by")
        distance = start - cue.end if cue.end <= start else _AFTER_WEIGHT * (cue.start - end)
        tense = cue.tense
        seen.add(tense)
        if best is None or distance < best[0]:
            best = (distance, tense)
    if best is None:
        return Tense.UNKNOWN
    if best[1] is Tense.PRESENT and Tense.PAST in seen:
        return Tense.PAST
    return best[1]


def tense_at(grammar: Grammar, text: str, sentences: Sentences, start: int, end: int) -> Tense:
    """The tense of the clause around ``text[start:end]``, else of its sentence."""
    sentence = _near(sentences.around(start, end), start, end)
    said = _adjacent_speech_verb(grammar, sentences.scan, start, end)
    if said is not None:  # "vowed Saturday", "said on Tuesday": the day of the saying
        cue = grammar.tense_cues.fullmatch(text, said[0], said[1])
        return Tense.PRESENT if cue and cue.lastgroup == "present" else Tense.PAST
    clause = clause_around(sentences.scan, start, end, sentence, grammar.clause_break)
    tense = _nearest_cue(grammar, sentences, clause, start, end)
    if tense is Tense.UNKNOWN:
        # "On Tuesday, the council will vote": the verb is in the next clause; but a full date
        # in a clause with a verb of its own borrows no cue from a clause after it
        own_clause = _YEAR.search(text, start, end) and not _is_adverbial(text, clause, start, end)
        after = clause[1] if own_clause else sentence[1]
        tense = _nearest_cue(grammar, sentences, (sentence[0], after), start, end)
    return tense


def reported_content_tense(
    grammar: Grammar, text: str, sentences: Sentences, start: int, end: int
) -> Tense | None:
    """The tense of the reported content around an expression, when a speech verb frames it.

    "Tokayev said on Tuesday the troops leave in two days", "zei dinsdag dat de troepen over
    twee dagen vertrekken": the speech verb is past, but the content it reports has no tense cue
    of its own, so it is told as the present of the speech (a plan), not as past narrative.
    Returns ``None`` when no speech verb frames the expression or the content has a cue.
    """
    if grammar.speech is None or _adjacent_speech_verb(grammar, sentences.scan, start, end):
        return None
    sentence = _near(sentences.around(start, end), start, end)
    verb = None
    for found in sentences.scan.matches(grammar.speech, sentence[0], start):
        verb = found
    if verb is None:
        return None
    clause = clause_around(sentences.scan, start, end, sentence)
    for cue in sentences.cues(grammar.tense_cues, verb.end(), max(clause[1], end)):
        if start <= cue.start < end or grammar.speech.fullmatch(text, cue.start, cue.end):
            continue
        return None
    return Tense.PRESENT


def _is_adverbial(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """The clause holds little besides the expression, so its verb lies in the next clause.

    A clause with a verb of its own but no cue ("harga turun pada Selasa, dan ... akan", in a
    language that does not mark tense) must not borrow its tense from a clause after it.
    """
    rest = text[clause[0] : start] + " " + text[end : clause[1]]
    return len(_WORD.findall(rest)) <= _ADVERBIAL_WORDS


def _adjacent_speech_verb(
    grammar: Grammar, scan: CaseScan, start: int, end: int
) -> tuple[int, int] | None:
    """A speech verb right before or after the expression, one short word at most between."""
    if grammar.speech is None:
        return None
    text = scan.text
    before = scan.search(grammar.speech, max(0, start - _ADJACENT - 20), start)
    while before is not None and len(text[before.end() : start].strip()) > _ADJACENT:
        before = scan.search(grammar.speech, before.end(), start)
    if before is not None:
        return before.span()
    after = grammar.speech.match(text, _skip_short_word(text, end))
    return after.span() if after is not None else None


def _skip_short_word(text: str, position: int) -> int:
    gap = _GAP.match(text, position)
    return gap.end() if gap else position


def _near(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of a sentence within ``_SPEECH_WINDOW`` of an expression (a text without full
    stops is one long sentence: looking through all of it for every expression is quadratic)."""
    return max(sentence[0], start - _SPEECH_WINDOW), min(sentence[1], end + _SPEECH_WINDOW)


def speech_frame(
    grammar: Grammar,
    text: str,
    sentences: Sentences,
    start: int,
    end: int,
    dates: list[tuple[int, int]],
) -> SpeechFrame | None:
    """The speech verb and its date in the same sentence, outside the expression's clause.

    ``dates`` are the sorted spans of day-precise expressions that could say when the speech was
    made.
    """
    if grammar.speech is None:
        return None
    sentence = _near(sentences.around(start, end), start, end)
    clause = clause_around(sentences.scan, start, end, sentence, grammar.clause_break)
    first = bisect.bisect_left(dates, (sentence[0], 0))
    last = bisect.bisect_left(dates, (sentence[1], 0))
    in_sentence = [d for d in dates[first:last] if d != (start, end)]
    if not in_sentence:
        return None
    for verb in sentences.scan.matches(grammar.speech, sentence[0], sentence[1]):
        if clause[0] <= verb.start() < clause[1] and not (verb.end() <= start):
            continue
        for date_start, date_end in in_sentence:
            gap = date_start - verb.end() if date_start >= verb.end() else verb.start() - date_end
            if 0 <= gap <= _SPEECH_REACH:
                return SpeechFrame(
                    min(verb.start(), date_start), max(verb.end(), date_end), date_start, date_end
                )
    return None
