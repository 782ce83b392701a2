"""Which earlier date a month without its year takes its year from, in a story told far from its
publication: the year the narrative stated ("The war ended in 1945. In September..." is
September 1945, not the September nearest to 1 January 1945), but never a target year after
publication for what was told in the past ("expected by 2010 ... reported by the end of
September" is the September before publication). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2005, 11, 16)

YEAR_ANCHOR = [
    ("en", "The war ended in 1945. In September, the troops returned home.", "September"),
    ("de", "Der Krieg endete 1945. Im September kehrten die Truppen heim.", "September"),
    ("pt", "A guerra acabou em 1945. Em setembro, as tropas voltaram.", "setembro"),
    ("es", "La guerra terminó en 1945. En septiembre, las tropas volvieron.", "septiembre"),
]


@pytest.mark.parametrize(("lang", "text", "month"), YEAR_ANCHOR, ids=[c[0] for c in YEAR_ANCHOR])
def test_a_month_takes_the_year_the_narrative_stated(lang: str, text: str, month: str) -> None:
    check_values(text, lang, DCT, {month: "1945-09"})


TARGET_AFTER_PUBLICATION = [
    (
        "en",
        "The number is expected to exceed 100 million by 2010.\n\n"
        "China reported a rate of 4.2 percent by the end of September.",
        "the end of September",
    ),
    (
        "de",
        "Die Zahl soll bis 2010 auf 100 Millionen steigen.\n\n"
        "China meldete Ende September eine Quote von 4,2 Prozent.",
        "Ende September",
    ),
    (
        "pt",
        "A meta é chegar a 100 milhões até 2010.\n\n"
        "A China registou uma taxa de 4,2 por cento no fim de setembro.",
        "fim de setembro",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    TARGET_AFTER_PUBLICATION,
    ids=[c[0] for c in TARGET_AFTER_PUBLICATION],
)
def test_a_past_month_never_anchors_on_a_later_target(lang: str, text: str, phrase: str) -> None:
    check_values(text, lang, DCT, {phrase: "2005-09"})
