"""A shift told twice with its unit once ("this week or next", "this or next week", "dieses
oder nächstes Jahr"): the bare shift word takes its partner's unit; texts written for these
tests, publication date Wed 2022-01-12 (ISO week 2022-W02). Portuguese puts an article before
the bare word ("este ano ou o próximo"), which this step does not read."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

CASES = [
    ("en-unit-first", "en", "Could we talk this week or next?",
     {"this week": "2022-W02", "next": "2022-W03"}),
    ("en-unit-first-year", "en", "Sales rise this year or next, it said.",
     {"this year": "2022", "next": "2023"}),
    ("en-unit-last", "en", "Maybe this or next week.",
     {"this": "2022-W02", "next week": "2022-W03"}),
    ("en-past", "en", "Was it last week or this?", {"last week": "2022-W01", "this": "2022-W02"}),
    ("en-weekday-after", "en", "We meet this week or next Monday.",
     {"this week": "2022-W02", "next Monday": "2022-01-17", "next": None}),
    ("en-idiom-after", "en", "Sales this year and next to none.", {"next": None}),
    ("de-unit-last", "de", "Wir sprechen dieses oder nächstes Jahr.",
     {"dieses": "2022", "nächstes Jahr": "2023"}),
    ("de-unit-first", "de", "Vielleicht letzte Woche oder diese.",
     {"letzte Woche": "2022-W01", "diese": "2022-W02"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bare_shift_takes_its_partners_unit(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    check_values(text, lang, DCT, expected)  # type: ignore[arg-type]


_WORDS = ["this", "next", "last", "week", "year", "or", "and", ",", "Monday", "to", "?", "5"]


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from(["en", "de"]))
def test_shift_words_in_any_order_tag_cleanly(words: list[str], lang: str) -> None:
    text = " ".join(words)
    for t in tag(text, lang, DCT):
        assert text[t.start : t.end] == t.text
