"""Hand-built inputs for the events tests: articles, publication dates and timexes.

The temporal tagger is another stage; these tests state the timexes themselves so that they
check only what events, titles, entities and merging do with them.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Anchor,
    Article,
    Candidate,
    EventDate,
    Granularity,
    Mention,
    Published,
    PubMethod,
    Status,
    Tense,
    Timex,
    TimexType,
)

DAY = Granularity.DAY


def published(day: str | None) -> Published:
    """A publication date given by the user (or unknown when ``day`` is None)."""
    if day is None:
        return Published.unknown()
    date = dt.date.fromisoformat(day)
    return Published(date, date, date, PubMethod.GIVEN, ("given",))


def article(text: str, doc_id: str = "doc", language: str = "en") -> Article:
    return Article(id=doc_id, source=f"{doc_id}.txt", title="", text=text, language=language)


def timex(
    text: str,
    phrase: str,
    value: str,
    first: str | None = None,
    last: str | None = None,
    granularity: Granularity | None = DAY,
    kind: TimexType = TimexType.DATE,
    tense: Tense = Tense.UNKNOWN,
    occurrence: int = 1,
) -> Timex:
    """The ``occurrence``-th ``phrase`` of ``text`` as a resolved timex (first/last default to
    the value itself, for a day)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    if kind in (TimexType.DATE, TimexType.TIME):
        first_day = dt.date.fromisoformat(first or value)
        last_day = dt.date.fromisoformat(last) if last else first_day
    else:
        granularity = None
    return Timex(
        start,
        start + len(phrase),
        phrase,
        kind,
        value,
        None,
        "test",
        Anchor.PUBLICATION,
        granularity,
        first_day,
        last_day,
        tense,
    )


def duration(text: str, phrase: str, value: str) -> Timex:
    return timex(text, phrase, value, kind=TimexType.DURATION)


def candidate(
    doc: str,
    sentence: str,
    day: str | None,
    entities: tuple[str, ...],
    language: str = "en",
    title: str | None = None,
    granularity: Granularity = DAY,
    last: str | None = None,
    approximate: bool = False,
    start: int = 0,
    status: Status = Status.OCCURRED,
) -> Candidate:
    """A candidate as ``events`` would give it, dated ``day`` (to ``last``)."""
    date = None
    if day is not None:
        first = dt.date.fromisoformat(day)
        date = EventDate(
            day if not last else f"{day}/{last}",
            first,
            dt.date.fromisoformat(last) if last else first,
            granularity,
        )
    mention = Mention(doc, sentence, start, start + len(sentence), language, None, status, date)
    return Candidate(mention, date, status, title or sentence[:60], entities, approximate)
