"""A count of units before or after a day: "two days after Christmas", "drei Wochen nach dem
15. Januar", "2 semanas antes de hoje". One expression: the day, then moved by the count.

Extraction joins the count (a duration "two days", or a shift "two days before") with the day
that follows it when a language's ``shift_after``/``shift_before`` word stands between them;
resolution resolves the day as usual and moves it (``moved_day``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace

from timeline.model import Granularity, TimexType
from timeline.temporal.calendar import add_months
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar

logger = logging.getLogger(__name__)

_COUNTED = re.compile(r"^P(\d{1,3})([DWMY])$")  # "P2D", "P3W": whole days, weeks, months, years
_UNITS = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Y": Granularity.YEAR,
}
_MOVABLE = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR)


def join_moved_days(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """Join "<count> <unit> after|before" with the day right after it (see the module doc)."""
    if grammar.moved_by is None or len(expressions) < 2:
        return expressions
    out: list[Expression] = []
    index = 0
    while index < len(expressions):
        e = expressions[index]
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        moved = _moved(text, lowered, grammar, e, following) if following else None
        if moved is not None:
            out.append(moved)
            index += 2
            continue
        out.append(e)
        index += 1
    return out


def _moved(
    text: str, lowered: str, grammar: Grammar, count: Expression, day: Expression | None
) -> Expression | None:
    if day is None or not _is_day(day) or grammar.moved_by is None:
        return None
    shift = _count_of(count)
    if shift is None:
        return None
    unit, amount = shift
    if count.type is TimexType.DURATION:  # "two days | after | Christmas"
        m = grammar.moved_by.fullmatch(lowered, count.end, day.start)
        if m is None:
            return None
        amount = -amount if m["before"] else amount
    elif not _ends_with_cue(lowered[count.start : day.start], grammar):
        return None  # "two days earlier, Monday" is two expressions; "two days before Monday" one
    return replace(
        day,
        start=count.start,
        text=text[count.start : day.end],
        moved_by=(unit, amount),
    )


def _count_of(e: Expression) -> tuple[Granularity, int] | None:
    """ "two days" (``P2D``) or the shift "two days before" (offset -2): unit and signed count."""
    if e.type is TimexType.DURATION and e.value is not None and e.mod is None:
        m = _COUNTED.match(e.value)
        return (_UNITS[m[2]], int(m[1])) if m else None
    if e.anaphoric and e.counted and e.offset and e.unit in _MOVABLE and not e.part:
        return e.unit, e.offset
    return None


def _ends_with_cue(span: str, grammar: Grammar) -> bool:
    """The shift's own text ends with the cue word ("two days before ", "2 semanas antes de ")."""
    assert grammar.moved_by is not None
    padded = " " + span
    return any(m.end() == len(padded) for m in grammar.moved_by.finditer(padded))


def _is_day(e: Expression) -> bool:
    """A day told on its own: "Christmas", "January 15", "tomorrow", "next Friday"."""
    return (
        e.granularity is Granularity.DAY
        and not e.anaphoric
        and e.moved_by is None
        and (
            e.day is not None
            or e.weekday is not None
            or e.unit is Granularity.DAY
            or bool(e.holiday)
        )
    )


def moved_day(day: dt.date, moved_by: tuple[Granularity, int]) -> dt.date | None:
    """``day`` moved by a count of units; None when the calendar runs out."""
    unit, amount = moved_by
    try:
        if unit is Granularity.DAY:
            return day + dt.timedelta(days=amount)
        if unit is Granularity.WEEK:
            return day + dt.timedelta(weeks=amount)
        if unit is Granularity.MONTH:
            return add_months(day, amount)
        if unit is Granularity.YEAR:
            return add_months(day, 12 * amount)
    except (ValueError, OverflowError):
        logger.debug("temporal: %s moved by %s left as it is", day, moved_by)
    return None
