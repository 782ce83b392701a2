"""Dutch tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor, TimexType

LANG = "nl"
DCT = dt.date(2022, 1, 12)  # woensdag, 2022-W02

VALUES = [
    ("short-year", "Hij vertrok in juli '98.", {"juli '98": "1998-07"}),
    ("compound-number", "De termijn is vijfentwintig dagen.", {"vijfentwintig dagen": "P25D"}),
    ("month-year-dash", "Het rapport van dec-2018 is klaar.", {"dec-2018": "2018-12"}),
    (
        "past-weekday",
        "De burgemeester zei dinsdag dat de brug dicht blijft.",
        {"dinsdag": "2022-01-11"},
    ),
    ("future-weekday", "De raad zal dinsdag stemmen.", {"dinsdag": "2022-01-18"}),
    (
        "dateline",
        "Den Haag, 12 januari 2022. De regering is afgetreden.",
        {"12 januari 2022": "2022-01-12"},
    ),
    (
        "weekday-day-month",
        "Op maandag 10 januari ging de haven weer open.",
        {"maandag 10 januari": "2022-01-10"},
    ),
    ("partial-date", "De verkiezing werd op 3 januari gehouden.", {"3 januari": "2022-01-03"}),
    ("ordinal-of", "De beurs opent op de 9e van mei 2023.", {"9e van mei 2023": "2023-05-09"}),
    ("numeric", "Het verdrag van 1-9-1939 hield geen stand.", {"1-9-1939": "1939-09-01"}),
    ("abbr-numeric", "Het verslag is gedateerd 23/sep/2020.", {"23/sep/2020": "2020-09-23"}),
    ("last-week", "Vorige week waren er overstromingen.", {"Vorige week": "2022-W01"}),
    ("this-week", "De scholen blijven deze week dicht.", {"deze week": "2022-W02"}),
    ("next-week", "De monteurs komen volgende week.", {"volgende week": "2022-W03"}),
    ("last-year", "Vorig jaar was de oogst goed.", {"Vorig jaar": "2021"}),
    ("this-year", "Dit jaar zijn er verkiezingen.", {"Dit jaar": "2022"}),
    ("yesterday", "De staking eindigde gisteren.", {"gisteren": "2022-01-11"}),
    ("day-before-yesterday", "Eergisteren viel er sneeuw.", {"Eergisteren": "2022-01-10"}),
    ("tomorrow", "De gesprekken gaan morgen verder.", {"morgen": "2022-01-13"}),
    (
        "tomorrow-morning-compound",
        "Morgenochtend gaan de stembureaus open.",
        {"Morgenochtend": "2022-01-13TMO"},
    ),
    ("this-evening-compound", "Vanavond spreekt de premier.", {"Vanavond": "2022-01-12TEV"}),
    ("last-evening-compound", "Gisteravond werd er geschoten.", {"Gisteravond": "2022-01-11TEV"}),
    (
        "weekday-evening-compound",
        "Zondagavond werd er geschoten.",
        {"Zondagavond": "2022-01-09TEV"},
    ),
    ("ago", "De stad werd 50 jaar geleden gesticht.", {"50 jaar geleden": "1972"}),
    ("over-future", "De troepen vertrekken over twee dagen.", {"over twee dagen": "2022-01-14"}),
    ("duration", "Het feest duurt tien dagen.", {"tien dagen": "P10D"}),
    (
        "duration-span",
        "De prijzen stegen de afgelopen drie maanden.",
        {"de afgelopen drie maanden": "P3M"},
    ),
    ("decade-words", "De molen stamt uit de jaren twintig.", {"de jaren twintig": "192"}),
    ("decade-apostrophe", "Het was de muziek van de jaren '90.", {"de jaren '90": "199"}),
    ("century", "Het is de ergste droogte van de 21e eeuw.", {"de 21e eeuw": "20"}),
    ("century-words", "In de negentiende eeuw groeide de stad.", {"de negentiende eeuw": "18"}),
    ("year", "De dam werd in 2014 gebouwd.", {"2014": "2014"}),
    ("month-year", "In september 1939 begon de oorlog.", {"september 1939": "1939-09"}),
    ("mod-start", "Begin 2021 vielen de rebellen aan.", {"Begin 2021": "2021"}),
    ("clock", "De aanval begon om 4.45 uur.", {"om 4.45 uur": "2022-01-12T04:45"}),
    (
        "clock-evening",
        "Het diner begint om 7 uur 's avonds.",
        {"om 7 uur 's avonds": "2022-01-12T19:00"},
    ),
    ("set", "De bussen rijden elke dag.", {"elke dag": "P1D"}),
    ("last-weekday", "Afgelopen dinsdag viel er sneeuw.", {"Afgelopen dinsdag": "2022-01-11"}),
    ("next-weekday", "Ze komen aanstaande vrijdag bijeen.", {"aanstaande vrijdag": "2022-01-14"}),
    ("this-season", "Deze zomer wordt het droog.", {"Deze zomer": "2022-SU"}),
    ("last-season", "Afgelopen winter was streng.", {"Afgelopen winter": "2021-WI"}),
    (
        "quarter",
        "De verkoop daalde in het derde kwartaal van 2021.",
        {"het derde kwartaal van 2021": "2021-Q3"},
    ),
    ("weekend", "Dit weekend is er markt.", {"Dit weekend": "2022-W02-WE"}),
    ("present-ref", "Momenteel zijn er geen vluchten.", {"Momenteel": "PRESENT_REF"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Op 3 januari waren er rellen. De dag ervoor was de politie gearriveerd.",
            {"De dag ervoor": "2022-01-02"},
        ),
        (
            "Het beleg begon op 4 juni 1940. De volgende dag viel de stad.",
            {"De volgende dag": "1940-06-05"},
        ),
        (
            "Het beleg begon op 4 juni 2020. Twee dagen later gaf het garnizoen zich over.",
            {"Twee dagen later": "2020-06-06"},
        ),
    ],
    ids=["dag-ervoor", "volgende-dag", "twee-dagen-later"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = "De troepen zullen binnen twee dagen vertrekken, zei Tokajev dinsdag."
    found = tagged(text, LANG, DCT)
    assert found["binnen twee dagen"].value == "2022-01-13"
    assert found["binnen twee dagen"].anchor is Anchor.REPORTED_SPEECH


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("Eind 2021 werd het brood duurder.", "Eind 2021", "END"),
        ("Half maart 2020 gingen de grenzen dicht.", "Half maart 2020", "MID"),
        ("Tot 15 maart blijft de jacht gesloten.", "15 maart", "BEFORE"),
        ("Sinds 3 januari zijn de scholen dicht.", "3 januari", "AFTER"),
    ],
    ids=["eind", "half", "tot", "sinds"],
)
def test_mods(text: str, span: str, mod: str) -> None:
    assert tagged(text, LANG, DCT)[span].mod == mod


NO_DATES = [
    ("procent", "De opkomst was 68 procent."),
    ("percent-sign", "De werkloosheid steeg tot 19%."),
    ("money", "De boete bedraagt 2014 euro."),
    ("people", "Zo'n 2000 mensen stonden op het plein."),
    ("s-morgens", "Hij werkt 's morgens thuis."),
    ("so-not-sunday", "Het was zo koud dat de rivier bevroor."),
    ("sum", "De uitkomst van 17 + 11 was fout."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    check_no_dates(text, LANG, DCT)


def test_types_of_durations_and_sets() -> None:
    found = tagged("Hij werkte drie jaar en komt elke week.", LANG, DCT)
    assert found["drie jaar"].type is TimexType.DURATION
    assert found["elke week"].type is TimexType.SET
