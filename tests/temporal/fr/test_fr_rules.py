"""French tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor, TimexType

LANG = "fr"
DCT = dt.date(2022, 1, 12)  # mercredi, 2022-W02

VALUES = [
    ("short-year", "Les grèves de mai 68 ont marqué le pays.", {"mai 68": "1968-05"}),
    ("compound-number", "Le délai est de vingt-cinq jours.", {"vingt-cinq jours": "P25D"}),
    (
        "conditional-speech",
        "Les troupes se retireraient dans deux jours, a annoncé Tokaïev le 11 janvier.",
        {"dans deux jours": "2022-01-13"},
    ),
    (
        "past-weekday",
        "Le maire a déclaré mardi que le pont restait fermé.",
        {"mardi": "2022-01-11"},
    ),
    ("future-weekday", "Le conseil votera mardi.", {"mardi": "2022-01-18"}),
    (
        "dateline",
        "Paris, 12 janvier 2022. Le gouvernement a démissionné.",
        {"12 janvier 2022": "2022-01-12"},
    ),
    (
        "weekday-day-month",
        "Le lundi 10 janvier, le port a rouvert.",
        {"lundi 10 janvier": "2022-01-10"},
    ),
    ("partial-date", "Le scrutin a eu lieu le 3 janvier.", {"3 janvier": "2022-01-03"}),
    ("premier", "La foire ouvre le 1er mai 2023.", {"1er mai 2023": "2023-05-01"}),
    ("numeric", "Le traité du 1/9/39 n'a pas duré.", {"1/9/39": "1939-09-01"}),
    ("abbr-numeric", "Le procès-verbal est daté du 23/sep/2020.", {"23/sep/2020": "2020-09-23"}),
    ("last-week", "La semaine dernière, il y a eu des crues.", {"La semaine dernière": "2022-W01"}),
    ("this-week", "Les écoles restent fermées cette semaine.", {"cette semaine": "2022-W02"}),
    (
        "next-week",
        "Les techniciens arriveront la semaine prochaine.",
        {"la semaine prochaine": "2022-W03"},
    ),
    ("last-year-elided", "L'an dernier, la récolte fut bonne.", {"L'an dernier": "2021"}),
    (
        "next-year-elided",
        "L’année prochaine, il y aura des élections.",
        {"L’année prochaine": "2023"},
    ),
    ("yesterday", "La grève s'est terminée hier.", {"hier": "2022-01-11"}),
    ("today-apostrophe", "Aujourd'hui, la frontière est fermée.", {"Aujourd'hui": "2022-01-12"}),
    ("day-before-yesterday", "Avant-hier, la neige est tombée.", {"Avant-hier": "2022-01-10"}),
    ("tomorrow", "Les discussions reprennent demain.", {"demain": "2022-01-13"}),
    (
        "tomorrow-morning",
        "Demain matin, les bureaux de vote ouvriront.",
        {"Demain matin": "2022-01-13TMO"},
    ),
    ("this-evening", "Ce soir, le président parlera.", {"Ce soir": "2022-01-12TEV"}),
    ("last-evening", "Hier soir, des coups de feu ont retenti.", {"Hier soir": "2022-01-11TEV"}),
    ("ago", "La ville a été fondée il y a 50 ans.", {"il y a 50 ans": "1972"}),
    ("ahead-future", "Les troupes partiront dans deux jours.", {"dans deux jours": "2022-01-14"}),
    ("duration", "La fête dure dix jours.", {"dix jours": "P10D"}),
    (
        "duration-span",
        "Les prix ont grimpé ces trois derniers mois.",
        {"ces trois derniers mois": "P3M"},
    ),
    ("decade-words", "Le moulin date des années vingt.", {"années vingt": "192"}),
    ("decade-digits", "C'était dans les années 1990.", {"les années 1990": "199"}),
    ("century-roman", "C'est la pire sécheresse du XXIe siècle.", {"XXIe siècle": "20"}),
    ("century-words", "Au vingtième siècle, tout a changé.", {"vingtième siècle": "19"}),
    ("year", "Le barrage a été construit en 2014.", {"2014": "2014"}),
    ("month-year", "En septembre 1939, la guerre a commencé.", {"septembre 1939": "1939-09"}),
    ("mod-start", "Début 2021, les rebelles ont attaqué.", {"Début 2021": "2021"}),
    ("mod-mid", "Mi-janvier 2020, la neige est arrivée.", {"Mi-janvier 2020": "2020-01"}),
    ("clock-h", "L'attaque a commencé à 4h45.", {"à 4h45": "2022-01-12T04:45"}),
    (
        "clock-soir",
        "Le dîner commence à 7 heures du soir.",
        {"à 7 heures du soir": "2022-01-12T19:00"},
    ),
    ("set", "Les bus partent tous les jours.", {"tous les jours": "P1D"}),
    ("last-weekday", "Mardi dernier, la neige est tombée.", {"Mardi dernier": "2022-01-11"}),
    ("next-weekday", "Ils se réuniront vendredi prochain.", {"vendredi prochain": "2022-01-14"}),
    ("this-season", "Cet été, il y aura une sécheresse.", {"Cet été": "2022-SU"}),
    ("last-season", "L'hiver dernier fut rude.", {"L'hiver dernier": "2021-WI"}),
    (
        "quarter",
        "Les ventes ont chuté au troisième trimestre 2021.",
        {"au troisième trimestre 2021": "2021-Q3"},
    ),
    ("weekend", "Ce week-end, le marché ouvrira.", {"Ce week-end": "2022-W02-WE"}),
    ("present-ref", "Actuellement, il n'y a aucun vol.", {"Actuellement": "PRESENT_REF"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 3 janvier, il y a eu des émeutes. La veille, la police était arrivée.",
            {"La veille": "2022-01-02"},
        ),
        (
            "Le siège a commencé le 4 juin 1940. Le lendemain, la ville est tombée.",
            {"Le lendemain": "1940-06-05"},
        ),
        (
            "Le siège a commencé le 4 juin 2020. Deux jours plus tard, la garnison s'est rendue.",
            {"Deux jours plus tard": "2020-06-06"},
        ),
    ],
    ids=["veille", "lendemain", "deux-jours-plus-tard"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = "Les troupes commenceront à partir dans deux jours, a déclaré Tokaïev mardi."
    found = tagged(text, LANG, DCT)
    assert found["dans deux jours"].value == "2022-01-13"
    assert found["dans deux jours"].anchor is Anchor.REPORTED_SPEECH


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("Fin 2021, le pain a augmenté.", "Fin 2021", "END"),
        ("Au début de mars 2020, les frontières ont fermé.", "Au début de mars 2020", "START"),
        ("Jusqu'au 15 mars, la chasse reste fermée.", "15 mars", "BEFORE"),
        ("Depuis le 3 janvier, les écoles sont fermées.", "3 janvier", "AFTER"),
    ],
    ids=["fin", "debut", "jusqu-au", "depuis"],
)
def test_mods(text: str, span: str, mod: str) -> None:
    assert tagged(text, LANG, DCT)[span].mod == mod


NO_DATES = [
    ("pour-cent", "La participation a atteint 68 pour cent."),
    ("percent-sign", "Le chômage a grimpé à 19 %."),
    ("money", "L'amende s'élève à 2014 euros."),
    ("people", "Quelque 2000 personnes étaient sur la place."),
    ("ete-participle", "Le pont a été fermé."),
    ("sea-not-wednesday", "La mer était calme."),
    ("sum", "Le résultat de 17 + 11 était faux."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    check_no_dates(text, LANG, DCT)


def test_types_of_durations_and_sets() -> None:
    found = tagged("Il a travaillé trois ans et vient chaque semaine.", LANG, DCT)
    assert found["trois ans"].type is TimexType.DURATION
    assert found["chaque semaine"].type is TimexType.SET
