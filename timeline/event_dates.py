"""Which of a sentence's expressions date an event, and to what day it runs; which durations
say how long it lasts ("should last ten days", "sechs Wochen dauern")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from timeline.event_lexicon import EventLexicon
from timeline.model import EventDate, Granularity, Published, Timex, TimexRange, TimexType

DATE_TYPES = frozenset({TimexType.DATE, TimexType.TIME})
CUE_WINDOW = 30  # characters around a duration in which "last", "dauern", "selama" must occur
ARTICLE = re.compile(r"(?i)(?:the|a|an|der|die|das|den|le|la|les|el|los|las|o|os|il|het|de)\s")


def event_date(timex: Timex, span: TimexRange | None = None) -> EventDate | None:
    """The date a resolved DATE/TIME expression gives an event, at its own precision.

    When the expression opens a range ("from 10 to 14 March", "von Mai bis Oktober"), the
    event lasts to the range's last day: the value stays the first member's, the end moves.
    """
    if timex.first_day is None or timex.type not in DATE_TYPES:
        return None
    last = timex.last_day or timex.first_day
    if span is not None and span.first_day == timex.first_day and span.last_day is not None:
        last = max(last, span.last_day)
    granularity = timex.granularity or (
        Granularity.DAY if last == timex.first_day else Granularity.WEEK
    )
    return EventDate(timex.value, timex.first_day, last, granularity, timex.mod)


def dating_expressions(timexes: Iterable[Timex]) -> list[Timex]:
    """Expressions that can date an event (not durations, sets or vague references)."""
    return [t for t in timexes if t.type in DATE_TYPES and not t.value.endswith("_REF")]


def lasting_durations(timexes: Iterable[Timex], text: str, lex: EventLexicon) -> list[Timex]:
    """Durations that say how long an event lasts ("last ten days", "sechs Wochen dauern")."""
    cues = lex.word_rule("duration_cues")
    out = []
    for t in timexes:
        if t.type is TimexType.DURATION and t.value.startswith("P"):
            own = (
                "" if ARTICLE.match(t.text) else t.text
            )  # "should last ten days", not "the last two years"
            window = (
                text[max(t.start - CUE_WINDOW, 0) : t.start]
                + " "
                + own
                + " "
                + text[t.end : t.end + CUE_WINDOW]
            )
            if cues.search(window):
                out.append(t)
    return out


def reference_day(published: Published, timexes: Sequence[Timex]) -> dt.date | None:
    """The article's own time: its publication day, else the latest day it resolves."""
    if published.date is not None:
        return published.date
    days = [t.last_day for t in timexes if t.last_day is not None and t.type in DATE_TYPES]
    return max(days) if days else None
