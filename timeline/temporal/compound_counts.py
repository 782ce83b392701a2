"""Counts of several units told as one: "two years and six months" (``P2Y6M``), "1 hour and 30
minutes" (``PT1H30M``), "2 weeks and 2 days ago", "vor 2 Wochen und 3 Tagen", "há 2 meses e 3
dias" (one day, counted back by both counts).

Extraction finds each count on its own; this step joins neighbours that a comma, a space or a
``list_joiner`` word ("and", "und", "e") separates, larger unit first. A duration before a day
counted from now ("2 weeks and [2 days ago]") moves that day by the duration (``moved_by``); a
shift by weeks, months or years before a count of days ("[vor 2 Wochen] und 3 Tagen") becomes
the day shift moved by the larger count.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar
from timeline.temporal.listed_days import list_gap

logger = logging.getLogger(__name__)

# "P2Y", "P2Y6M", "PT1H30M": whole counts of units, one group per unit of ``_ORDER``
_WHOLE = re.compile(
    r"P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?"
    r"(?:T(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,4})S)?)?"
)
# the units from largest to smallest, as (time part, letter)
_ORDER = [("", "Y"), ("", "M"), ("", "W"), ("", "D"), ("T", "H"), ("T", "M"), ("T", "S")]
_MOVES = {
    "Y": Granularity.YEAR,
    "M": Granularity.MONTH,
    "W": Granularity.WEEK,
    "D": Granularity.DAY,
}
_SHIFTS = (Granularity.WEEK, Granularity.MONTH, Granularity.YEAR)


def join_compound_counts(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """Join each run of counts of decreasing units into one expression (see the module doc)."""
    gap = list_gap(grammar)
    if gap is None or len(expressions) < 2:
        return expressions
    out: list[Expression] = [expressions[0]]
    for e in expressions[1:]:
        previous = out[-1]
        joined = None
        if previous.end <= e.start and gap.fullmatch(lowered, previous.end, e.start):
            joined = _joined(text, previous, e, _starts_with_count(grammar, previous))
        if joined is None:
            out.append(e)
        else:
            out[-1] = joined
    return out


def count_parts(e: Expression) -> list[tuple[int, int]] | None:
    """(unit index in ``_ORDER``, count) of a whole-count duration, or None."""
    m = _WHOLE.fullmatch(e.value or "") if e.type is TimexType.DURATION else None
    if m is None or m[0] in ("P", "PT"):
        return None
    return [(index, int(n)) for index, n in enumerate(m.groups()) if n is not None]


def compound_value(parts: list[tuple[int, int]]) -> str:
    """The TIMEX3 duration of counts by unit index: ``[(0, 2), (1, 6)]`` is ``P2Y6M``."""
    date = "".join(f"{n}{_ORDER[i][1]}" for i, n in parts if not _ORDER[i][0])
    time = "".join(f"{n}{_ORDER[i][1]}" for i, n in parts if _ORDER[i][0])
    return "P" + date + ("T" + time if time else "")


def _starts_with_count(grammar: Grammar, e: Expression) -> bool:
    """ "two years", "2 Wochen": a bare count ("the last 3 months" is a period of its own)."""
    first = e.text.split(maxsplit=1)[0].lower() if e.text.strip() else ""
    return first[:1].isdigit() or first in grammar.data.words.get("number", {})


def _joined(text: str, first: Expression, second: Expression, bare: bool) -> Expression | None:
    start, end = first.start, second.end
    phrase = text[start:end]
    head, tail = (count_parts(first) if bare else None), count_parts(second)
    if head is not None and tail is not None:  # "two years and six months"
        if head[-1][0] >= tail[0][0]:
            return None  # "3 days and 2 weeks": no single count, larger unit first
        return replace(first, value=compound_value(head + tail), start=start, end=end, text=phrase)
    day_shift = (
        second.type is TimexType.DATE
        and second.counted
        and second.unit is Granularity.DAY
        and second.offset
        and second.moved_by is None
    )
    if head is not None and len(head) == 1 and day_shift:  # "2 weeks and [2 days ago]"
        index, count = head[0]
        unit = _MOVES.get(_ORDER[index][1]) if not _ORDER[index][0] else None
        if unit is None or unit is Granularity.DAY:
            return None
        sign = 1 if (second.offset or 0) > 0 else -1
        return replace(second, moved_by=(unit, sign * count), start=start, end=end, text=phrase)
    week_shift = (
        first.type is TimexType.DATE
        and first.counted
        and first.unit in _SHIFTS
        and first.offset
        and first.moved_by is None
    )
    if (
        week_shift and tail is not None and tail == [(3, tail[0][1])]
    ):  # "[vor 2 Wochen] und 3 Tagen"
        assert first.unit is not None and first.offset is not None
        sign = 1 if first.offset > 0 else -1
        return replace(
            first,
            unit=Granularity.DAY,
            granularity=Granularity.DAY,
            offset=sign * tail[0][1],
            moved_by=(first.unit, first.offset),
            start=start,
            end=end,
            text=phrase,
        )
    return None
