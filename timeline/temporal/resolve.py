"""Resolve expressions to TIMEX3 values against the right anchor, as a careful reader does.

The anchor is the publication date for deictic expressions, the narrative's last established
date for anaphoric ones ("the day before") and for partial dates in a narrative far from the
publication date, and the day of the speech for shifts inside reported speech.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.model import Anchor, Granularity, Tense, Timex, TimexType
from timeline.temporal.calendar import interval, shift_value
from timeline.temporal.expression import Expression
from timeline.temporal.headline import in_title_case, is_dateline
from timeline.temporal.holiday_weekends import weekend_of_day
from timeline.temporal.lexicon import load_language
from timeline.temporal.moved_dates import moved_day
from timeline.temporal.resolvers import (
    resolve_calendar,
    resolve_holiday,
    resolve_season,
    resolve_shift,
    resolve_weekday,
)

logger = logging.getLogger(__name__)

_RECENT_YEARS = 2  # a story this close to its publication year still plans ahead of it
NARRATIVE_REACH = 600  # characters: how far back a date still anchors a partial date
_FINER = {
    Granularity.DAY: (Granularity.DAY,),
    Granularity.WEEK: (Granularity.DAY, Granularity.WEEK),
    Granularity.MONTH: (Granularity.DAY, Granularity.WEEK, Granularity.MONTH),
}


class SpanIndex:
    """Expressions sorted by offset, to find those inside a span quickly."""

    def __init__(self, expressions: Sequence[Expression]) -> None:
        self.expressions = sorted(expressions, key=lambda e: (e.start, e.end))
        self.starts = [e.start for e in self.expressions]

    def within(self, start: int, end: int) -> list[Expression]:
        """The expressions lying wholly inside ``[start, end)``."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [e for e in self.expressions[first:last] if e.end <= end]


@dataclass
class Narrative:
    """The dates the text has established so far (updated as resolution moves on)."""

    last: list[tuple[int, Timex]]
    far_from_publication: bool = False  # a history told far from its publication date

    def previous(self, unit: Granularity | None) -> Timex | None:
        """The last date at least as fine as ``unit`` (any date for coarse units)."""
        allowed = _FINER.get(unit) if unit else None
        for _, timex in reversed(self.last):
            if allowed is None or timex.granularity in allowed:
                return timex
        return None

    def day_near(self, position: int) -> Timex | None:
        """The last day-level date within ``NARRATIVE_REACH`` before ``position``."""
        for end, timex in reversed(self.last):
            if position - end > NARRATIVE_REACH:
                return None
            if timex.granularity is Granularity.DAY:
                return timex
        return None

    def recent(self, position: int, granularity: Granularity) -> Timex | None:
        """The last date of ``granularity`` within ``NARRATIVE_REACH`` before ``position``."""
        for end, timex in reversed(self.last):
            if position - end > NARRATIVE_REACH:
                return None
            if timex.granularity is granularity and timex.anchor is not Anchor.PREVIOUS:
                return timex
        return None

    def recent_absolute(self, position: int) -> Timex | None:
        """The last date stated with its year within ``NARRATIVE_REACH`` characters."""
        for end, timex in reversed(self.last):
            if position - end > NARRATIVE_REACH and not self.far_from_publication:
                return None
            if timex.anchor is Anchor.ABSOLUTE and timex.granularity in (
                Granularity.DAY,
                Granularity.MONTH,
                Granularity.YEAR,
            ):
                return timex
        return None


def resolve(
    text: str, expressions: Sequence[Expression], dct: dt.date | None, lang: str
) -> list[Timex]:
    """TIMEX3 values for ``expressions`` of ``text``; never raises (warns and skips instead)."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if dct is not None and not isinstance(dct, dt.date):
        logger.warning("temporal.resolve: reference date %r is not a date; ignored", dct)
        dct = None
    narrative = Narrative([], far_from_publication=_reads_as_history(expressions, dct))
    nouns = frozenset(load_language(lang).cues.get("nouns", ()))
    out: list[Timex] = []
    by_span = SpanIndex(expressions)
    for e in expressions:
        if in_title_case(text, e, nouns) or is_dateline(text, e, dct):
            logger.debug(
                "temporal.resolve: %r is page furniture (headline, name, dateline)", e.text
            )
            continue
        try:
            timex = _resolve_one(e, dct, narrative, by_span)
            if e.moved_by is not None:
                timex = _moved(e, timex)
            if e.weekend_of:
                timex = weekend_of_day(timex)
            if e.granularity is Granularity.WEEK and e.day is not None:
                timex = _week_holding(e, timex)
        except Exception as error:  # one odd expression must not lose the others
            logger.warning("temporal.resolve: %r (%s) left unresolved: %s", e.text, e.rule, error)
            continue
        out.append(timex)
        if timex.first_day is not None and timex.type in (TimexType.DATE, TimexType.TIME):
            narrative.last.append((e.end, timex))
    return out


def _moved(e: Expression, timex: Timex) -> Timex:
    """ "two days after Christmas": the day resolved, then moved (its clock time kept)."""
    if timex.first_day is None or e.moved_by is None:
        return timex
    day = moved_day(timex.first_day, e.moved_by)
    if day is None:
        return timex
    clock = timex.value.split("T", 1)[1] if "T" in timex.value else None
    return _timex(e, day.isoformat() + (f"T{clock}" if clock else ""), timex.anchor)


def _week_holding(e: Expression, timex: Timex) -> Timex:
    """ "the week of April 10": the ISO week of the day resolved."""
    if timex.first_day is None or timex.granularity is not Granularity.DAY:
        return timex
    year, week, _ = timex.first_day.isocalendar()
    return _timex(e, f"{year:04d}-W{week:02d}", timex.anchor)


def _reads_as_history(expressions: Sequence[Expression], dct: dt.date | None) -> bool:
    """Most stated years lie far from the publication date and nothing counts from it."""
    if dct is None:
        return True
    far = sum(1 for e in expressions if e.year is not None and abs(e.year - dct.year) > 1)
    near = sum(1 for e in expressions if e.year is not None and abs(e.year - dct.year) <= 1)
    deictic = sum(1 for e in expressions if e.is_deictic and not e.anaphoric)
    return far > 2 * (near + deictic)


def _timex(e: Expression, value: str, anchor: Anchor, type_: TimexType | None = None) -> Timex:
    span = interval(value.split("T")[0]) if not value.startswith("P") else None
    granularity, first, last = span if span else (None, None, None)
    return Timex(
        start=e.start,
        end=e.end,
        text=e.text,
        type=type_ or e.type,
        value=value,
        mod=e.mod,
        rule=e.rule,
        anchor=anchor,
        granularity=granularity,
        first_day=first,
        last_day=last,
        tense=e.tense,
    )


def _resolve_one(
    e: Expression,
    dct: dt.date | None,
    narrative: Narrative,
    by_span: SpanIndex,
) -> Timex:
    if e.value is not None:
        return _resolve_value(e, dct)
    if e.offset is not None and e.unit is not None:
        return _resolve_shifted(e, dct, narrative, by_span)
    if e.holiday is not None:
        anchor = Anchor.ABSOLUTE if e.year is not None else Anchor.PUBLICATION
        return _timex(e, resolve_holiday(e, dct, e.tense), anchor)
    if e.weekday is not None and e.day is None and e.month is None:
        return _timex(e, resolve_weekday(e, dct, e.tense), Anchor.PUBLICATION)
    if e.part is not None and e.month is None and e.day is None:
        if e.year is not None:
            return _timex(e, resolve_season(e, None, e.tense), Anchor.ABSOLUTE)
        return _timex(e, resolve_season(e, dct, e.tense), Anchor.PUBLICATION)
    return _resolve_calendar(e, dct, narrative)


def _resolve_value(e: Expression, dct: dt.date | None) -> Timex:
    value = str(e.value)
    if value.endswith("_REF"):
        timex = _timex(e, value, Anchor.PUBLICATION)
        if value == "PRESENT_REF" and dct is not None:
            return Timex(
                **{
                    **timex.__dict__,
                    "granularity": Granularity.DAY,
                    "first_day": dct,
                    "last_day": dct,
                }
            )
        return timex
    return _timex(e, value, Anchor.ABSOLUTE)


def _resolve_calendar(e: Expression, dct: dt.date | None, narrative: Narrative) -> Timex:
    if e.year is not None:
        return _timex(e, resolve_calendar(e, None, e.tense), Anchor.ABSOLUTE)
    previous = narrative.recent_absolute(e.start)
    if (
        previous is not None
        and previous.first_day is not None
        and (dct is None or narrative.far_from_publication)
        and not _future_of_publication(e, previous.first_day, dct)
        and not _past_after_publication(e, previous.first_day, dct)
    ):
        if previous.granularity is Granularity.YEAR and e.month is not None:
            # "The war ended in 1945. In September, the troops came home": that year's
            year = replace(e, year=previous.first_day.year)
            return _timex(e, resolve_calendar(year, None, e.tense), Anchor.PREVIOUS)
        ref = previous.first_day
        # a narrative moves forward: "am 27." after "1. September" is the 27th after it
        onward = Tense.FUTURE if e.month is None and e.day is not None else Tense.UNKNOWN
        return _timex(e, resolve_calendar(e, ref, onward), Anchor.PREVIOUS)
    return _timex(e, resolve_calendar(e, dct, e.tense), Anchor.PUBLICATION)


def _future_of_publication(e: Expression, told: dt.date, dct: dt.date | None) -> bool:
    """ "will join on March 12" after "July 1997", in a recent story: a plan after publication."""
    return (
        dct is not None and e.tense is Tense.FUTURE and abs(told.year - dct.year) <= _RECENT_YEARS
    )


def _past_after_publication(e: Expression, told: dt.date, dct: dt.date | None) -> bool:
    """ "reported ... by the end of September" after "by 2010": what was told in the past
    happened before publication, so a target year after it is no anchor."""
    return dct is not None and e.tense is Tense.PAST and told > dct


def _resolve_shifted(
    e: Expression,
    dct: dt.date | None,
    narrative: Narrative,
    by_span: SpanIndex,
) -> Timex:
    assert e.unit is not None
    if e.speech_start is not None and e.speech_end is not None:
        said = _speech_day(e, dct, by_span)
        if said is not None:
            return _timex(e, resolve_shift(e, said, e.tense), Anchor.REPORTED_SPEECH)
    # "a year earlier" beside a quarter; not "the fiscal year" (no shift at all)
    quarter = narrative.recent(e.start, Granularity.QUARTER) if e.counted and e.offset else None
    if e.unit is Granularity.YEAR and quarter is not None:
        assert quarter.first_day is not None and e.offset is not None
        value = shift_value(quarter.first_day, Granularity.QUARTER, 4 * e.offset)
        if value is not None:  # "a year earlier" beside a quarter: the same quarter then
            return _timex(e, value, Anchor.PREVIOUS)
    coarse = (e.offset or 0) < 0 and e.unit in (
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.YEAR,
    )
    if e.anaphoric and e.offset == 0 and e.unit is Granularity.DAY and e.part:
        # a clock time alone ("7:30 Uhr") is on the day just told, else on no known day
        day = narrative.day_near(e.start)
        if day is not None and day.first_day is not None:
            return _timex(e, resolve_shift(e, day.first_day, e.tense), Anchor.PREVIOUS)
        if narrative.far_from_publication or narrative.previous(Granularity.DAY) is not None:
            return _timex(e, resolve_shift(e, None, e.tense), Anchor.PREVIOUS)
    if e.anaphoric and not (coarse and dct is not None and not narrative.far_from_publication):
        # "a year earlier" in news compares with now; in a history, with the last date told
        previous = narrative.previous(e.unit)
        if previous is not None and previous.first_day is not None:
            return _timex(e, resolve_shift(e, previous.first_day, e.tense), Anchor.PREVIOUS)
    return _timex(e, resolve_shift(e, dct, e.tense), Anchor.PUBLICATION)


def _speech_day(e: Expression, dct: dt.date | None, by_span: SpanIndex) -> dt.date | None:
    """The day the reported speech around ``e`` was made, resolved on its own."""
    for other in by_span.within(e.speech_start or 0, e.speech_end or 0):
        if other is e:
            continue
        timex = _resolve_one(other, dct, Narrative([]), SpanIndex(()))
        if timex.granularity is Granularity.DAY and timex.first_day is not None:
            return timex.first_day
    return None
