"""Days listed together share their month, year or week ("March 3 and 4", "am 3. und 4. März",
"next week on Tuesday or Thursday"); texts written for these tests, publication date Wed
2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

LISTED = [
    (
        "en-and-forward",
        "en",
        "The talks ran on March 3 and 4.",
        {"March 3": "2022-03-03", "4": "2022-03-04"},
    ),
    (
        "en-ordinals-before",
        "en",
        "Pick the 22nd, 23rd or 31st of March.",
        {"22nd": "2022-03-22", "23rd": "2022-03-23", "31st of March": "2022-03-31"},
    ),
    (
        "en-ordinals-after",
        "en",
        "Try July 17th, 18th, or 19th for lunch.",
        {"18th": "2021-07-18", "19th": "2021-07-19"},
    ),
    (
        "en-with-year",
        "en",
        "Polls opened on 10, 20 or 30 June 2020.",
        {"10": "2020-06-10", "20": "2020-06-20", "30 June 2020": "2020-06-30"},
    ),
    (
        "de-und",
        "de",
        "Die Gespräche fanden am 3. und 4. März statt.",
        {"3.": "2022-03-03", "4. März": "2022-03-04"},
    ),
    (
        "pt-e",
        "pt",
        "As conversas foram nos dias 3 e 4 de março.",
        {"3": "2022-03-03", "4 de março": "2022-03-04"},
    ),
    (
        "es-y",
        "es",
        "Las reuniones fueron los días 3, 4 y 5 de marzo.",
        {"3": "2022-03-03", "4": "2022-03-04"},
    ),
    (
        "fr-et",
        "fr",
        "Les réunions ont eu lieu les 3 et 4 mars.",
        {"3": "2022-03-03", "4 mars": "2022-03-04"},
    ),
    ("it-e", "it", "Gli incontri si sono svolti il 3 e 4 marzo.", {"3": "2022-03-03"}),
    ("nl-en", "nl", "De gesprekken waren op 3 en 4 maart.", {"3": "2022-03-03"}),
    (
        "en-week-forward",
        "en",
        "We meet next week on Tuesday or Thursday.",
        {"Thursday": "2022-01-20"},
    ),
    ("en-week-backward", "en", "We meet Tuesday or Thursday next week.", {"Tuesday": "2022-01-18"}),
    (
        "de-week-forward",
        "de",
        "Wir treffen uns nächste Woche am Dienstag oder Donnerstag.",
        {"Donnerstag": "2022-01-20"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in LISTED], ids=[c[0] for c in LISTED]
)
def test_listed_days_share_their_month_and_week(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


NOT_LISTED = [
    ("en-count-after", "en", "On March 3 and 4 more were held.", "4"),
    ("en-same-day", "en", "March 3 and 3 more", "3 more"),
    ("en-thousands", "en", "About 1,000 and 4 March", "000"),
    ("de-no-joiner", "de", "Seit 3 Jahren, am 4. März", "3"),
    ("pt-percent", "pt", "Subiu 3,5 e 4 de março", "5"),
    ("en-bare-weekday-far", "en", "Next week is busy. Thursday we rest.", "Thursday"),
]


@pytest.mark.parametrize(
    ("lang", "text", "span"), [c[1:] for c in NOT_LISTED], ids=[c[0] for c in NOT_LISTED]
)
def test_numbers_outside_a_list_stay_alone(lang: str, text: str, span: str) -> None:
    found = {t.text: t for t in tag(text, lang, DCT)}
    if span == "Thursday":
        alone = {t.text: t.value for t in tag("Thursday we rest.", lang, DCT)}
        assert found[span].value == alone[span]  # a sentence apart: not next week's
    else:
        assert span not in found, [(t.text, t.value) for t in found.values()]


WEEKDAY_LISTS = [
    ("pt-short-forms", "pt", "Vamos na terça, qua, qui., ou 6a?", {"qua": 2, "qui": 3, "6a": 4}),
    ("pt-no-commas", "pt", "vamos na terça qua qui ou sexta", {"qua": 2, "qui": 3, "sexta": 4}),
    ("en-abbreviations", "en", "Shall we meet Tuesday, Wed or Thu?", {"Wed": 2, "Thu": 3}),
    ("de-abbreviations", "de", "Wir treffen uns Montag, Di oder Mi.", {"Di": 1, "Mi": 2}),
    ("es-abbreviations", "es", "Nos vemos el lunes, mar o mié.", {"mar": 1, "mié": 2}),
]


@pytest.mark.parametrize(
    ("lang", "text", "weekdays"), [c[1:] for c in WEEKDAY_LISTS], ids=[c[0] for c in WEEKDAY_LISTS]
)
def test_short_weekdays_in_a_list_of_weekdays(
    lang: str, text: str, weekdays: dict[str, int]
) -> None:
    found = {t.text: t for t in tag(text, lang, DCT)}
    got = {
        w: found[w].first_day.weekday() if w in found and found[w].first_day else None
        for w in weekdays
    }
    assert got == weekdays, [(t.text, t.value) for t in found.values()]


def test_short_weekdays_keep_the_shifted_week() -> None:
    found = {t.text: t.value for t in tag("next week on Tuesday, Wed or Thu", "en", DCT)}
    assert (found.get("Wed"), found.get("Thu")) == ("2022-01-19", "2022-01-20")


WORDS_NOT_WEEKDAYS = [
    ("en-company", "en", "He arrived Monday, Sun Microsystems said.", "Sun"),
    ("en-weather", "en", "On Monday sun and rain alternated.", "sun"),
    ("en-verb", "en", "On Monday he sat down.", "sat"),
    ("pt-gift", "pt", "Na terça, dom de Deus, choveu muito.", "dom"),
]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [c[1:] for c in WORDS_NOT_WEEKDAYS],
    ids=[c[0] for c in WORDS_NOT_WEEKDAYS],
)
def test_short_words_outside_a_weekday_list_stay_words(lang: str, text: str, word: str) -> None:
    assert word not in {t.text for t in tag(text, lang, DCT)}
