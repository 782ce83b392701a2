"""Days named inside a period or by their occurrence, not by a full date.

"the first Monday of September" (the n-th weekday of a month, written as a movable holiday rule
``09-MO-1`` so that ``resolve_holiday`` finds the occurrence nearest the reference), "the 21st
of next month" (a day of a shifted month: ``unit=MONTH`` with ``day``), "last Easter" and "next
Christmas" (the occurrence of a holiday strictly before or after the reference, unlike
"Christmas last year", which is the holiday of the year before).
"""

from __future__ import annotations

import logging

from timeline.model import Granularity, Tense
from timeline.temporal.calendar import valid_date
from timeline.temporal.expression import Expression
from timeline.temporal.holidays import WEEKDAYS, is_movable
from timeline.temporal.rule_match import Match, day_number, expand_year, ordinal

logger = logging.getLogger(__name__)

_LAST = "L"  # holiday notation for the last such weekday of its month
_MAX_NTH = 5  # no month has a sixth Monday


def _tense_of(shift: int) -> Tense:
    return Tense.PAST if shift < 0 else Tense.FUTURE if shift > 0 else Tense.UNKNOWN


def build_nth_weekday(match: Match) -> Expression | None:
    """ "the first Monday of September", "der letzte Freitag im Mai": a weekday counted in its
    month, as the holiday rule ``09-MO-1`` (``05-FR-L`` for the last one)."""
    weekday, month = match.word("weekday"), match.word("month")
    nth: int | str | None = _LAST if match.groups.get("last") else ordinal(match)
    if weekday is None or month is None or nth is None:
        return None
    if isinstance(nth, int) and not 1 <= nth <= _MAX_NTH:
        return None
    raw_year = match.groups.get("year")
    rule = f"{int(month):02d}-{WEEKDAYS[int(weekday)]}-{nth}"
    return match.expression(
        granularity=Granularity.DAY,
        year=expand_year(raw_year) if raw_year else None,
        holiday=rule,
    )


def build_day_of_shifted_month(match: Match) -> Expression | None:
    """ "the 21st of next month", "am 15. nächsten Monats", "dia 3 do mês passado": a day of
    the month ``shift`` months away (``resolve_shift`` adds the day to the month)."""
    shift = match.word("shift")
    day = day_number(match) if match.groups.get("day") else ordinal(match)
    if shift is None or day is None or not 1 <= day <= 31:
        return None
    return match.expression(
        granularity=Granularity.DAY,
        day=day,
        unit=Granularity.MONTH,
        offset=int(shift),
        tense=_tense_of(int(shift)),
    )


def build_holiday_occurrence(match: Match) -> Expression | None:
    """ "last Easter", "next Christmas", "nächste Ostern", "o próximo Natal": the holiday's
    occurrence strictly before (after) the reference; "this Christmas" is the nearest one."""
    raw = str(match.word("holiday") or "")
    shift = match.word("shift")
    if not raw or shift is None or abs(int(shift)) > 1:
        return None  # "vorletzte Ostern" would need the occurrence before the last
    offset = int(shift)
    if is_movable(raw):
        return match.expression(
            granularity=Granularity.DAY, holiday=raw, offset=offset, tense=_tense_of(offset)
        )
    parts = raw.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return match.expression(
        granularity=Granularity.DAY,
        month=int(parts[0]),
        day=int(parts[1]),
        offset=offset,
        tense=_tense_of(offset),
    )


def day_in_month(month_value: str, day: int) -> str:
    """ "2018-08" and 21 -> "2018-08-21"; the month alone when it has no such day."""
    year, _, month = month_value.partition("-")
    if not (year.isdigit() and month.isdigit()):
        return month_value
    if valid_date(int(year), int(month), day) is None:
        logger.warning("temporal: day %d does not exist in %s; the month is kept", day, month_value)
        return month_value
    return f"{month_value}-{day:02d}"
