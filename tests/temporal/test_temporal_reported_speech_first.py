"""Third pass: reported speech framed first, two-digit years, counts, clock times, long texts.

Every text here is written for these tests (not taken from the seeds or the evaluation data).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged
from timeline.model import Anchor, TimexType
from timeline.temporal import extract, tag

DCT = dt.date(2022, 1, 12)  # a Wednesday; the Tuesday before is 2022-01-11

# the speech verb and its day come FIRST, the content has a present, conditional or future verb
SPEECH_FIRST = [
    ("en-present", "en", "The mayor said on Tuesday the shops reopen in two days.", "in two days"),
    (
        "en-would",
        "en",
        "The mayor said on Tuesday the shops would reopen in two days.",
        "in two days",
    ),
    (
        "en-that",
        "en",
        "The mayor said on Tuesday that the shops reopen in three days.",
        "in three days",
    ),
    (
        "de-wuerden",
        "de",
        "Der Bürgermeister sagte am Dienstag, die Läden würden in zwei Tagen öffnen.",
        "in zwei Tagen",
    ),
    (
        "de-dass",
        "de",
        "Der Bürgermeister sagte am Dienstag, dass die Läden in drei Tagen öffnen.",
        "in drei Tagen",
    ),
    (
        "pt-dentro-de",
        "pt",
        "O prefeito disse na terça-feira que as lojas vão abrir dentro de dois dias.",
        "dentro de dois dias",
    ),
    (
        "pt-future",
        "pt",
        "O prefeito disse na terça-feira que as lojas abrirão em três dias.",
        "em três dias",
    ),
    (
        "es-dentro-de",
        "es",
        "El alcalde dijo el martes que las tiendas abren dentro de dos días.",
        "dentro de dos días",
    ),
    (
        "fr-present",
        "fr",
        "Le maire a dit mardi que les magasins rouvrent dans deux jours.",
        "dans deux jours",
    ),
    (
        "it-future",
        "it",
        "Il sindaco ha detto martedì che i negozi riapriranno tra due giorni.",
        "tra due giorni",
    ),
    (
        "nl-present",
        "nl",
        "De burgemeester zei dinsdag dat de winkels over twee dagen opengaan.",
        "over twee dagen",
    ),
    (
        "id-lagi",
        "id",
        "Wali kota mengatakan pada hari Selasa bahwa toko dibuka dua hari lagi.",
        "dua hari lagi",
    ),
]


def _day_after(phrase: str) -> str:
    days = {"two": 2, "zwei": 2, "dois": 2, "dos": 2, "deux": 2, "due": 2, "twee": 2, "dua": 2}
    count = next((n for word, n in days.items() if f" {word} " in f" {phrase} "), 3)
    return (dt.date(2022, 1, 11) + dt.timedelta(days=count)).isoformat()


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [c[1:] for c in SPEECH_FIRST],
    ids=[c[0] for c in SPEECH_FIRST],
)
def test_speech_framed_first_counts_from_the_speech(lang: str, text: str, phrase: str) -> None:
    found = tagged(text, lang, DCT)
    assert phrase in found, [(t.text, t.value) for t in found.values()]
    timex = found[phrase]
    assert (timex.type, timex.value) == (TimexType.DATE, _day_after(phrase))
    assert timex.anchor is Anchor.REPORTED_SPEECH


# the content of the speech tells its own past: "in two days" stays a duration
PAST_CONTENT = [
    (
        "en",
        "The general said on Tuesday the troops had crossed the river in two days.",
        "in two days",
        "P2D",
    ),
    (
        "de",
        "Der General sagte am Dienstag, die Truppen hatten in zwei Tagen den Fluss überquert.",
        "in zwei Tagen",
        "P2D",
    ),
    (
        "pt",
        "O general disse na terça-feira que as tropas atravessaram o rio em dois dias.",
        "em dois dias",
        "P2D",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"), PAST_CONTENT, ids=[c[0] for c in PAST_CONTENT]
)
def test_past_content_stays_a_duration(lang: str, text: str, phrase: str, value: str) -> None:
    check_values(text, lang, DCT, {phrase: value})


WITHIN_A_YEAR = [
    ("pt-year", "pt", "A obra deve ficar pronta dentro de um ano.", "um ano", "P1Y"),
    ("pt-months", "pt", "O contrato expira dentro de 18 meses.", "18 meses", "P18M"),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [c[1:] for c in WITHIN_A_YEAR],
    ids=[c[0] for c in WITHIN_A_YEAR],
)
def test_within_a_long_span_is_a_duration(lang: str, text: str, phrase: str, value: str) -> None:
    check_values(text, lang, DCT, {phrase: value})


TWO_DIGIT_YEARS = [
    (
        "de-year-then-words",
        "O tratado foi assinado em 2 de outubro de 92 e o governo caiu.",
        {"2 de outubro de 92": "1992-10-02"},
    ),
    (
        "no-de",
        "A fábrica abriu a 23 de novembro 82 e fechou em 2001.",
        {"23 de novembro 82": "1982-11-23"},
    ),
    (
        "end-of-sentence",
        "A fábrica abriu a 23 de novembro de 82.",
        {"23 de novembro de 82": "1982-11-23"},
    ),
    (
        "count-not-year",
        "No dia 5 de maio de 2020, 30 pessoas morreram.",
        {"5 de maio de 2020": "2020-05-05"},
    ),
    ("count-after-month", "Em 5 de maio 30 pessoas morreram.", {"5 de maio": "2021-05-05"}),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in TWO_DIGIT_YEARS], ids=[c[0] for c in TWO_DIGIT_YEARS]
)
def test_portuguese_two_digit_years(text: str, expected: dict[str, str]) -> None:
    check_values(text, "pt", DCT, expected)


COUNTS = [
    ("de-dative", "de", "Am 3. Mai 1915 feuerten die Truppen aus 1500 Kanonen.", "1500"),
    ("de-plural", "de", "Im Juni 1917 marschierten 2000 Soldaten los.", "2000"),
]


@pytest.mark.parametrize(
    ("lang", "text", "number"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS]
)
def test_a_round_hundred_before_a_noun_counts_things(lang: str, text: str, number: str) -> None:
    assert number not in tagged(text, lang, DCT)


CLOCKS = [
    (
        "de-day-just-told",
        "de",
        "Am 2. Juni 1916 begann der Angriff. Um 7:30 Uhr fielen die ersten Granaten.",
        {"7:30 Uhr": "1916-06-02T07:30"},
    ),
    (
        "en-day-just-told",
        "en",
        "The assault began on June 2, 1916. At 7:30 a.m. the first shells fell.",
        {"7:30 a.m.": "1916-06-02T07:30"},
    ),
    (
        "de-no-minute-from-a-clock",
        "de",
        "Am 2. Juni 1916 fielen von 7:30 bis 8:00 Uhr 38,5-Zentimeter-Granaten.",
        {"8:00 Uhr": "1916-06-02T08:00", "00 Uhr 38": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS]
)
def test_clock_time_takes_the_day_just_told(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    found = tagged(text, lang, DCT)
    got = {span: found[span].value if span in found else None for span in expected}
    assert got == expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_clock_time_far_from_any_day_stays_unresolved(lang: str) -> None:
    filler = " ".join(["Die Front hielt." if lang == "de" else "The front held."] * 60)
    first = "Am 2. Juni 1916 begann es." if lang == "de" else "It began on June 2, 1916."
    text = (
        f"{first} {filler} 7:30 Uhr Gas." if lang == "de" else f"{first} {filler} At 7:30 a.m. gas."
    )
    clock = [t for t in tag(text, lang, DCT) if "7:30" in t.text]
    assert [t.value for t in clock] == ["XXXX-XX-XXT07:30"]


@pytest.mark.parametrize(
    ("lang", "unit"),
    [
        ("en", "on 3 march 2014 the council met and on tuesday it said troops leave in two days; "),
        (
            "de",
            "am 3. märz 2014 tagte der rat und sagte am dienstag, die truppen würden abziehen; ",
        ),
        ("pt", "em 3 de março de 2014 o conselho reuniu-se, 12/03/2014 e 4/5/2015 - "),
    ],
    ids=["en", "de", "pt"],
)
def test_a_text_without_full_stops_tags_each_repeat_alike(lang: str, unit: str) -> None:
    """A long text with no sentence end (linear-time lookups) reads each repeat the same way."""
    once = [(e.text, e.type, e.tense) for e in extract(unit, lang)]
    many = extract(unit * 300, lang)
    assert len(many) == 300 * len(once)
    assert [(e.text, e.type, e.tense) for e in many[-len(once) :]] == once


SHIFTED_WEEKDAY_PART = [
    ("en-next", "en", "We meet next Monday afternoon.", {"next Monday afternoon": "2022-01-17TAF"}),
    ("en-last", "en", "They met last Friday morning.", {"last Friday morning": "2022-01-07TMO"}),
    (
        "es-next",
        "es",
        "Nos vemos el próximo lunes por la tarde.",
        {"el próximo lunes por la tarde": "2022-01-17TAF"},
    ),
    (
        "de-next",
        "de",
        "Wir treffen uns nächsten Montag Nachmittag.",
        {"nächsten Montag Nachmittag": "2022-01-17TAF"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in SHIFTED_WEEKDAY_PART],
    ids=[c[0] for c in SHIFTED_WEEKDAY_PART],
)
def test_shifted_weekday_keeps_its_part_of_day(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


UNACCENTED_PT = [
    ("weekday-apart", "Ele chegou na terca feira ao porto.", {"terca feira": "2022-01-11"}),
    (
        "weekday-apart-accent",
        "Ele chegou na segunda feira ao porto.",
        {"segunda feira": "2022-01-10"},
    ),
    ("ago-unaccented", "A ponte caiu dois meses atras.", {"dois meses atras": "2021-11"}),
    ("ago-accented", "A ponte caiu dois meses atrás.", {"dois meses atrás": "2021-11"}),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in UNACCENTED_PT], ids=[c[0] for c in UNACCENTED_PT]
)
def test_portuguese_written_apart_or_without_accents(text: str, expected: dict[str, str]) -> None:
    check_values(text, "pt", DCT, expected)


WEEKDAY_ABBREVIATIONS = [
    ("en-abbr-ordinal", "en", "We met on Tue 11th and left.", {"Tue 11th": "2022-01-11"}),
    ("en-abbr-dot", "en", "We meet on Sun. 16th again.", {"Sun. 16th": "2022-01-16"}),
    ("en-abbr-month", "en", "Wed., Jan. 5 was cold.", {"Wed., Jan. 5": "2022-01-05"}),
    (
        "de-weekday-month",
        "de",
        "Wir trafen uns Dienstag, 11. Januar.",
        {"Dienstag, 11. Januar": "2022-01-11"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in WEEKDAY_ABBREVIATIONS],
    ids=[c[0] for c in WEEKDAY_ABBREVIATIONS],
)
def test_weekday_abbreviation_before_a_date(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    "text",
    ["The sun set early.", "I sat on the Wed bench.", "Every sun rises.", "They wed in May 2020."],
)
def test_weekday_abbreviation_alone_is_no_date(text: str) -> None:
    assert not [t for t in tag(text, "en", DCT) if t.text.lower() in ("sun", "sat", "wed")]
