"""Timelines built by hand for the renderer and browser tests: several languages, every
granularity, planned, approximate, background and undated events, a conflict, hostile text."""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Anchor,
    DocStatus,
    Document,
    Event,
    EventDate,
    Granularity,
    Mention,
    Published,
    PubMethod,
    Status,
    Timeline,
    Timex,
    TimexType,
)

D = dt.date
XSS_TITLE = "<img src=x onerror=alert(1)>"
SCRIPT_CLOSER = "He wrote </script><script>alert('x')</script> on the wall & left."


def timex(
    text: str,
    start: int,
    value: str,
    first: dt.date,
    last: dt.date,
    granularity: Granularity,
    anchor: Anchor = Anchor.ABSOLUTE,
) -> Timex:
    return Timex(
        start=start,
        end=start + len(text),
        text=text,
        type=TimexType.DATE,
        value=value,
        anchor=anchor,
        granularity=granularity,
        first_day=first,
        last_day=last,
    )


def mention(
    document: str,
    sentence: str,
    language: str,
    tx: Timex | None = None,
    start: int = 0,
    status: Status = Status.OCCURRED,
) -> Mention:
    return Mention(
        document=document,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        language=language,
        timex=tx,
        status=status,
    )


def documents() -> tuple[Document, ...]:
    return (
        Document(
            "harbour-en",
            "articles/harbour-en.txt",
            "Harbour bridge reopens after storm",
            "en",
            Published(
                D(2019, 3, 14),
                D(2019, 3, 13),
                D(2019, 3, 14),
                PubMethod.TEXT,
                ("'said on Wednesday' in the past tense",),
            ),
        ),
        Document(
            "hafen-de",
            "articles/hafen-de.txt",
            "Hafenbrücke wieder offen",
            "de",
            Published(
                D(2019, 3, 15),
                D(2019, 3, 15),
                D(2019, 3, 15),
                PubMethod.GIVEN,
                ("--published hafen-de=2019-03-15",),
            ),
            url="https://example.org/hafen?a=1&b=2",
        ),
        Document(
            "pelabuhan-id",
            "articles/pelabuhan-id.txt",
            "Jembatan pelabuhan dibuka kembali",
            "id",
            Published(
                D(2019, 3, 14),
                D(2019, 3, 10),
                D(2019, 3, 20),
                PubMethod.CORPUS,
                ("shares 4 names with harbour-en",),
            ),
        ),
        Document(
            "xss",
            "articles/xss.html",
            XSS_TITLE,
            "en",
            Published(
                D(2019, 3, 16),
                D(2019, 3, 16),
                D(2019, 3, 16),
                PubMethod.METADATA,
                ("<meta name=date content=2019-03-16>",),
            ),
        ),
        Document(
            "broken",
            "articles/broken.pdf",
            "",
            None,
            Published.unknown("not read"),
            status=DocStatus.SKIPPED,
            warnings=("binary: looks like a PDF",),
        ),
    )


def events() -> tuple[Event, ...]:
    s_storm = "The storm closed the harbour bridge on Tuesday."
    s_sturm = "Der Sturm hatte die Brücke am Dienstag geschlossen."
    s_open = "Jembatan itu akan dibuka kembali pada 20 Maret 2019."
    s_week = "Engineers inspected the cables last week."
    s_month = "Die Stadt plant im September 2019 eine neue Brücke."
    s_1920 = "The first bridge was built in the 1920s."
    s_1880 = "Im 19. Jahrhundert gab es hier nur eine Fähre."
    s_year = "Pelabuhan itu diperluas pada 2014."
    s_xss = SCRIPT_CLOSER
    s_none = "Residents were angry about the closure."
    return (
        Event(
            "e-storm",
            EventDate("2019-03-12", D(2019, 3, 12), D(2019, 3, 12), Granularity.DAY),
            Status.OCCURRED,
            "Storm closes the harbour bridge",
            s_storm,
            "en",
            ("Harbour Bridge", "Rivermouth"),
            (
                mention(
                    "harbour-en",
                    s_storm,
                    "en",
                    timex(
                        "on Tuesday",
                        36,
                        "2019-03-12",
                        D(2019, 3, 12),
                        D(2019, 3, 12),
                        Granularity.DAY,
                        Anchor.PUBLICATION,
                    ),
                    start=0,
                ),
                mention(
                    "hafen-de",
                    s_sturm,
                    "de",
                    timex(
                        "am Dienstag",
                        120,
                        "2019-03-12",
                        D(2019, 3, 12),
                        D(2019, 3, 12),
                        Granularity.DAY,
                        Anchor.PUBLICATION,
                    ),
                    start=100,
                ),
            ),
            weight=2.0,
        ),
        Event(
            "e-week",
            EventDate("2019-W10", D(2019, 3, 4), D(2019, 3, 10), Granularity.WEEK),
            Status.OCCURRED,
            "Engineers inspect the cables",
            s_week,
            "en",
            ("Harbour Bridge",),
            (
                mention(
                    "harbour-en",
                    s_week,
                    "en",
                    timex(
                        "last week",
                        200,
                        "2019-W10",
                        D(2019, 3, 4),
                        D(2019, 3, 10),
                        Granularity.WEEK,
                        Anchor.PUBLICATION,
                    ),
                    start=170,
                ),
            ),
            approximate=True,
            weight=1.0,
        ),
        Event(
            "e-open",
            EventDate("2019-03-20", D(2019, 3, 20), D(2019, 3, 20), Granularity.DAY),
            Status.PLANNED,
            "Bridge to reopen",
            s_open,
            "id",
            ("Rivermouth",),
            (
                mention(
                    "pelabuhan-id",
                    s_open,
                    "id",
                    timex(
                        "20 Maret 2019",
                        38,
                        "2019-03-20",
                        D(2019, 3, 20),
                        D(2019, 3, 20),
                        Granularity.DAY,
                    ),
                    status=Status.PLANNED,
                ),
            ),
            duration="P10D",
            weight=1.0,
            conflicts=("hafen-de says 2019-03-21",),
        ),
        Event(
            "e-month",
            EventDate("2019-09", D(2019, 9, 1), D(2019, 9, 30), Granularity.MONTH),
            Status.PLANNED,
            "Stadt plant neue Brücke",
            s_month,
            "de",
            ("Stadt",),
            (
                mention(
                    "hafen-de",
                    s_month,
                    "de",
                    timex(
                        "im September 2019",
                        320,
                        "2019-09",
                        D(2019, 9, 1),
                        D(2019, 9, 30),
                        Granularity.MONTH,
                    ),
                    start=300,
                    status=Status.PLANNED,
                ),
            ),
            weight=0.5,
        ),
        Event(
            "e-1920s",
            EventDate("192", D(1920, 1, 1), D(1929, 12, 31), Granularity.DECADE),
            Status.OCCURRED,
            "First bridge built",
            s_1920,
            "en",
            ("Harbour Bridge",),
            (
                mention(
                    "harbour-en",
                    s_1920,
                    "en",
                    timex(
                        "the 1920s", 400, "192", D(1920, 1, 1), D(1929, 12, 31), Granularity.DECADE
                    ),
                    start=370,
                ),
            ),
            background=True,
            weight=0.2,
        ),
        Event(
            "e-1800s",
            EventDate("18", D(1800, 1, 1), D(1899, 12, 31), Granularity.CENTURY),
            Status.OCCURRED,
            "Nur eine Fähre",
            s_1880,
            "de",
            (),
            (
                mention(
                    "hafen-de",
                    s_1880,
                    "de",
                    timex(
                        "Im 19. Jahrhundert",
                        500,
                        "18",
                        D(1800, 1, 1),
                        D(1899, 12, 31),
                        Granularity.CENTURY,
                    ),
                    start=500,
                ),
            ),
            background=True,
            weight=0.1,
        ),
        Event(
            "e-2014",
            EventDate("2014", D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR, "APPROX"),
            Status.OCCURRED,
            "Pelabuhan diperluas",
            s_year,
            "id",
            ("Pelabuhan",),
            (
                mention(
                    "pelabuhan-id",
                    s_year,
                    "id",
                    timex("2014", 600, "2014", D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR),
                    start=580,
                ),
            ),
            background=True,
            weight=0.3,
        ),
        Event(
            "e-xss",
            EventDate("2019-03-15", D(2019, 3, 15), D(2019, 3, 15), Granularity.DAY),
            Status.OCCURRED,
            XSS_TITLE,
            s_xss,
            "en",
            (XSS_TITLE,),
            (
                mention(
                    "xss",
                    s_xss,
                    "en",
                    timex(
                        "yesterday",
                        5,
                        "2019-03-15",
                        D(2019, 3, 15),
                        D(2019, 3, 15),
                        Granularity.DAY,
                        Anchor.PUBLICATION,
                    ),
                    start=0,
                ),
            ),
            weight=0.4,
        ),
        Event(
            "e-undated",
            None,
            Status.OCCURRED,
            "Residents angry",
            s_none,
            "en",
            ("Rivermouth",),
            (mention("harbour-en", s_none, "en", None, start=700),),
            weight=0.1,
        ),
    )


def hand_made() -> Timeline:
    """Events deliberately out of order: the renderers must sort them."""
    evs = events()
    shuffled = (evs[8], evs[2], evs[0], evs[4], evs[7], evs[1], evs[3], evs[6], evs[5])
    return Timeline(documents=documents(), events=shuffled, warnings=("1 input skipped",))
