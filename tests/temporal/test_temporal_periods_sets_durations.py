"""Periods, sets and durations (sixth pass): periods named by their unit alone ("partner of the
month", "the same week", "earlier in the week"), months and years in figures or words ("2015-12",
"April of 87", "in two thousand and fifteen"), decades in words, the weeks of a named month, a
holiday's weekend, sets of a step or a part of the day, nights and quarters as durations. Texts
written for these tests in en, de and pt; publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values, tagged
from timeline.temporal.mixed_fractions import mixed_duration
from timeline.temporal.month_weeks import week_day_of_month

DCT = dt.date(2022, 1, 12)  # a Wednesday

PERIODS = [
    # (id, lang, text, {timex text: value})
    ("en-of-the-month", "en", "She was named employee of the month.", {"the month": "2022-01"}),
    ("en-in-the-week", "en", "Show me the sales in the week.", {"the week": "2022-W02"}),
    ("en-for-the-month", "en", "He is away for the month.", {"the month": "2022-01"}),
    ("en-same-week", "en", "They met the same week.", {"the same week": "2022-W02"}),
    ("en-that-weekend", "en", "Nobody was there that weekend.", {"that weekend": "2022-W01-WE"}),
    ("en-earlier-in-week", "en", "Prices fell earlier in the week.",
     {"earlier in the week": "2022-W02"}),
    ("en-later-in-year", "en", "The plant opens later in the year.", {"later in the year": "2022"}),
    ("en-week-after-next", "en", "The vote is the week after next.",
     {"the week after next": "2022-W04"}),
    ("en-end-of-month", "en", "Rent is due end of month.", {"month": "2022-01"}),
    ("en-end-of-the-week", "en", "Results come by the end of the week.",
     {"the end of the week": "2022-W02"}),
    ("en-eoy", "en", "The deal closes by EOY.", {"EOY": "2022"}),
    ("en-past-quarter", "en", "Sales for past quarter fell.", {"past quarter": "2021-Q4"}),
    ("en-q-alone", "en", "Q3 sales will rise.", {"Q3": "2022-Q3"}),
    ("en-year-to-date", "en", "The stock is down 9% in the year to date.",
     {"the year to date": "2022"}),
    ("en-the-past-year", "en", "Hate groups grew over the past year.", {"the past year": "2021"}),
    ("en-the-past-month", "en", "Prices fell in the past month.", {"the past month": "2021-12"}),
    ("en-that-quarter", "en", "Results for that quarter fell.", {"that quarter": "2022-Q1"}),
    ("en-nineteen-before-name", "en", "In nineteen ninety-one Charles Keating was convicted.",
     {"nineteen ninety-one": "1991"}),
    ("en-calendar-year", "en", "It ends this calendar year.", {"this calendar year": "2022"}),
    ("en-working-week", "en", "It will happen this working week.",
     {"this working week": "2022-W02"}),
    ("en-next-workweek", "en", "We ship next workweek.", {"next workweek": "2022-W03"}),
    ("de-arbeitswoche", "de", "Es passiert nächste Arbeitswoche.",
     {"nächste Arbeitswoche": "2022-W03"}),
    ("de-same-year", "de", "Im selben Jahr fiel die Mauer.", {"selben Jahr": "2022"}),
    ("de-same-week", "de", "Er kam in derselben Woche.", {"derselben Woche": "2022-W02"}),
    ("pt-same-year", "pt", "No mesmo ano ele voltou.", {"mesmo ano": "2022"}),
    ("pt-same-week", "pt", "Ela chegou na mesma semana.", {"mesma semana": "2022-W02"}),
]  # fmt: skip

MONTHS_AND_YEARS = [
    ("en-year-dash-month", "en", "Prices in 2015-12 were high.", {"2015-12": "2015-12"}),
    ("en-year-dash-one-digit", "en", "It closed in 2015-3.", {"2015-3": "2015-03"}),
    ("en-month-dash-year", "en", "Figures for 12-2015 are out.", {"12-2015": "2015-12"}),
    ("en-year-then-month", "en", "We moved in 2017 april.", {"2017 april": "2017-04"}),
    ("en-month-of-short-year", "en", "He was born in April of 87.", {"April of 87": "1987-04"}),
    ("en-month-apostrophe-year", "en", "It was built in June '99.", {"June '99": "1999-06"}),
    ("en-month-year-words", "en", "They wed in October two thousand and five.",
     {"October two thousand and five": "2005-10"}),
    ("en-year-words", "en", "They left in two thousand and fifteen.",
     {"two thousand and fifteen": "2015"}),
    ("en-nineteen-words", "en", "Atlanta, nineteen ninety-six.", {"nineteen ninety-six": "1996"}),
    ("en-lower-month-after", "en", "Maybe we can leave after feb.", {"feb.": "2022-02"}),
    ("en-lower-may-at-end", "en", "It may be in may.", {"may": "2022-05"}),
    ("en-abbreviated-month-in", "en", "Prices fell in Dec, then rose.", {"Dec": "2021-12"}),
    ("en-abbreviated-month-dot", "en", "In Jan. the farm opens.", {"Jan.": "2022-01"}),
    ("pt-year-dash-month", "pt", "Em 2015-12 os preços subiram.", {"2015-12": "2015-12"}),
    ("pt-month-slash-year", "pt", "A edição 12/2015 saiu.", {"12/2015": "2015-12"}),
    ("de-month-slash-year", "de", "Die Ausgabe 3/2016 erschien.", {"3/2016": "2016-03"}),
]  # fmt: skip

DECADES = [
    ("en-nineties", "en", "Who led in the nineties?", {"the nineties": "199"}),
    ("en-nineteen-eighties", "en", "Music of the nineteen-eighties.",
     {"the nineteen-eighties": "198"}),
    ("en-spaced-s", "en", "Cars of the 1990 s were slow.", {"the 1990 s": "199"}),
    ("en-short-spaced-s", "en", "Who ruled in 90 s?", {"90 s": "199"}),
    ("de-neunzigern", "de", "In den Neunzigern wuchs die Stadt.", {"den Neunzigern": "199"}),
    ("de-zwanziger-jahre", "de", "In den zwanziger Jahren kam der Jazz.",
     {"den zwanziger Jahren": "192"}),
    ("pt-anos-noventa", "pt", "Isso aconteceu nos anos noventa.", {"anos noventa": "199"}),
]  # fmt: skip

WEEKS_OF_MONTHS = [
    ("en-first-week-year", "en", "How about the first week of Jan 2015?",
     {"first week of Jan 2015": "2015-W01"}),
    ("en-third-week", "en", "We meet in the 3rd week of March.", {"3rd week of March": "2022-W11"}),
    ("en-last-week-dec", "en", "They left the last week of Dec 2016.",
     {"last week of Dec 2016": "2016-W52"}),
    ("en-week-beginning", "en", "Book the week beginning February 4.",
     {"week beginning February 4": "2022-W05"}),
    ("en-w-c", "en", "Please plan for w/c Feb 7.", {"w/c Feb 7": "2022-W06"}),
    ("de-first-compound", "de", "In der ersten Januarwoche 2015 schneite es.",
     {"ersten Januarwoche 2015": "2015-W01"}),
    ("de-last-week-in-july", "de", "In der letzten Woche im Juli 2016 war es heiß.",
     {"letzten Woche im Juli 2016": "2016-W30"}),
    ("pt-first-week", "pt", "Na primeira semana de janeiro de 2015 choveu.",
     {"primeira semana de janeiro de 2015": "2015-W01"}),
    ("pt-last-week", "pt", "Na última semana de julho de 2017 fez calor.",
     {"última semana de julho de 2017": "2017-W30"}),
]  # fmt: skip

HOLIDAY_WEEKENDS = [
    ("en-labor-day", "en", "Traffic peaked on Labor Day weekend 2021.",
     {"Labor Day weekend": None, "Labor Day weekend 2021": "2021-W35-WE"}),
    ("en-weekend-of-halloween", "en", "The weekend of Halloween 2021 was cold.",
     {"weekend of Halloween 2021": "2021-W43-WE"}),
    ("en-thanksgiving", "en", "Stores opened Thanksgiving weekend, 2023.",
     {"Thanksgiving weekend, 2023": "2023-W47-WE"}),
    ("pt-carnaval", "pt", "No fim de semana do Carnaval de 2020 choveu.",
     {"fim de semana do Carnaval de 2020": "2020-W08-WE"}),
    ("pt-pascoa", "pt", "No fim de semana de Páscoa de 2021 viajamos.",
     {"fim de semana de Páscoa de 2021": "2021-W13-WE"}),
]  # fmt: skip

SETS = [
    ("en-every-other-day", "en", "He runs every other day.", {"every other day": "P2D"}),
    ("en-every-two-weeks", "en", "The board meets every two weeks.", {"every two weeks": "P2W"}),
    ("en-every-morning", "en", "We run every morning.", {"every morning": "XXXX-XX-XXTMO"}),
    ("en-weekends", "en", "Dinner with mom weekends.", {"weekends": "P1WE"}),
    ("en-everyday-adverb", "en", "I leave everyday.", {"everyday": "P1D"}),
    ("en-quarterly-adverb", "en", "Plan a trip quarterly.", {"quarterly": "P3M"}),
    ("en-semi-annually", "en", "Reports are filed semi-annually.", {"semi-annually": "P0.5Y"}),
    ("en-bi-monthly", "en", "The club meets bi-monthly.", {"bi-monthly": "P2M"}),
    ("en-day-of-every-month", "en", "Pay the bill on the 19th of every month.",
     {"the 19th of every month": "XXXX-XX-19"}),
    ("en-every-other-friday", "en", "Every other Friday we swim.",
     {"Every other Friday": "XXXX-WXX-5"}),
    ("en-plural-weekday-dotted-clock", "en", "Lessons on Thursdays at 17.30 here.",
     {"Thursdays at 17.30": "XXXX-WXX-4T17:30"}),
    ("en-hourly", "en", "Average hourly earnings rose.", {"hourly": "PT1H"}),
    ("de-stuendlich", "de", "Der Bus fährt stündlich.", {"stündlich": "PT1H"}),
    ("de-alle-zwei-wochen", "de", "Er kommt alle zwei Wochen.", {"alle zwei Wochen": "P2W"}),
    ("de-jeden-zweiten-tag", "de", "Sie läuft jeden zweiten Tag.", {"jeden zweiten Tag": "P2D"}),
    ("de-jeden-morgen", "de", "Er joggt jeden Morgen.", {"jeden Morgen": "XXXX-XX-XXTMO"}),
    ("pt-a-cada-dois-dias", "pt", "Ele vem a cada dois dias.", {"a cada dois dias": "P2D"}),
    ("pt-todas-as-manhas", "pt", "Ela corre todas as manhãs.",
     {"todas as manhãs": "XXXX-XX-XXTMO"}),
]  # fmt: skip

DURATIONS = [
    ("en-two-nights", "en", "Book a room for two nights.", {"two nights": "P2D"}),
    ("en-for-one-night", "en", "Book a room for 1 night.", {"1 night": "P1D"}),
    ("en-year-and-quarter", "en", "He took one year and a quarter off.",
     {"one year and a quarter": "P1.25Y"}),
    ("en-and-a-quarter-year", "en", "A one and a quarter year gap.",
     {"one and a quarter year": "P1.25Y"}),
    ("en-another-week", "en", "I'll stay for another week.", {"another week": "P1W"}),
    ("en-an-additional-year", "en", "The loan may run for an additional year.",
     {"an additional year": "P1Y"}),
    ("pt-mais-um-ano", "pt", "O contrato vale por mais um ano.", {"um ano": "P1Y"}),
    ("en-mixed-half-years", "en", "They lived in camps for 2 1/2 years.", {"2 1/2 years": "P2Y6M"}),
    ("en-mixed-half-hours", "en", "She spent 5 1/2 hours there.", {"5 1/2 hours": "PT5H30M"}),
    ("en-mixed-glued", "en", "The flight takes 4½ hours.", {"4½ hours": "PT4H30M"}),
    ("en-mixed-quarter-days", "en", "It lasted 3 3/4 days.", {"3 3/4 days": "P3DT18H"}),
    ("en-mixed-weeks-decimal", "en", "It took 2 1/2 weeks.", {"2 1/2 weeks": "P2.5W"}),
    ("en-decades-long", "en", "A decades-long feud ended.", {"decades-long": "PXY"}),
    ("de-jahrelang", "de", "Der Streit dauerte jahrelang.", {"jahrelang": "PXY"}),
    ("en-business-days", "en", "They must reply within five business days.",
     {"five business days": "P5D"}),
    ("en-several-quarters", "en", "It gained after several quarters of losses.",
     {"several quarters": "PXQ"}),
    ("en-weeks-ahead", "en", "Funds may sell in the weeks ahead.", {"the weeks ahead": "PXW"}),
    ("de-werktage", "de", "Die Frist beträgt fünf Werktage.", {"fünf Werktage": "P5D"}),
    ("pt-dias-uteis", "pt", "O prazo é de cinco dias úteis.", {"cinco dias": "P5D"}),
    ("de-mixed-half-years", "de", "Er blieb 2 1/2 Jahre.", {"2 1/2 Jahre": "P2Y6M"}),
    ("de-zwei-naechte", "de", "Er blieb zwei Nächte.", {"zwei Nächte": "P2D"}),
    ("pt-duas-noites", "pt", "Ele ficou duas noites.", {"duas noites": "P2D"}),
    ("pt-ano-e-um-quarto", "pt", "Durou um ano e um quarto.", {"um ano e um quarto": "P1.25Y"}),
]  # fmt: skip

CASES = PERIODS + MONTHS_AND_YEARS + DECADES + WEEKS_OF_MONTHS + HOLIDAY_WEEKENDS + SETS + DURATIONS


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_periods_sets_and_durations(lang: str, text: str, expected: dict[str, str | None]) -> None:
    check_values(text, lang, DCT, expected)


NOT_THESE = [
    # (id, lang, text, a timex text that must not be found)
    ("en-two-seasons", "en", "The 2011-12 season was bad.", "2011-12"),
    ("en-for-the-week", "en", "For the week, the index fell.", "the week"),
    ("en-month-of-may", "en", "He is away for the month of May.", "the month"),
    ("en-age-nineties", "en", "She is in her nineties.", "nineties"),
    ("en-modal-may", "en", "People in may not agree.", "may"),
    ("en-count-words", "en", "In October, two thousand and five people came.",
     "October, two thousand and five"),
    ("en-everyday-adjective", "en", "Everyday life is hard.", "Everyday"),
    ("en-quarterly-adjective", "en", "The quarterly dividend was cut.", "quarterly"),
    ("en-night-rate", "en", "Rooms cost $50 a night.", "a night"),
    ("en-one-night-vague", "en", "One night, soldiers came.", "One night"),
    ("en-nights-later", "en", "Two nights later they left.", "Two nights"),
    ("en-three-quarters-of", "en", "Three quarters of voters agreed.", "Three quarters"),
    ("en-trading-days-after", "en", "Eight trading days after Oct. 12 it fell.",
     "Eight trading days"),
    ("en-mar-del-plata", "en", "Riots broke out in Mar del Plata.", "Mar"),
    ("en-year-span", "en", "Sales fell in 2002-04 in Asia.", "2002-04"),
    ("en-days-of-the-week", "en", "Cars are banned on some days of the week.", "the week"),
    ("en-year-up-to", "en", "The balance in the year up to February was positive.", "the year"),
    ("pt-year-span", "pt", "As vendas caíram em 2002-04.", "2002-04"),
    ("en-stock-fractions", "en", "McCaw dropped 2 1/2 to 37 3/4.", "2 1/2"),
    ("de-age", "de", "Er ist ein Neunziger.", "Neunziger"),
    ("de-nights-later", "de", "Zwei Nächte darauf griffen sie an.", "Zwei Nächte"),
    ("pt-whole-night", "pt", "Choveu toda a noite.", "toda a noite"),
    ("pt-two-seasons", "pt", "A temporada 2011-12 foi ruim.", "2011-12"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span"), [n[1:] for n in NOT_THESE], ids=[n[0] for n in NOT_THESE]
)
def test_not_a_period_set_or_duration(lang: str, text: str, span: str) -> None:
    assert span not in tagged(text, lang, DCT)


@given(st.integers(1, 12), st.integers(1, 5), st.integers(1990, 2040))
def test_the_nth_week_of_a_month_has_four_of_its_days(month: int, nth: int, year: int) -> None:
    """The week a month's n-th week names holds at least four days of that month, and the
    first week is the first such week."""
    day = week_day_of_month(month, nth)
    if day is None:
        assert nth == 5
        return
    date = dt.date(year, month, day)
    monday = date - dt.timedelta(days=date.weekday())
    in_month = sum((monday + dt.timedelta(days=k)).month == month for k in range(7))
    assert in_month >= 4
    if nth == 1:
        before = monday - dt.timedelta(weeks=1)
        assert sum((before + dt.timedelta(days=k)).month == month for k in range(7)) < 4


@given(st.integers(1, 12), st.integers(1990, 2040))
def test_the_last_week_of_a_month_is_in_the_month(month: int, year: int) -> None:
    day = week_day_of_month(month, None)
    assert day is not None
    date = dt.date(year, month, day)
    monday = date - dt.timedelta(days=date.weekday())
    assert sum((monday + dt.timedelta(days=k)).month == month for k in range(7)) >= 4


_SECONDS = {"Y": 360 * 86400, "M": 30 * 86400, "D": 86400}
_CLOCK_SECONDS = {"H": 3600, "M": 60, "S": 1}
_PART = re.compile(r"(\d+)([A-Z])")


def _seconds(value: str) -> int:
    """Seconds of a whole-numbered duration (a year as 12 months of 30 days)."""
    date, _, clock = value[1:].partition("T")
    total = sum(int(n) * _SECONDS[u] for n, u in _PART.findall(date))
    return total + sum(int(n) * _CLOCK_SECONDS[u] for n, u in _PART.findall(clock))


@given(
    st.integers(0, 99),
    st.sampled_from([Fraction(1, 2), Fraction(1, 4), Fraction(3, 4)]),
    st.sampled_from(["year", "day", "hour", "minute"]),
)
def test_a_mixed_fraction_keeps_its_length(whole: int, fraction: Fraction, unit: str) -> None:
    """ "2 1/2 years" is 2 years and 6 months: the parts add up to the whole and the fraction."""
    value = mixed_duration(whole, fraction, unit)
    assert value is not None and "." not in value
    one = {"year": 360 * 86400, "day": 86400, "hour": 3600, "minute": 60}[unit]
    assert _seconds(value) == (whole + fraction) * one
