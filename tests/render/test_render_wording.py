"""Dates in words at their real precision, and how each date was resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    EventDate,
    Granularity,
    Mention,
    Published,
    PubMethod,
    Timex,
    TimexType,
)
from timeline.render.wording import (
    date_label,
    duration_label,
    ordinal,
    published_label,
    resolution_note,
)

D = dt.date


@pytest.mark.parametrize(
    ("date", "label"),
    [
        (
            EventDate("2022-01-10", D(2022, 1, 10), D(2022, 1, 10), Granularity.DAY),
            "Mon 10 Jan 2022",
        ),
        (
            EventDate("2022-W01", D(2022, 1, 3), D(2022, 1, 9), Granularity.WEEK),
            "week 1 of 2022 (3–9 Jan 2022)",
        ),
        (
            EventDate("2021-W52", D(2021, 12, 27), D(2022, 1, 2), Granularity.WEEK),
            "week 52 of 2021 (27 Dec 2021 – 2 Jan 2022)",
        ),
        (
            EventDate("2022-W01-WE", D(2022, 1, 8), D(2022, 1, 9), Granularity.WEEK),
            "weekend of 8–9 Jan 2022",
        ),
        (EventDate("2022-09", D(2022, 9, 1), D(2022, 9, 30), Granularity.MONTH), "September 2022"),
        (EventDate("2022-Q3", D(2022, 7, 1), D(2022, 9, 30), Granularity.QUARTER), "Q3 2022"),
        (
            EventDate("2022-SU", D(2022, 6, 21), D(2022, 9, 22), Granularity.SEASON),
            "summer 2022 (21 Jun – 22 Sep 2022)",
        ),
        (EventDate("2014", D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR), "2014"),
        (EventDate("192", D(1920, 1, 1), D(1929, 12, 31), Granularity.DECADE), "the 1920s"),
        (EventDate("18", D(1800, 1, 1), D(1899, 12, 31), Granularity.CENTURY), "the 19th century"),
        (
            EventDate("2014", D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR, "APPROX"),
            "about 2014",
        ),
        (
            EventDate("2022-09", D(2022, 9, 1), D(2022, 9, 30), Granularity.MONTH, "START"),
            "early September 2022",
        ),
        (
            EventDate("2022-09", D(2022, 9, 1), D(2022, 9, 30), Granularity.MONTH, "MID"),
            "mid-September 2022",
        ),
        (EventDate("2022", D(2022, 1, 1), D(2022, 12, 31), Granularity.YEAR, "ODD"), "2022 (odd)"),
        (
            EventDate("200", D(2000, 1, 1), D(2009, 12, 31), Granularity.DECADE, "START"),
            "the early 2000s",
        ),
        (
            EventDate("18", D(1800, 1, 1), D(1899, 12, 31), Granularity.CENTURY, "MID"),
            "the mid-19th century",
        ),
        (None, "undated"),
    ],
    ids=[
        "day",
        "week",
        "week-across-years",
        "weekend",
        "month",
        "quarter",
        "season",
        "year",
        "decade",
        "century",
        "approx",
        "start",
        "mid",
        "unknown-mod",
        "early-decade",
        "mid-century",
        "undated",
    ],
)
def test_date_label(date: EventDate | None, label: str) -> None:
    assert date_label(date) == label


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("P10D", "10 days"),
        ("P1W", "1 week"),
        ("P2Y", "2 years"),
        ("PT3H", "3 hours"),
        ("P1.5Y", "1.5 years"),
        ("PXD", None),
        (None, None),
        ("", None),
    ],
    ids=["days", "week", "years", "hours", "fraction", "unknown", "none", "empty"],
)
def test_duration_label(value: str | None, words: str | None) -> None:
    assert duration_label(value) == words


@given(st.text(max_size=12))
def test_duration_label_never_raises(value: str) -> None:
    result = duration_label(value)
    assert result is None or result[0].isdigit()


@pytest.mark.parametrize(
    ("number", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (21, "21st"), (112, "112th")],
    ids=str,
)
def test_ordinal(number: int, text: str) -> None:
    assert ordinal(number) == text


def _mention(
    text: str,
    start: int,
    anchor: Anchor,
    first: dt.date,
    sentence: str,
    lang: str,
    granularity: Granularity = Granularity.DAY,
) -> Mention:
    timex = Timex(
        start,
        start + len(text),
        text,
        TimexType.DATE,
        first.isoformat(),
        anchor=anchor,
        granularity=granularity,
        first_day=first,
        last_day=first,
    )
    return Mention("doc", sentence, 0, len(sentence), lang, timex)


PUB = Published(D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12), PubMethod.TEXT, ("x",))


@pytest.mark.parametrize(
    ("mention", "note"),
    [
        (
            _mention(
                "on Tuesday", 10, Anchor.PUBLICATION, D(2022, 1, 11), "He spoke on Tuesday.", "en"
            ),
            "'on Tuesday' counted back from the publication date 2022-01-12",
        ),
        (
            _mention(
                "am Dienstag", 9, Anchor.PUBLICATION, D(2022, 1, 11), "Er sprach am Dienstag.", "de"
            ),
            "'am Dienstag' counted back from the publication date 2022-01-12",
        ),
        (
            _mention("besok", 10, Anchor.PUBLICATION, D(2022, 1, 13), "Dia datang besok.", "id"),
            "'besok' counted forward from the publication date 2022-01-12",
        ),
        (
            _mention(
                "hari ini", 10, Anchor.PUBLICATION, D(2022, 1, 12), "Dia datang hari ini.", "id"
            ),
            "'hari ini' is the publication date 2022-01-12",
        ),
        (
            _mention(
                "in zwei Tagen",
                5,
                Anchor.REPORTED_SPEECH,
                D(2022, 1, 13),
                "Abzug in zwei Tagen.",
                "de",
            ),
            "'in zwei Tagen' counted from the day the words were spoken",
        ),
        (
            _mention(
                "two days later",
                4,
                Anchor.PREVIOUS,
                D(2022, 1, 13),
                "And two days later they left.",
                "en",
            ),
            "'two days later' counted from the previous date in the narrative",
        ),
        (
            _mention(
                "10 January 2022",
                3,
                Anchor.ABSOLUTE,
                D(2022, 1, 10),
                "On 10 January 2022 they met.",
                "en",
            ),
            "'10 January 2022' stated in the text",
        ),
        (
            _mention(
                "10 de janeiro",
                3,
                Anchor.ABSOLUTE,
                D(2022, 1, 10),
                "Em 10 de janeiro reuniram-se.",
                "pt",
            ),
            "'10 de janeiro' read as 2022-01-10, the year from the calendar and context",
        ),
        (
            _mention("Monday", 400, Anchor.PUBLICATION, D(2022, 1, 10), "They met.", "en"),
            "'Monday' (in another sentence) counted back from the publication date 2022-01-12",
        ),
    ],
    ids=[
        "en-back",
        "de-back",
        "id-forward",
        "id-same-day",
        "de-speech",
        "en-previous",
        "en-absolute",
        "pt-year-from-context",
        "inherited",
    ],
)
def test_resolution_note(mention: Mention, note: str) -> None:
    assert resolution_note(mention, PUB) == note


def test_resolution_note_without_expression() -> None:
    mention = Mention("doc", "Sie waren wütend.", 0, 17, "de")
    assert resolution_note(mention, PUB) == "no date in or around this sentence"


@pytest.mark.parametrize(
    ("published", "label"),
    [
        (PUB, "2022-01-12 (inferred from its text: “x”)"),
        (
            Published(D(2022, 1, 12), D(2022, 1, 10), D(2022, 1, 14), PubMethod.CORPUS),
            "2022-01-12 (inferred from related articles; between 2022-01-10 and 2022-01-14)",
        ),
        (Published.unknown("no date evidence found"), "unknown (no date evidence found)"),
        (
            Published(D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12), PubMethod.GIVEN, ("given",)),
            "2022-01-12 (given)",
        ),
    ],
    ids=["text", "corpus-bounds", "unknown", "given-not-repeated"],
)
def test_published_label(published: Published, label: str) -> None:
    assert published_label(published) == label
