"""Weekdays listed before one told with its part of the day share that part: "Tuesday or
Wednesday morning", "Monday, Tuesday and Friday evening", "Dienstag oder Mittwoch Abend".

A part of the day written after the last weekday of a list is said of the whole list, as a
month after a list of day numbers is ("March 3 and 4"). Only bare weekdays take it, joined to
the told one by a comma or a language's ``list_joiner`` word; a weekday with its own part or
clock keeps it ("Tuesday night or Wednesday morning").
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import cache

from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar, alternation, lower_pattern

__all__ = ["share_listed_parts"]

logger = logging.getLogger(__name__)

_PARTS = ("MO", "AF", "EV", "NI")


def share_listed_parts(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """The bare weekdays listed right before a weekday with a part of the day take that part
    (``text`` and ``lowered`` are as long as each other)."""
    if len(expressions) < 2 or not any(_weekday_with_part(e) for e in expressions[1:]):
        return expressions  # the cheap look: no weekday told with its part of the day
    joiner = _joiner(grammar)
    if joiner is None:
        return expressions
    out = list(expressions)
    for index in range(len(out) - 2, -1, -1):  # right to left: a chain shares one part
        listed, told = out[index], out[index + 1]
        if not (_bare_weekday(listed) and _weekday_with_part(told)):
            continue
        if joiner.fullmatch(lowered, listed.end, told.start) is None:
            continue
        out[index] = replace(listed, part=told.part, type=TimexType.TIME)
    return out


def _bare_weekday(e: Expression) -> bool:
    return (
        e.weekday is not None
        and e.day is None
        and e.month is None
        and e.part is None
        and e.type is TimexType.DATE
        and e.granularity is Granularity.DAY
    )


def _weekday_with_part(e: Expression) -> bool:
    return e.weekday is not None and e.day is None and e.month is None and e.part in _PARTS


def _joiner(grammar: Grammar) -> re.Pattern[str] | None:
    joiners = tuple(grammar.data.cues.get("list_joiner", ()))
    return _compiled(grammar.data.code, joiners) if joiners else None


@cache
def _compiled(code: str, joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, a joiner word or both between two listed weekdays (lower-case text)."""
    logger.debug("temporal: listed-part joiner of %s compiled", code)
    words = lower_pattern(alternation(joiners))
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+")
