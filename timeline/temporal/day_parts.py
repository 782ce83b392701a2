"""A part of a named day: "the morning of March 3" (``1998-03-03TMO``), "am Abend des 22. Juni
1940", "na manhã de 3 de março", "la nuit du 4 août", "de ochtend van 3 maart".

Extraction finds the day; this step takes in the part-of-day word right before it when one of
the language's ``part_of_date`` words ("of", "des", "de", "du", "van") links the two. The day
becomes a TIME with that part, as TimeBank and WikiWarsDE annotate it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import cache

from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar, alternation, lower_pattern

logger = logging.getLogger(__name__)

_PARTS = ("MO", "AF", "EV", "NI")  # parts of day a date may carry (not "12:00" for noon)
_WINDOW = 40  # characters looked at before the day


def attach_day_parts(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """Extend each named day by the part of day right before it (see the module doc)."""
    pattern = _pattern(grammar)
    if pattern is None:
        return expressions
    words = grammar.data.words.get("part_of_day", {})
    out: list[Expression] = []
    for e in expressions:
        if _named_day(e) and e.start > 0:
            m = pattern.search(lowered, max(0, e.start - _WINDOW), e.start)
            part = words.get(" ".join(m["part"].split())) if m else None
            if m is not None and out and _part_alone(out[-1]) and out[-1].end > m.start():
                out.pop()  # "[am Morgen] des 22. Juni": the part read alone joins its day
            previous_end = out[-1].end if out else 0
            if m is not None and part in _PARTS and m.start() >= previous_end:
                e = replace(
                    e,
                    start=m.start(),
                    text=text[m.start() : e.end],
                    type=TimexType.TIME,
                    part=str(part),
                )
        out.append(e)
    return out


def _part_alone(e: Expression) -> bool:
    """A part of day told alone ("am Abend"): a TIME with a part and no day of its own."""
    return e.type is TimexType.TIME and e.part in _PARTS and e.day is None and e.month is None


def _named_day(e: Expression) -> bool:
    """A calendar day, a weekday or a named shift by days with no time of its own ("March 3",
    "22. Juni 1941", "sábado" in "na noite de sábado", "ontem" in "na tarde de ontem")."""
    return (
        e.type is TimexType.DATE
        and e.granularity is Granularity.DAY
        and e.part is None
        and (
            (e.offset is None and (e.day is not None or e.weekday is not None))
            or (e.offset is not None and e.unit is Granularity.DAY and not e.counted)
        )
        and e.moved_by is None
    )


@cache
def _compiled(code: str, parts: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str]:
    logger.debug("temporal: part-of-date pattern of %s compiled", code)
    part = lower_pattern(alternation(parts))
    link = lower_pattern(alternation(links))
    return re.compile(rf"(?<!\w)(?P<part>{part})\s+(?:{link})\s+$")


def _pattern(grammar: Grammar) -> re.Pattern[str] | None:
    links = tuple(grammar.data.cues.get("part_of_date", ()))
    words = grammar.data.words.get("part_of_day", {})
    parts = tuple(sorted(w for w, v in words.items() if v in _PARTS))
    if not links or not parts:
        return None
    return _compiled(grammar.data.code, parts, links)
