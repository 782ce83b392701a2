"""Ranges in every language: members joined, bare members completed, values and durations."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag, tag_with_ranges

DCT = dt.date(2022, 1, 12)  # a Wednesday

RANGES = [
    # (id, lang, text, range text, first value, last value, duration)
    ("en-months-year", "en", "The exhibition ran from May to October 2020.",
     "from May to October 2020", "2020-05", "2020-10", "P6M"),
    ("en-bare-hour", "en", "The shop opens 5 to 6pm.",
     "5 to 6pm", "2022-01-12T17:00", "2022-01-12T18:00", "PT1H"),
    ("en-bare-day-year-after", "en", "Flights were cancelled April 9 through 17, 2021.",
     "April 9 through 17, 2021", "2021-04-09", "2021-04-17", "P9D"),
    ("en-between-ordinals", "en", "Voting runs between the 21st and 23rd of May.",
     "between the 21st and 23rd of May", "2022-05-21", "2022-05-23", "P3D"),
    ("en-year-for-both", "en", "The talks ran from April to June in 2017.",
     "from April to June in 2017", "2017-04", "2017-06", "P3M"),
    ("en-two-digit-year", "en", "He served as mayor 1990-92 and left.",
     "1990-92", "1990", "1992", "P3Y"),
    ("en-end-rolls-over", "en", "Sales were counted from 10/25 to 01/25.",
     "from 10/25 to 01/25", "2021-10-25", "2022-01-25", "P93D"),
    ("en-year-of-the-end", "en", "The festival ran Nov 18-Dec 19, 2015.",
     "Nov 18-Dec 19, 2015", "2015-11-18", "2015-12-19", "P32D"),
    ("en-day-before-clocks", "en", "The clinic is open Monday 8-9am.",
     "Monday 8-9am", "2022-01-10T08:00", "2022-01-10T09:00", "PT1H"),
    ("en-clock-takes-pm-and-day", "en", "The meeting ran from 2:20 to 3pm yesterday.",
     "from 2:20 to 3pm yesterday", "2022-01-11T14:20", "2022-01-11T15:00", "PT40M"),
    ("en-day-after-clocks", "en", "The office closes from 5 to 6pm of April 22.",
     "from 5 to 6pm of April 22", "2022-04-22T17:00", "2022-04-22T18:00", "PT1H"),
    ("en-years", "en", "The war lasted from 1914 to 1918.",
     "from 1914 to 1918", "1914", "1918", "P5Y"),
    ("en-each-with-its-year", "en", "The lease ran from 26 June in 2019 to 28 June in 2020.",
     "from 26 June in 2019 to 28 June in 2020", "2019-06-26", "2020-06-28", "P369D"),
    ("en-clock-after-day-takes-pm", "en", "The call is on Tuesday at 2:00 - 2:30 pm.",
     "Tuesday at 2:00 - 2:30 pm", "2022-01-11T14:00", "2022-01-11T14:30", "PT30M"),
    ("en-tilde", "en", "Sales fell 2014~2018.", "2014~2018", "2014", "2018", "P5Y"),
    ("de-each-with-its-year", "de",
     "Der Vertrag lief vom 26. Juni im Jahr 2019 bis 28. Juni im Jahr 2020.",
     "vom 26. Juni im Jahr 2019 bis 28. Juni im Jahr 2020", "2019-06-26", "2020-06-28", "P369D"),
    ("de-day-before-hours", "de", "Die Sprechstunde ist Dienstag von 9 bis 11 Uhr.",
     "Dienstag von 9 bis 11 Uhr", "2022-01-11T09:00", "2022-01-11T11:00", "PT2H"),
    ("pt-day-before-hours", "pt", "A loja abre na terça-feira das 9 às 11h.",
     "terça-feira das 9 às 11h", "2022-01-11T09:00", "2022-01-11T11:00", "PT2H"),
    ("en-two-bare-clocks-before-day", "en", "The outage lasted between 3 and 8 yesterday.",
     "between 3 and 8 yesterday", "2022-01-11T03:00", "2022-01-11T08:00", "PT5H"),
    ("en-two-bare-clocks-at-night", "en", "Voting ran between 7 and 9 last night.",
     "between 7 and 9 last night", "2022-01-11T19:00", "2022-01-11T21:00", "PT2H"),
    ("nl-two-bare-clocks-after-day", "nl", "De winkel was dinsdag van 14.00 tot 14.30 dicht.",
     "dinsdag van 14.00 tot 14.30", "2022-01-11T14:00", "2022-01-11T14:30", "PT30M"),
    ("pt-two-bare-clocks-after-day", "pt", "A loja fechou na segunda-feira das 9 às 11.",
     "segunda-feira das 9 às 11", "2022-01-10T09:00", "2022-01-10T11:00", "PT2H"),
    ("de-vom-bis", "de", "Die Messe findet vom 3. bis 5. März statt.",
     "vom 3. bis 5. März", "2022-03-03", "2022-03-05", "P3D"),
    ("de-months-year", "de", "Die Ausstellung lief von Mai bis Oktober 2020.",
     "von Mai bis Oktober 2020", "2020-05", "2020-10", "P6M"),
    ("de-hours", "de", "Die Sprechstunde ist von 17 bis 18 Uhr.",
     "von 17 bis 18 Uhr", "2022-01-12T17:00", "2022-01-12T18:00", "PT1H"),
    ("de-zwischen", "de", "Wahlen zwischen dem 15. und 21. Mai.",
     "zwischen dem 15. und 21. Mai", "2022-05-15", "2022-05-21", "P7D"),
    ("de-two-digit-year", "de", "Er regierte 1990-92.", "1990-92", "1990", "1992", "P3Y"),
    ("pt-de-a", "pt", "A feira acontece de 3 a 5 de março.",
     "de 3 a 5 de março", "2022-03-03", "2022-03-05", "P3D"),
    ("pt-entre", "pt", "A guerra durou entre 1914 e 1918.",
     "entre 1914 e 1918", "1914", "1918", "P5Y"),
    ("pt-months-year", "pt", "A mostra ficou aberta de maio a outubro de 2020.",
     "de maio a outubro de 2020", "2020-05", "2020-10", "P6M"),
    ("pt-hours", "pt", "A loja abre das 17 às 18h.",
     "das 17 às 18h", "2022-01-12T17:00", "2022-01-12T18:00", "PT1H"),
    ("es-del-al", "es", "La feria será del 3 al 5 de marzo.",
     "del 3 al 5 de marzo", "2022-03-03", "2022-03-05", "P3D"),
    ("es-years", "es", "La guerra duró de 1914 a 1918.", "de 1914 a 1918", "1914", "1918", "P5Y"),
    ("fr-du-au", "fr", "Le salon aura lieu du 3 au 5 mars.",
     "du 3 au 5 mars", "2022-03-03", "2022-03-05", "P3D"),
    ("fr-years", "fr", "La guerre dura de 1914 à 1918.", "de 1914 à 1918", "1914", "1918", "P5Y"),
    ("it-dal-al", "it", "La fiera si tiene dal 3 al 5 marzo.",
     "dal 3 al 5 marzo", "2022-03-03", "2022-03-05", "P3D"),
    ("it-years", "it", "La guerra durò dal 1914 al 1918.",
     "dal 1914 al 1918", "1914", "1918", "P5Y"),
    ("nl-van-tot", "nl", "De beurs is van 3 tot 5 maart.",
     "van 3 tot 5 maart", "2022-03-03", "2022-03-05", "P3D"),
    ("nl-years", "nl", "De oorlog duurde van 1914 tot 1918.",
     "van 1914 tot 1918", "1914", "1918", "P5Y"),
    ("id-dari-sampai", "id", "Pameran berlangsung dari 3 sampai 5 Maret.",
     "dari 3 sampai 5 Maret", "2022-03-03", "2022-03-05", "P3D"),
    ("id-antara", "id", "Perang berlangsung antara 1914 dan 1918.",
     "antara 1914 dan 1918", "1914", "1918", "P5Y"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "first", "last", "duration"),
    [case[1:] for case in RANGES],
    ids=[case[0] for case in RANGES],
)
def test_range_is_joined_and_completed(
    lang: str, text: str, phrase: str, first: str, last: str, duration: str
) -> None:
    found = tag_with_ranges(text, lang, DCT).ranges
    assert [(r.text, r.first.value, r.last.value, r.duration) for r in found] == [
        (phrase, first, last, duration)
    ]
    joined = found[0]
    assert text[joined.start : joined.end] == joined.text
    assert joined.first_day == joined.first.first_day and joined.last_day == joined.last.last_day


NOT_RANGES = [
    ("en-score", "en", "The home side won 3-2 on Sunday."),
    ("en-percent-after-year", "en", "Turnout rose in 2019 to 25 percent."),
    ("en-count-after-year", "en", "In 2010 to 12 people died."),
    ("en-percent-range", "en", "Prices rose 5 to 6 percent in May."),
    ("en-ages", "en", "Players aged 18 to 25 joined on Monday."),
    ("en-verses", "en", "Read verses 3-16 on Sunday."),
    ("en-sum", "en", "On Monday 17 + 11 made 28."),
    ("en-phone", "en", "Call 555-2014 on Monday."),
    ("en-iso-month", "en", "The data for 1998-02 came late."),
    ("en-end-before-start", "en", "From Friday to December the index fell."),
    ("en-score-after-day", "en", "On May 5 the score was 3-2."),
    ("id-quarter-of-a-year", "id", "Harga naik hingga triwulan I-2015."),
    ("en-two-target-years", "en", "The goals for 2010/2020 were set."),
    ("de-two-target-years", "de", "Die Ziele für 2010/2020 stehen."),
    ("en-no-opener-no-new-year", "en", "They made a revision Friday to December's figures."),
    ("en-change-of-a-number", "en", "Shares rose from 6 to 7 on Monday."),
    ("pt-change-of-a-number", "pt", "As ações subiram de 6 a 7 na segunda-feira."),
    ("en-score-beside-day", "en", "Arsenal beat Chelsea 2-1 on Sunday."),
    ("de-score", "de", "Die Bayern gewannen am Samstag 3:2."),
    ("de-percent", "de", "Die Preise stiegen 2019 um 5 bis 6 Prozent."),
    ("de-ages", "de", "Kinder im Alter von 6 bis 12 Jahren kamen am Montag."),
    ("de-count-after-year", "de", "Im Jahr 2010 bis 12 Menschen."),
    ("pt-percent", "pt", "Os preços subiram de 5 a 6 por cento em maio."),
    ("pt-ages", "pt", "Jovens de 18 a 25 anos votaram na segunda-feira."),
    ("pt-percent-after-year", "pt", "Em 2019 a 25 por cento."),
    ("es-percent", "es", "Los precios subieron de 5 a 6 por ciento en mayo."),
    ("fr-percent", "fr", "Les prix ont augmenté de 5 à 6 pour cent en mai."),
    ("it-percent", "it", "I prezzi sono saliti dal 5 al 6 per cento a maggio."),
    ("nl-percent", "nl", "De prijzen stegen van 5 tot 6 procent in mei."),
    ("id-percent", "id", "Harga naik dari 5 hingga 6 persen pada Mei."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [case[1:] for case in NOT_RANGES], ids=[case[0] for case in NOT_RANGES]
)
def test_no_range_is_made_of_what_is_no_date(lang: str, text: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert tagged.ranges == ()
    assert list(tagged.timexes) == tag(text, lang, DCT)


@pytest.mark.parametrize(
    ("lang", "text", "member", "value"),
    [
        ("en", "The shop opens 5 to 6pm.", "5", "2022-01-12T17:00"),
        ("de", "Die Messe findet vom 3. bis 5. März statt.", "3.", "2022-03-03"),
        ("pt", "A feira acontece de 3 a 5 de março.", "3", "2022-03-03"),
        ("en", "The exhibition ran from May to October 2020.", "May", "2020-05"),
        ("de", "Die Ausstellung lief von Mai bis Oktober 2020.", "Mai", "2020-05"),
    ],
    ids=["en-bare-hour", "de-bare-day", "pt-bare-day", "en-month-year", "de-month-year"],
)
def test_tag_lists_members_as_the_range_reads_them(
    lang: str, text: str, member: str, value: str
) -> None:
    values = {t.text: t.value for t in tag(text, lang, DCT)}
    assert values[member] == value


@pytest.mark.parametrize(
    ("lang", "text", "corrected"),
    [
        (
            "en",
            "The talks ran from April to June in 2017.",
            {"April": "2017-04", "June": "2017-06"},
        ),
        ("en", "The festival ran Nov 18-Dec 19, 2015.", {"Nov 18": "2015-11-18"}),
        (
            "de",
            "Die Kämpfe dauerten vom 10. Juli bis 31. Oktober 1940.",
            {"10. Juli": "1940-07-10"},
        ),
        ("pt", "A greve durou de 3 de maio a 9 de junho de 1999.", {"3 de maio": "1999-05-03"}),
    ],
    ids=["en-year-after", "en-year-of-end", "de-year-of-end", "pt-year-of-end"],
)
def test_a_member_without_year_takes_the_ranges_year(
    lang: str, text: str, corrected: dict[str, str]
) -> None:
    values = {t.text: t.value for t in tag(text, lang, DCT)}
    assert {k: values.get(k) for k in corrected} == corrected


@pytest.mark.parametrize(
    ("lang", "text", "mods"),
    [
        (
            "de",
            "Die Front hielt von September 1939 bis Juni 1940 und bis Mai 1941.",
            {"September 1939": None, "Juni 1940": None, "Mai 1941": "BEFORE"},
        ),
        (
            "pt",
            "A oferta vale de hoje até 17 de novembro e até dezembro.",
            {"hoje": None, "17 de novembro": None, "dezembro": "BEFORE"},
        ),
        (
            "en",
            "The bridge is shut from Monday until March 3, and until June.",
            {"Monday": None, "March 3": None, "June": "BEFORE"},
        ),
    ],
    ids=["de", "pt", "en"],
)
def test_a_connector_is_no_mod_of_a_range_member(
    lang: str, text: str, mods: dict[str, str | None]
) -> None:
    found = {t.text: t.mod for t in tag(text, lang, DCT)}
    assert {k: found.get(k, "missing") for k in mods} == mods
