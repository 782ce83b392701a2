"""Split a sentence that holds two dated facts into clauses, one per fact.

"CTO troops are expected to start leaving Kazakhstan in two days, Tokayev said on Tuesday"
tells two events: a withdrawal (in two days) and an announcement (on Tuesday). The sentence
is cut at commas, semicolons, dashes and the language's conjunctions; pieces without a date
join the clause before them. A duration that says how long something lasts ("and are
expected to last six weeks") stays with the dated clause it follows, or stands alone when it
opens the sentence ("The withdrawal should last ten days, and by September ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.event_lexicon import EventLexicon
from timeline.model import Timex


@dataclass(frozen=True)
class Clause:
    """A part of a sentence (offsets into the article text) and the timexes it holds."""

    start: int
    end: int
    dates: tuple[Timex, ...] = ()
    durations: tuple[Timex, ...] = ()
    reporting: bool = False  # "Tokayev said on Tuesday": the frame of reported speech


@dataclass
class _Building:
    start: int
    end: int
    dates: list[Timex] = field(default_factory=list)
    durations: list[Timex] = field(default_factory=list)


@lru_cache(maxsize=64)
def _separator(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    conj = rf"(?:{alternatives})" if alternatives else r"(?!)"
    punctuation = r"(?:[,;:](?=\s)|[–—]|\s-(?=\s))"  # "40,000" and "Kremlin-allied" are not cuts
    return re.compile(rf"\s*{punctuation}\s*(?:{conj}\s+)?|\s+{conj}\s+", re.IGNORECASE)


def _strong(separator: str) -> bool:
    return ";" in separator or bool(re.search(r"\w", separator))


def _covered(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _pieces(
    text: str, start: int, end: int, lex: EventLexicon, protected: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """(start, end, strong boundary before) for each piece between separators."""
    pattern = _separator(lex.word_rule("clause_breaks").words)
    pieces: list[tuple[int, int, bool]] = []
    cursor, strong = start, False
    for match in pattern.finditer(text, start, end):
        if _covered(match.start(), protected) or match.start() == start:
            continue
        pieces.append((cursor, match.start(), strong))
        cursor, strong = match.end(), _strong(match.group())
    pieces.append((cursor, end, strong))
    return [p for p in pieces if p[1] > p[0]]


def split_clauses(
    text: str,
    start: int,
    end: int,
    dates: list[Timex],
    durations: list[Timex],
    lex: EventLexicon,
) -> list[Clause]:
    """Clauses of the sentence ``text[start:end]``; one clause unless it tells two dated facts."""
    if len({t.value for t in dates}) <= 1 and not (dates and durations):
        return [Clause(start, end, tuple(dates), tuple(durations))]
    protected = [(t.start, t.end) for t in dates + durations]
    protected += [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[:end])]
    clauses: list[_Building] = []
    for p_start, p_end, strong in _pieces(text, start, end, lex, protected):
        own_dates = [t for t in dates if p_start <= t.start < p_end]
        own_durations = [t for t in durations if p_start <= t.start < p_end]
        current = clauses[-1] if clauses else None
        if current is None:
            clauses.append(_Building(p_start, p_end, own_dates, own_durations))
            continue
        new_date = bool(own_dates) and (
            any(d.value != own_dates[0].value for d in current.dates)
            or (not current.dates and bool(current.durations) and strong)
        )
        new_duration = bool(own_durations) and bool(current.durations)
        if new_date or new_duration:
            clauses.append(_Building(p_start, p_end, own_dates, own_durations))
        else:
            current.end = p_end
            current.dates += own_dates
            current.durations += own_durations
    return [_finish(text, c, lex, len(clauses)) for c in clauses]


def _finish(text: str, clause: _Building, lex: EventLexicon, count: int) -> Clause:
    return Clause(
        clause.start,
        clause.end,
        tuple(clause.dates),
        tuple(clause.durations),
        reporting=count > 1
        and is_reporting_frame(text[clause.start : clause.end], clause.dates, clause.start, lex),
    )


def is_reporting_frame(clause: str, timexes: list[Timex], offset: int, lex: EventLexicon) -> bool:
    """A short clause made of a speaker and a speech verb ("Tokayev said on Tuesday")."""
    kept = clause
    for t in sorted(timexes, key=lambda t: -t.start):
        kept = kept[: t.start - offset] + kept[t.end - offset :]
    speech = lex.word_rule("speech_verbs")
    return speech.search(kept) is not None and len(kept.split()) <= 7
