"""The date expressions of a clause taken out of its title, with the words that go with them.

The date is shown beside an event's title, so "on Tuesday", "Friday's" and a whole opening
phrase around a date ("In the latest week alone,") leave the title. Counting a clause's words
and making its title both ask for the same clause one after the other: the last few answers
are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.event_lexicon import EventLexicon
from timeline.model import Timex

ADVERBIAL_WORDS = 2  # words beside a date in an opening phrase that goes with it
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
REMEMBERED = 64  # clauses whose dateless text is kept

_remembered: dict[tuple[str, int, tuple[Timex, ...]], tuple[EventLexicon, str]] = {}


def without_dates(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> str:
    """The clause with its date expressions (and the prepositions before them) removed."""
    key = (clause, offset, tuple(timexes))
    held = _remembered.get(key)
    if held is not None and held[0] is lex:
        return held[1]
    text = _dateless(clause, offset, timexes, lex)
    if len(_remembered) >= REMEMBERED:
        _remembered.clear()
    _remembered[key] = (lex, text)
    return text


def _dateless(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> str:
    prepositions = lex.word_rule("date_prepositions")
    spans = []
    for t in timexes:
        start, end = max(t.start - offset, 0), min(t.end - offset, len(clause))
        if start >= end:
            continue
        word = last_word(clause, start)
        if word is not None and clause[word:start].rstrip() in prepositions:
            start = word
        possessive = POSSESSIVE_AFTER.match(clause, end)  # "Friday's ceremony"
        end = possessive.end() if possessive else end
        spans.append(_opening_adverbial(clause, start, end, lex) or (start, end))
    return _drop(clause, spans)


def last_word(text: str, end: int) -> int | None:
    """Where the word of ``text[:end]`` that only white space follows starts (what the
    pattern ``(\\w+)\\s*$`` finds), or None; scanned back from the end, not searched from the
    start."""
    stop = len(text[:end].rstrip())
    start = stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start if start < stop else None


def _drop(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _opening_adverbial(
    clause: str, start: int, end: int, lex: EventLexicon
) -> tuple[int, int] | None:
    """The whole opening phrase around a date, up to its comma ("In the latest week alone,",
    "Through Oct. 19,"), so that no stray word of it opens the title. Only function words may
    precede the date ("Troops left Tuesday, ..." keeps its subject and verb)."""
    comma = clause.find(",", end)
    if comma < 0 or "," in clause[:start]:
        return None
    before, after = clause[:start].split(), clause[end:comma].split()
    if len(before) > ADVERBIAL_WORDS or len(after) > ADVERBIAL_WORDS:
        return None
    function = ("date_prepositions", "openers", "stop_words")
    if not all(any(w in lex.word_rule(n) for n in function) for w in before):
        return None
    return 0, comma + 1


def fronted(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> bool:
    """Does a date expression (with its preposition) open the clause ("Am Montag ...")?"""
    prepositions = lex.word_rule("date_prepositions")
    for t in timexes:
        before = clause[: max(t.start - offset, 0)].split()
        if t.start - offset >= 0 and (
            not before or (len(before) == 1 and before[0] in prepositions)
        ):
            return True
    return False
