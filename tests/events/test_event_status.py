"""Planned or occurred, from cue words in several languages, tense and dates; background."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.event_lexicon import lexicon
from timeline.model import EventDate, Granularity, Status, Tense
from timeline.status import event_status, is_background

PUBLISHED = dt.date(2019, 3, 14)


def day(iso: str, granularity: Granularity = Granularity.DAY, last: str | None = None) -> EventDate:
    first = dt.date.fromisoformat(iso)
    return EventDate(iso, first, dt.date.fromisoformat(last) if last else first, granularity)


@pytest.mark.parametrize(
    ("lang", "clause", "date", "tense", "expected"),
    [
        pytest.param(
            "en",
            "Repairs will begin on March 25",
            day("2019-03-25"),
            Tense.UNKNOWN,
            Status.PLANNED,
            id="en-will-future",
        ),
        pytest.param(
            "en",
            "The bridge collapsed on Tuesday",
            day("2019-03-12"),
            Tense.PAST,
            Status.OCCURRED,
            id="en-past",
        ),
        pytest.param(
            "en",
            "Troops are expected to start leaving on Thursday",
            day("2019-03-14"),
            Tense.UNKNOWN,
            Status.PLANNED,
            id="en-expected-today",
        ),
        pytest.param(
            "en",
            "On Monday the minister said talks will resume",
            day("2019-03-11"),
            Tense.UNKNOWN,
            Status.OCCURRED,
            id="en-cue-but-past-day",
        ),
        pytest.param(
            "en",
            "The vote takes place on Friday",
            day("2019-03-15"),
            Tense.PRESENT,
            Status.PLANNED,
            id="en-date-after-publication",
        ),
        pytest.param(
            "de",
            "Die Reparaturarbeiten sollen am 25. März beginnen",
            day("2019-03-25"),
            Tense.UNKNOWN,
            Status.PLANNED,
            id="de-sollen",
        ),
        pytest.param(
            "de",
            "Die Brücke ist am Dienstag eingestürzt",
            day("2019-03-12"),
            Tense.PAST,
            Status.OCCURRED,
            id="de-past",
        ),
        pytest.param(
            "id",
            "Perbaikan jembatan akan dimulai pada 25 Maret",
            None,
            Tense.UNKNOWN,
            Status.PLANNED,
            id="id-akan-undated",
        ),
        pytest.param(
            "id",
            "Jembatan itu runtuh pada Selasa",
            day("2019-03-12"),
            Tense.UNKNOWN,
            Status.OCCURRED,
            id="id-past",
        ),
        pytest.param(
            "pt",
            "As obras vão começar em 25 de março",
            None,
            Tense.UNKNOWN,
            Status.PLANNED,
            id="pt-vai",
        ),
        pytest.param(
            "pt",
            "A retirada deverá durar dez dias",
            None,
            Tense.UNKNOWN,
            Status.PLANNED,
            id="pt-devera",
        ),
        pytest.param(
            "es",
            "El gobierno presentará las reformas",
            None,
            Tense.UNKNOWN,
            Status.PLANNED,
            id="es-future",
        ),
        pytest.param(
            "en", "Ministers met in Lima", None, Tense.FUTURE, Status.PLANNED, id="future-tense"
        ),
    ],
)
def test_status(
    lang: str, clause: str, date: EventDate | None, tense: Tense, expected: Status
) -> None:
    assert event_status(clause, date, PUBLISHED, tense, lexicon(lang)) is expected


def test_without_publication_date_only_words_decide() -> None:
    assert (
        event_status("The bridge collapsed", day("2030-01-01"), None, Tense.PAST, lexicon("en"))
        is Status.OCCURRED
    )


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param(day("2016-01-01", Granularity.YEAR, "2016-12-31"), True, id="years-before"),
        pytest.param(day("1990-01-01", Granularity.DECADE, "1999-12-31"), True, id="decade"),
        pytest.param(day("2019-01-01", Granularity.YEAR, "2019-12-31"), False, id="own-year"),
        pytest.param(day("2018-12-01", Granularity.MONTH, "2018-12-31"), False, id="months-before"),
        pytest.param(day("2019-03-12"), False, id="same-week"),
        pytest.param(
            day("2001-01-01", Granularity.CENTURY, "2100-12-31"), True, id="century-around"
        ),
        pytest.param(
            day("2010-01-01", Granularity.DECADE, "2019-12-31"), False, id="decade-around"
        ),
        pytest.param(None, False, id="undated"),
    ],
)
def test_background(date: EventDate | None, expected: bool) -> None:
    assert is_background(date, PUBLISHED) is expected
