"""Shifts counted from the day of a reported speech and told as still ahead: an upper bound on W.

"Troops are expected to start leaving in two days, Tokayev said on Tuesday" / "Die Truppen
sollen in zwei Tagen mit dem Abzug beginnen, sagte Herr Tokajew am Dienstag": the tagger gives
"in two days" the speech frame "said on Tuesday", so the withdrawal is that Tuesday + 2 days.
Told in the future (or the present with a forward shift, "leave in two days"), it had not yet
happened for the writer: the article was written on or before that day (a day's leeway, as for
weekdays told in the future). Once the week is known (``week_cues``) this cuts the interval from
above. A named week ("next week", "nächste Woche") reaches to that week's Sunday, a counted one
("in a week") to the day seven days on. A shift told in the past ("had left two days later")
proves nothing and is not read.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.model import Granularity, Tense
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

DAYS_IN = {Granularity.DAY: 1, Granularity.WEEK: 7}  # units whose shift is a count of days
AHEAD_TENSES = (Tense.FUTURE, Tense.PRESENT)  # the shifted clause still lies ahead


@dataclass(frozen=True)
class SpeechShift:
    """A forward shift ("in two days") counted from the weekday of a speech ("said on Tuesday")."""

    shift: Expression
    weekday: int  # the speech's weekday, 0 = Monday
    frame: str  # the words naming the speech's day ("Tuesday", "am Dienstag")
    days: int  # days from the speech's day to the shifted day


def _frame_weekday(e: Expression, expressions: Sequence[Expression]) -> Expression | None:
    """The bare weekday inside ``e``'s speech frame, told in the past or present."""
    lo, hi = e.speech_start, e.speech_end
    if lo is None or hi is None:
        return None
    for other in expressions:
        if other is e or not (lo <= other.start and other.end <= hi):
            continue
        bare = other.day is None and other.offset is None and other.moved_by is None
        if bare and other.weekday is not None and 0 <= other.weekday <= 6:
            return other if other.tense is not Tense.FUTURE else None
    return None


def speech_shift(e: Expression, expressions: Sequence[Expression]) -> SpeechShift | None:
    """``e`` read as a shift ahead of a speech's weekday, or None when it is not one."""
    if e.speech_start is None or e.anaphoric or e.unit not in DAYS_IN or e.weekday is not None:
        return None
    if e.offset is None or e.offset <= 0 or e.day is not None or e.moved_by is not None:
        return None
    if e.tense not in AHEAD_TENSES:
        return None  # "had left two days later": past for the writer, no bound
    frame = _frame_weekday(e, expressions)
    if frame is None or frame.weekday is None:
        return None
    days = e.offset * DAYS_IN[e.unit]
    if e.unit is Granularity.WEEK and not e.counted:  # "next week": up to that week's Sunday
        days += 6 - frame.weekday
    logger.debug("'%s' is %d days after the speech of '%s'", e.text, days, frame.text)
    return SpeechShift(e, frame.weekday, frame.text, days)
