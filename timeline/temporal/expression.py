"""What a temporal expression literally says, before it is resolved against an anchor.

Extraction (language rules, data files) produces these; resolution turns them into ``Timex``
values against the publication date, the narrative's previous date or the day of a speech.
``pubdate`` reads them too, before any publication date is known: "said on Tuesday" or
"Monday January 10" is evidence about when the article was written.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.model import Granularity, Tense, TimexType


@dataclass(frozen=True)
class Expression:
    """An underspecified temporal expression found in a text (offsets into that text).

    Calendar fields hold what the text names and nothing more: "Monday January 10" is
    ``month=1, day=10, weekday=0`` with ``year=None``. A deictic or anaphoric expression is a
    shift of ``offset`` ``unit``s from an anchor: "yesterday" is ``unit=DAY, offset=-1``,
    "last week" ``unit=WEEK, offset=-1``, "this week" ``unit=WEEK, offset=0``, "in two days"
    ``unit=DAY, offset=2``; ``anaphoric`` says the anchor is the narrative's previous date
    ("the day before", "two days later", "am Vortag") rather than the publication date.
    A bare weekday ("on Tuesday") has ``weekday`` set and ``tense`` deciding the direction.
    ``value`` holds a value that needs no anchor: durations ("P10D"), sets, decades ("192"),
    centuries, and fully specified dates.
    """

    start: int
    end: int
    text: str
    type: TimexType
    rule: str  # id of the rule that matched, "<lang>.<name>"
    granularity: Granularity | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday ... 6 = Sunday
    unit: Granularity | None = None
    offset: int | None = None
    anaphoric: bool = False
    tense: Tense = Tense.UNKNOWN
    mod: str | None = None
    value: str | None = None
    part: str | None = None  # part of a unit: "WE" weekend, "Q1", "SU" summer, "MO" morning...
    holiday: str | None = None  # a movable holiday's rule ("11-TH-4", "EASTER+1")
    counted: bool = False  # the shift was counted ("a year ago"), not named ("last year")
    speech_start: int | None = None  # offsets of the reported-speech frame ("Tokayev said on
    speech_end: int | None = None  # Tuesday") whose day anchors this expression
    # "two days after Christmas": the day named, then moved by this many units
    moved_by: tuple[Granularity, int] | None = None
    # "Labor Day weekend": the weekend next to the day named (holiday_weekends.py)
    weekend_of: bool = False

    @property
    def is_deictic(self) -> bool:
        """Counted from an anchor (publication date or previous date), not from the calendar."""
        return self.offset is not None or (self.weekday is not None and self.day is None)
