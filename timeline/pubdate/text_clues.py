"""Every clue of a text: its expressions joined where they are one, each read as a clue.

``clues`` reads one expression at a time; this module reads the text as a whole: a deictic day
beside the date it names ("yesterday, Tuesday", "kemarin (17/10)") is made one expression, a
shift inside reported speech is read against the speech's weekday (``speech_shifts``), and a
weekday with its date that the text also names as an event is read as retold (``retold``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace

from timeline.model import Granularity
from timeline.pubdate.clues import Clue, ClueKind, Direction, calendar_fields, clue_of
from timeline.pubdate.retold import days_named_as_events
from timeline.pubdate.speech_shifts import speech_shift
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

APPOSITION_GAP = re.compile(r"^[\s,(–—-]*(?:\w{1,3}\s+)?$")  # ", ", ", am ", " (", ", on "


def _apposition(text: str, first: Expression, second: Expression) -> Expression | None:
    """A deictic day or week and the date or weekday beside it, made one expression.

    "Yesterday, Tuesday", "gestern, am Dienstag", "kemarin (Selasa)" (W's weekday); "kemarin
    (17/10)", "today, Monday January 10" (W itself); "last week, on Monday January 3", "diese
    Woche, am Montag, 10. Januar" (W's week).
    """
    deictic = (
        first.offset is not None
        and first.unit in (Granularity.DAY, Granularity.WEEK)
        and first.weekday is None
        and first.day is None
    )
    named = second.offset is None and (second.weekday is not None or second.day is not None)
    if not deictic or not named or (first.unit is Granularity.WEEK and second.day is None):
        return None
    if not 0 <= first.end <= second.start <= len(text):
        return None
    if not APPOSITION_GAP.match(text[first.end : second.start]):
        return None
    year, month, day = calendar_fields(second)
    return replace(
        first,
        end=second.end,
        text=text[first.start : second.end],
        weekday=second.weekday,
        year=year,
        month=month,
        day=day,
        value=None,
    )


def joined(text: str, expressions: Iterable[Expression]) -> list[Expression]:
    """The expressions in text order, a deictic day or week and the date beside it made one."""
    ordered = sorted(expressions, key=lambda e: e.start)
    out: list[Expression] = []
    for e in ordered:
        merged = _apposition(text, out[-1], e) if out else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(e)
    return out


def as_retold(clue: Clue, events: dict[tuple[int, int], str]) -> Clue:
    """A weekday with its date that the text also names as an event, read as retold.

    With its year named it still bounds W from below; without, it dates nothing.
    """
    if clue.kind is not ClueKind.RECENT_DATE or clue.direction is Direction.BEFORE:
        return clue
    days = [s.anchor for s in clue.spans if s.anchor is not None]
    names = [events[k] for d in days if (k := (d.month, d.day)) in events]
    if not names:
        return clue
    why = f"'{names[0]}' names that day as an event"  # the words that make it retold
    if clue.named_year and days:
        bound = min(days)
        return Clue(
            ClueKind.BOUND,
            clue.quote,
            clue.rule,
            clue.start,
            Direction.AFTER,
            day=bound,
            year=clue.year,
        )
    return Clue(ClueKind.RETOLD, clue.quote, clue.rule, clue.start, clue.direction, context=why)


def _speech_clue(e: Expression, exprs: list[Expression]) -> Clue | None:
    """ "in two days, Tokayev said on Tuesday": a shift still ahead of a speech's weekday."""
    found = speech_shift(e, exprs)
    if found is None:
        return None
    return Clue(
        ClueKind.SPEECH_SHIFT,
        e.text,
        e.rule,
        e.start,
        Direction.BEFORE,
        weekday=found.weekday,
        context=found.frame,
        shift=found.days,
    )


def read_clues(text: str, expressions: Iterable[Expression], lang: str) -> list[Clue]:
    """Every clue of a text, in text order; expressions that say nothing are left out."""
    exprs = joined(text, expressions)
    clues = [c for e in exprs if (c := _speech_clue(e, exprs) or clue_of(e, text, lang))]
    events = days_named_as_events(text, exprs, lang)
    if events:
        clues = [as_retold(c, events) for c in clues]
    return sorted(clues, key=lambda c: c.start)
