"""English news conventions (second pass): short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged
from timeline.model import Tense, TimexType
from timeline.temporal import extract, tag

DCT = dt.date(2022, 1, 12)  # Wednesday, 2022-W02

VALUES = [
    # a weekday named on its own day of publication is that day, whatever the tense
    ("weekday-is-today-past", "The mayor resigned Wednesday.", {"Wednesday": "2022-01-12"}),
    ("weekday-is-today-future", "The council will vote Wednesday.", {"Wednesday": "2022-01-12"}),
    ("next-weekday-not-today", "They meet next Wednesday.", {"next Wednesday": "2022-01-19"}),
    # without a tense cue, a near tie goes to the past (news reports what happened)
    (
        "untensed-weekday-leans-past",
        "Shares bought from Jan. 3 to Saturday.",
        {"Saturday": "2022-01-08"},
    ),
    ("past-perfect-plan", "The offer had been due to expire Friday.", {"Friday": "2022-01-07"}),
    ("planning-is-future", "Crews were planning to return on Monday.", {"Monday": "2022-01-17"}),
    (
        "capitalised-ed-name",
        "The envoy will visit the United States on Monday.",
        {"Monday": "2022-01-17"},
    ),
    (
        "today-nowadays",
        "India, today an opponent of the pact, signed it in 1990.",
        {"today": "PRESENT_REF"},
    ),
    ("today-is-nowadays", "The port is today one of the busiest.", {"today": "PRESENT_REF"}),
    ("today-the-day", "The port reopened today, officials said.", {"today": "2022-01-12"}),
    ("year-ended", "Profit for the year ended Sept. 30 rose.", {"the year": "P1Y"}),
    (
        "fiscal-year-ending",
        "Sales in the fiscal year ending in June fell.",
        {"the fiscal year": "P1Y"},
    ),
    ("for-the-year", "Sales for the year were flat.", {"the year": "2022"}),
    ("full-year", "The firm expects growth for the full year.", {"the full year": "2022"}),
    ("soon", "Talks will resume soon.", {"soon": "FUTURE_REF"}),
    ("several-years-ago", "The mill closed several years ago.", {"several years ago": "PAST_REF"}),
    (
        "fiscal-year-beside-quarter",
        "Profit rose in the third quarter. For the fiscal year, sales fell.",
        {"the fiscal year": "2022"},
    ),
    (
        "rate-not-duration",
        "The plant saves $2 million a year and the trial lasts a week.",
        {"a year": None, "a week": "P1W"},
    ),
    ("eve-of-event", "On the eve of the summit, talks failed.", {"the eve": None}),
    ("last-may", "The presidents signed the treaty last May in Kyiv.", {"May": "2021-05"}),
    ("month-two-ahead-past", "The firm changed its fiscal year in March.", {"March": "2021-03"}),
    (
        "next-month-overrules",
        "The firm changed its fiscal year in February.",
        {"February": "2022-02"},
    ),
    (
        "governing-verb-first",
        "Flights will double by August, untouched by the crisis.",
        {"August": "2022-08"},
    ),
    (
        "plan-after-publication",
        "The treaty was signed in July 2021. The states will join on March 12.",
        {"March 12": "2022-03-12"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_news_values(text: str, expected: dict[str, str | None]) -> None:
    check_values(text, "en", DCT, expected)


def test_as_soon_as_is_no_date() -> None:
    assert "soon" not in tagged("Leave as soon as you can.", "en", DCT)


def test_vague_ago_in_portuguese() -> None:
    found = tagged("A fábrica fechou há alguns anos.", "pt", DCT)
    assert found["há alguns anos"].value == "PAST_REF"
    assert found["há alguns anos"].type is TimexType.DATE


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Harbour Profit Rose In The Third Quarter On Lower Taxes", "en", "Third Quarter"),
        ('Baker said on ABC\'s "This Week" that talks go on.', "en", "This Week"),
        ("Lucro Subiu no Terceiro Trimestre Devido a Impostos", "pt", "Terceiro Trimestre"),
        ("Laba Naik Pada Kuartal Ketiga Berkat Pajak", "id", "Kuartal Ketiga"),
    ],
    ids=["en-headline", "en-programme", "pt-headline", "id-headline"],
)
def test_title_case_headlines_and_names_are_not_dates(text: str, lang: str, words: str) -> None:
    assert not [t for t in tagged(text, lang, DCT).values() if words in t.text]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Four days later, the rebels left.", "en", "Four days"),
        ("Vier Tage später zogen die Rebellen ab.", "de", "Vier Tage"),
        ("In der Sieben-Tage-Schlacht fiel die Stadt.", "de", "Sieben-Tage"),
    ],
    ids=["en-sentence-start", "de-nouns", "de-compound"],
)
def test_capitals_of_sentence_starts_and_nouns_are_kept(text: str, lang: str, span: str) -> None:
    assert any(span in t.text for t in tagged(text, lang, DCT).values())


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "Oil fell on Tuesday, November 18, 2014, and prices will fall again.",
            "en",
            "Tuesday, November 18, 2014",
        ),
        (
            "Harga minyak turun pada Selasa (18/11/2014), dan akan terus melemah.",
            "id",
            "Selasa (18/11/2014)",
        ),
        (
            "O petróleo caiu em 18 de novembro de 2014, e o preço vai cair mais.",
            "pt",
            "18 de novembro de 2014",
        ),
    ],
    ids=["en", "id", "pt"],
)
def test_full_date_takes_no_tense_from_a_later_clause(text: str, lang: str, span: str) -> None:
    found = {e.text: e for e in extract(text, lang)}
    assert found[span].tense is not Tense.FUTURE


@pytest.mark.parametrize(
    ("text", "lang", "dateline"),
    [
        ("Harbour Daily\n01/12/22\nThe port reopened on 01/12/22.", "en", "01/12/22"),
        ("Jornal do Porto\n12/01/22\nO porto reabriu.", "pt", "12/01/22"),
        ("Harian Kota\n12/01/2022\nPelabuhan dibuka.", "id", "12/01/2022"),
    ],
    ids=["en", "pt", "id"],
)
def test_dateline_restating_the_publication_date_dates_no_event(
    text: str, lang: str, dateline: str
) -> None:
    found = tag(text, lang, DCT)
    line_start = text.index(dateline)
    assert all(t.start != line_start for t in found)
    assert any(e.start == line_start for e in extract(text, lang))  # pubdate still sees it


def test_dateline_of_another_day_is_kept() -> None:
    found = tagged("Harbour Daily\n01/10/22\nThe port reopened.", "en", DCT)
    assert found["01/10/22"].value == "2022-01-10"
