"""What a reader is told in words: dates at their real precision, how a date was resolved, why
an article is dated as it is. Shared by the plain text, the HTML page and the exports so that
every output says the same thing the same way.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import (
    Anchor,
    Document,
    Event,
    EventDate,
    Granularity,
    Mention,
    Published,
    PubMethod,
    Status,
    Timeline,
)

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

#: TIMEX3 ``mod`` values as a reader says them before a date.
MOD_WORDS = {
    "APPROX": "about",
    "START": "early",
    "MID": "mid-",
    "END": "late",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}

METHOD_WORDS = {
    PubMethod.GIVEN: "given",
    PubMethod.METADATA: "from the page metadata",
    PubMethod.TEXT: "inferred from its text",
    PubMethod.CORPUS: "inferred from related articles",
    PubMethod.UNKNOWN: "unknown",
}

DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([YMWDH])$|^PT(\d+(?:\.\d+)?)([HMS])$")
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_YEAR_IN_TEXT = re.compile(r"\d{4}|'\d{2}\b")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_SLICE = 1 << 18  # characters


def encodable(text: str) -> str:
    """``text`` with lone surrogates (undecodable input bytes) replaced by U+FFFD, so that it
    can be written as UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def has_lone_surrogates(text: str) -> bool:
    """Whether ``text`` holds characters UTF-8 cannot encode (surrogates, the only ones).

    Strict UTF-16 refuses exactly those too, and writes the two-byte characters of rendered
    text by little more than a copy: in slices that stay in the processor's cache, several
    times faster than a regex search over a page of megabytes."""
    if text.isascii():
        return False
    try:
        for start in range(0, len(text), _SURROGATE_SLICE):
            text[start : start + _SURROGATE_SLICE].encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def day_label(day: dt.date) -> str:
    """'Mon 10 Jan 2022' (English, independent of the machine's locale)."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def span_label(start: dt.date, end: dt.date) -> str:
    """'3–9 Jan 2022', '28 Feb – 6 Mar 2022' or '28 Dec 2021 – 3 Jan 2022'."""
    if start == end:
        return day_label(start)
    if start.year != end.year:
        return f"{start.day} {MONTHS[start.month - 1][:3]} {start.year} – " + _short(end)
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1][:3]} – {_short(end)}"
    return f"{start.day}–{_short(end)}"


def _short(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def date_label(date: EventDate | None) -> str:
    """The date as precisely as it is known: 'Mon 10 Jan 2022', 'January 2022', 'the 1920s'."""
    if date is None:
        return "undated"
    base = _base_label(date)
    mod = MOD_WORDS.get((date.mod or "").upper())
    if mod is None:
        return base + (f" ({date.mod.lower()})" if date.mod else "")
    article = ""
    if base.startswith("the "):  # "the early 2000s", "the mid-19th century"
        article, base = "the ", base[4:]
    return article + (f"{mod}{base}" if mod.endswith("-") else f"{mod} {base}")


def _base_label(date: EventDate) -> str:
    start, end = date.start, date.end
    granularity = date.granularity
    if granularity is Granularity.DAY:
        return span_label(start, end)
    if granularity is Granularity.WEEK:
        if date.value.endswith("-WE"):
            return f"weekend of {span_label(start, end)}"
        year, week, _ = start.isocalendar()
        return f"week {week} of {year} ({span_label(start, end)})"
    if granularity is Granularity.MONTH:
        if (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        return f"{MONTHS[start.month - 1]} {start.year} – {MONTHS[end.month - 1]} {end.year}"
    if granularity is Granularity.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if granularity is Granularity.SEASON:
        code = date.value.rsplit("-", 1)[-1].upper()
        return f"{SEASONS.get(code, 'season')} {start.year} ({span_label(start, end)})"
    if granularity is Granularity.YEAR:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if granularity is Granularity.DECADE:
        return f"the {start.year // 10 * 10}s"
    if granularity is Granularity.CENTURY:
        return f"the {ordinal(start.year // 100 + 1)} century"
    return span_label(start, end)


def duration_label(value: str | None) -> str | None:
    """'P10D' -> '10 days'; None when the value is not a simple duration."""
    match = _DURATION.match(value or "")
    if not match:
        return None
    amount, unit = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    name = (DURATION_UNITS if match.group(1) else _TIME_UNITS)[unit]
    number = float(amount)
    shown = str(int(number)) if number.is_integer() else amount
    return f"{shown} {name}{'' if number == 1 else 's'}"


def published_label(published: Published, why: bool = True) -> str:
    """'2022-01-12 (inferred from its text: “said on Tuesday”; between 2022-01-11 and
    2022-01-13)': the day, how it was decided, the first evidence, and the bounds."""
    method = METHOD_WORDS.get(published.method, str(published.method))
    # a given date's evidence only repeats it ("given: 2022-01-12")
    given = published.method is PubMethod.GIVEN
    reason = published_reason(published) if why and not given else ""
    if published.date is None:
        return "unknown" + (f" ({reason})" if reason else "")
    detail = f"{method}: “{reason}”" if reason else method
    if published.earliest and published.latest and published.earliest != published.latest:
        detail += f"; between {published.earliest.isoformat()} and {published.latest.isoformat()}"
    return f"{published.date.isoformat()} ({detail})"


def published_reason(published: Published) -> str:
    """The first piece of evidence, quoted: why the article is dated as it is."""
    return published.evidence[0] if published.evidence else ""


def resolution_note(mention: Mention, published: Published | None) -> str:
    """How the mention's date was found, e.g. "'on Tuesday' counted back from the publication
    date 2022-01-12"."""
    timex = mention.timex
    if timex is None:
        if mention.date is None:
            return "no date in or around this sentence"
        return "no date in this sentence: dated from the narrative around it"
    quoted = f"'{timex.text.strip()}'"
    where = ""
    if not (mention.start <= timex.start < mention.end):
        where = " (in another sentence)"
    if not timex.resolved:
        return f"{quoted}{where} could not be placed on the calendar"
    first = timex.first_day
    pub = published.date if published else None
    if timex.anchor is Anchor.PUBLICATION:
        if pub is None:
            return f"{quoted}{where} counted from the publication date"
        if first == pub and timex.last_day == pub:
            return f"{quoted}{where} is the publication date {pub.isoformat()}"
        direction = "back" if first is not None and first < pub else "forward"
        return f"{quoted}{where} counted {direction} from the publication date {pub.isoformat()}"
    if timex.anchor is Anchor.PREVIOUS:
        return f"{quoted}{where} counted from the previous date in the narrative"
    if timex.anchor is Anchor.REPORTED_SPEECH:
        return f"{quoted}{where} counted from the day the words were spoken"
    if _YEAR_IN_TEXT.search(timex.text) or timex.granularity in (
        Granularity.DECADE,
        Granularity.CENTURY,
    ):
        return f"{quoted}{where} stated in the text"
    return f"{quoted}{where} read as {timex.value}, the year from the calendar and context"


def status_label(event: Event) -> str:
    """'planned' or 'occurred'."""
    return "planned" if event.status is Status.PLANNED else "occurred"


def documents_by_id(timeline: Timeline) -> dict[str, Document]:
    """Documents keyed by id, for looking up a mention's source."""
    return {doc.id: doc for doc in timeline.documents}


def ordered_events(events: tuple[Event, ...] | list[Event]) -> list[Event]:
    """Events by start day then end day (stable); undated events come last."""
    far = dt.date.max
    return sorted(
        events,
        key=lambda e: (
            e.date is None,
            e.date.start if e.date else far,
            e.date.end if e.date else far,
        ),
    )
