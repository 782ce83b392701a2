"""What ``pubdate`` reads from ``extract`` before any publication date is known."""

from __future__ import annotations

import pytest

from timeline.model import Granularity, Tense
from timeline.temporal import extract

CASES = [
    (
        "numeric",
        "id",
        "Jakarta - Banjir pada 17/10/2013 merendam kota.",
        "17/10/2013",
        {"year": 2013, "month": 10, "day": 17},
    ),
    (
        "dateline-id",
        "id",
        "Kamis (17/10/2013), hujan turun.",
        "Kamis (17/10/2013)",
        {"year": 2013, "month": 10, "day": 17, "weekday": 3},
    ),
    (
        "dateline-de",
        "de",
        "Berlin, 12. Januar 2022 - Die Regierung trat zurück.",
        "12. Januar 2022",
        {"year": 2022, "month": 1, "day": 12},
    ),
    (
        "weekday-month-day",
        "en",
        "Monday, March 3, the port reopened.",
        "Monday, March 3",
        {"year": None, "month": 3, "day": 3, "weekday": 0},
    ),
    (
        "past-weekday",
        "en",
        "The minister said on Tuesday it was over.",
        "Tuesday",
        {"weekday": 1, "tense": Tense.PAST},
    ),
    (
        "past-weekday-de",
        "de",
        "Der Minister sagte am Dienstag, es sei vorbei.",
        "Dienstag",
        {"weekday": 1, "tense": Tense.PAST},
    ),
    (
        "yesterday",
        "en",
        "The strike ended yesterday.",
        "yesterday",
        {"unit": Granularity.DAY, "offset": -1},
    ),
    (
        "last-week",
        "en",
        "It rained last week.",
        "last week",
        {"unit": Granularity.WEEK, "offset": -1},
    ),
    (
        "diese-woche",
        "de",
        "Es regnete diese Woche.",
        "diese Woche",
        {"unit": Granularity.WEEK, "offset": 0},
    ),
    (
        "minggu-ini",
        "id",
        "Hujan turun minggu ini.",
        "minggu ini",
        {"unit": Granularity.WEEK, "offset": 0},
    ),
    ("kemarin", "id", "Hujan turun kemarin.", "kemarin", {"unit": Granularity.DAY, "offset": -1}),
    ("ontem", "pt", "Choveu ontem.", "ontem", {"unit": Granularity.DAY, "offset": -1}),
    ("gestern", "de", "Es regnete gestern.", "gestern", {"unit": Granularity.DAY, "offset": -1}),
]


@pytest.mark.parametrize(
    ("lang", "text", "span", "fields"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_expression_fields(lang: str, text: str, span: str, fields: dict[str, object]) -> None:
    found = {e.text: e for e in extract(text, lang)}
    assert span in found, list(found)
    expression = found[span]
    assert {k: getattr(expression, k) for k in fields} == fields
    assert text[expression.start : expression.end] == span
    assert expression.rule.startswith(lang + ".")
