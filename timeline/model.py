"""The data that flows between pipeline stages: frozen dataclasses and the enums they use.

Stages import this module and the stages before them, never the ones after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class TimexType(StrEnum):
    """TIMEX3 ``type``."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How precise a date is; the JSON contract's ``date.granularity``."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Anchor(StrEnum):
    """What a value was resolved against (``timex.anchor``)."""

    PUBLICATION = "publication"
    PREVIOUS = "previous"
    REPORTED_SPEECH = "reported-speech"
    ABSOLUTE = "absolute"


class Tense(StrEnum):
    """The tense of the clause a temporal expression sits in."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


class PubMethod(StrEnum):
    """Which step of the publication-date cascade decided (``published.method``)."""

    GIVEN = "given"
    METADATA = "metadata"
    TEXT = "text"
    CORPUS = "corpus"
    UNKNOWN = "unknown"


class Status(StrEnum):
    """Whether an event happened or is announced for after the article was written."""

    OCCURRED = "occurred"
    PLANNED = "planned"


class DocStatus(StrEnum):
    """Whether an input became a document of the timeline."""

    OK = "ok"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Article:
    """One input article as read from its source, before any inference."""

    id: str
    source: str
    title: str
    text: str
    language: str | None = None  # given by the input (front matter, JSON field, --lang)
    published: dt.date | None = None  # given by the input or the user
    metadata_published: dt.date | None = None  # found in HTML metadata
    url: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkippedInput:
    """An input that could not become an article, and why (one line, says how to fix)."""

    id: str
    source: str
    reason: str
    kind: str  # short category for the summary: "binary", "empty", "undecodable", ...


@dataclass(frozen=True)
class Published:
    """An article's publication date: best day, honest bounds, how it was decided."""

    date: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    method: PubMethod
    evidence: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    alternatives: tuple[Published, ...] = ()  # the days the text allows when it cannot pick a year

    @classmethod
    def unknown(cls, reason: str = "no date evidence found") -> Published:
        return cls(None, None, None, PubMethod.UNKNOWN, (reason,))


@dataclass(frozen=True)
class Timex:
    """A resolved temporal expression (TIMEX3) with character offsets into the article text."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: "2022-01-10", "2022-W01", "192", "P2D", "XXXX-XX-XX" when unresolved
    mod: str | None = None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, APPROX, ...
    rule: str = ""  # id of the rule that found it, e.g. "en.weekday"
    anchor: Anchor = Anchor.ABSOLUTE
    granularity: Granularity | None = None  # None for DURATION/SET or unresolved values
    first_day: dt.date | None = None  # inclusive days the value covers (DATE/TIME only)
    last_day: dt.date | None = None
    tense: Tense = Tense.UNKNOWN

    @property
    def resolved(self) -> bool:
        return self.first_day is not None


@dataclass(frozen=True)
class TimexRange:
    """Two timexes joined by a connector ("from May to October 2020", "5 to 6pm", "2014-2018").

    In TimeML terms a non-consuming DURATION TIMEX3 with ``beginPoint``/``endPoint``: the
    members stay timexes of their own; ``first``/``last`` are them as resolved in the range's
    context ("5" in "5 to 6pm" is 17:00). ``first_day``/``last_day`` are the inclusive days
    covered (None when a member's day is unknown).
    """

    start: int  # character offsets of the whole range phrase, opener included
    end: int
    text: str
    first: Timex
    last: Timex
    duration: str  # TIMEX3 DURATION value: "P6M", "PT1H", "P3D"
    rule: str  # id of the range rule, e.g. "en.range.from_to"
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def synthetic_ends(self) -> bool:
        """A counted window ("the next 3 days"): its ends are not written in the text, so
        ``first`` and ``last`` span the whole phrase and are no timexes of the text."""
        return (
            (self.first.start, self.first.end)
            == (self.last.start, self.last.end)
            == (
                self.start,
                self.end,
            )
        )


@dataclass(frozen=True)
class EventDate:
    """The date of an event at its true precision (``event.date``)."""

    value: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    mod: str | None = None


@dataclass(frozen=True)
class Mention:
    """One sentence of one article that tells an event, with the expression that dated it."""

    document: str
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    language: str
    timex: Timex | None = None  # may lie in an earlier sentence when the date is inherited
    status: Status = Status.OCCURRED
    date: EventDate | None = None  # what this mention alone says


@dataclass(frozen=True)
class Candidate:
    """An event as one article tells it, before merging across articles."""

    mention: Mention
    date: EventDate | None  # None: undated (the article's date or the expression is unknown)
    status: Status
    title: str
    entities: tuple[str, ...]
    approximate: bool = False  # date inherited from the narrative, not stated in the sentence
    duration: str | None = None  # TIMEX3 duration told with the event, e.g. "P10D"
    background: bool = False  # far from the article's own time (history, context)


@dataclass(frozen=True)
class Event:
    """One event of the timeline, merged across every article and language that tells it."""

    id: str
    date: EventDate | None
    status: Status
    title: str
    text: str
    language: str
    entities: tuple[str, ...]
    mentions: tuple[Mention, ...]
    approximate: bool = False
    background: bool = False
    duration: str | None = None
    weight: float = 0.0
    conflicts: tuple[str, ...] = ()  # mentions whose dates disagree, described


@dataclass(frozen=True)
class Document:
    """An input as it appears in the output: its inferred language and publication date."""

    id: str
    source: str
    title: str
    language: str | None
    published: Published
    status: DocStatus = DocStatus.OK
    warnings: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Timeline:
    """The whole result: every input accounted for, and the merged events sorted by date."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())
