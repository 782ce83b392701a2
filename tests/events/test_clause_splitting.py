"""A sentence that tells two dated facts becomes two clauses; durations stay with their event."""

from __future__ import annotations

import pytest

from tests.events.event_builders import duration, timex
from timeline.clauses import split_clauses
from timeline.event_lexicon import lexicon


def clauses(
    lang: str, text: str, dates: list[tuple[str, str]], lasting: list[tuple[str, str]] = ()
) -> list[tuple[str, bool, int]]:
    found = split_clauses(
        text,
        0,
        len(text),
        [timex(text, phrase, value) for phrase, value in dates],
        [duration(text, phrase, value) for phrase, value in lasting],
        lexicon(lang),
    )
    return [(text[c.start : c.end].strip(" ,."), c.reporting, len(c.durations)) for c in found]


@pytest.mark.parametrize(
    ("lang", "text", "dates", "lasting", "expected"),
    [
        pytest.param(
            "en",
            "Troops will start leaving on Thursday, Okafor said on Tuesday.",
            [("Thursday", "2019-03-14"), ("Tuesday", "2019-03-12")],
            [],
            [
                ("Troops will start leaving on Thursday", False, 0),
                ("Okafor said on Tuesday", True, 0),
            ],
            id="en-frame",
        ),
        pytest.param(
            "de",
            "Die Arbeiten sollen am 25. März beginnen, sagte Herr Okafor am Dienstag.",
            [("25. März", "2019-03-25"), ("Dienstag", "2019-03-12")],
            [],
            [
                ("Die Arbeiten sollen am 25. März beginnen", False, 0),
                ("sagte Herr Okafor am Dienstag", True, 0),
            ],
            id="de-frame",
        ),
        pytest.param(
            "id",
            "Okafor mengatakan pada Selasa bahwa perbaikan akan dimulai pada 25 Maret.",
            [("Selasa", "2019-03-12"), ("25 Maret", "2019-03-25")],
            [],
            [
                ("Okafor mengatakan pada Selasa", True, 0),
                ("perbaikan akan dimulai pada 25 Maret", False, 0),
            ],
            id="id-bahwa",
        ),
        pytest.param(
            "en",
            "Repairs will begin on March 25 and are expected to last six weeks.",
            [("March 25", "2019-03-25")],
            [("six weeks", "P6W")],
            [("Repairs will begin on March 25 and are expected to last six weeks", False, 1)],
            id="en-duration-joins",
        ),
        pytest.param(
            "pt",
            "A retirada deve durar dez dias, e em setembro o governo apresenta reformas.",
            [("setembro", "2019-09-01")],
            [("dez dias", "P10D")],
            [
                ("A retirada deve durar dez dias", False, 1),
                ("em setembro o governo apresenta reformas", False, 0),
            ],
            id="pt-duration-alone",
        ),
        pytest.param(
            "en",
            "The bridge collapsed on Tuesday, March 12, after days of rain.",
            [("Tuesday, March 12", "2019-03-12")],
            [],
            [("The bridge collapsed on Tuesday, March 12, after days of rain", False, 0)],
            id="en-one-date",
        ),
        pytest.param(
            "en",
            "Crowds grew from 40,000 on Monday to 55,000 on Friday.",
            [("Monday", "2019-03-11"), ("Friday", "2019-03-15")],
            [],
            [("Crowds grew from 40,000 on Monday to 55,000 on Friday", False, 0)],
            id="en-no-cut-in-numbers",
        ),
    ],
)
def test_clauses(
    lang: str,
    text: str,
    dates: list[tuple[str, str]],
    lasting: list[tuple[str, str]],
    expected: list[tuple[str, bool, int]],
) -> None:
    assert clauses(lang, text, dates, lasting) == expected
