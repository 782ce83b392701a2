"""Bug-fix pass of the tagger: a range takes its direction from the clause's tense like a
single date; counted windows keep their duration ("los próximos cinco días"); units counted
from a day are that day moved ("3 dagen vanaf dinsdag"); Dutch clock times need a clock cue
("vanaf 3 kinderen" is no time) and a whole hour after a bounding word is a clock time
("tot 18 uur"), not a duration."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import TimexType
from timeline.temporal import tag, tag_with_ranges

DCT = dt.date(2019, 6, 10)  # March is three months back, a year ahead is nine months away

RANGES_BY_TENSE = [
    # (id, lang, text, first day, last day)
    ("en-past-dash", "en", "The talks were held March 3-5.", "2019-03-03", "2019-03-05"),
    ("en-future-passive", "en", "The talks will be held March 3-5.", "2020-03-03", "2020-03-05"),
    ("en-future-to-be", "en", "The talks are to be held March 3 to 5.",
     "2020-03-03", "2020-03-05"),
    ("de-past", "de", "Die Gespräche fanden vom 3. bis 5. März statt.",
     "2019-03-03", "2019-03-05"),
    ("de-future", "de", "Die Gespräche werden vom 3. bis 5. März stattfinden.",
     "2020-03-03", "2020-03-05"),
    ("pt-past", "pt", "As conversações decorreram de 3 a 5 de março.",
     "2019-03-03", "2019-03-05"),
    ("en-month-dash-month", "en", "Talks were held August 30-September 2.",
     "2018-08-30", "2018-09-02"),
    # past, but within two months of the reference: the nearest year (as the corpora read it)
    ("en-between-dates", "en", "Talks were held between August 3 and August 5.",
     "2019-08-03", "2019-08-05"),
    ("de-between-dates", "de", "Gespräche fanden zwischen dem 3. August und dem 5. August statt.",
     "2019-08-03", "2019-08-05"),
    ("pt-between-dates", "pt", "As conversações decorreram entre 3 de agosto e 5 de agosto.",
     "2019-08-03", "2019-08-05"),
    ("pt-future", "pt", "As conversações vão decorrer de 3 a 5 de março.",
     "2020-03-03", "2020-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"), [c[1:] for c in RANGES_BY_TENSE],
    ids=[c[0] for c in RANGES_BY_TENSE],
)  # fmt: skip
def test_range_takes_the_direction_of_its_clause(
    lang: str, text: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(str(r.first_day), str(r.last_day)) for r in tagged.ranges] == [(first, last)]
    assert {t.value[:4] for t in tagged.timexes} == {first[:4]}


PARTICIPLES = [
    # (id, lang, text, value): an irregular participle after "be" tells no past
    ("en-will-be-held", "en", "The summit will be held on March 3.", "2020-03-03"),
    ("en-to-be-made", "en", "A decision is to be made on March 3.", "2020-03-03"),
    ("en-were-held", "en", "Elections were held on March 3.", "2019-03-03"),
    ("en-met", "en", "The ministers met on March 3.", "2019-03-03"),
]


@pytest.mark.parametrize(
    ("lang", "text", "value"), [c[1:] for c in PARTICIPLES], ids=[c[0] for c in PARTICIPLES]
)
def test_participle_after_be_is_no_past_tense(lang: str, text: str, value: str) -> None:
    assert [t.value for t in tag(text, lang, DCT)] == [value]


WINDOW_DCT = dt.date(2022, 1, 12)  # a Wednesday

WINDOWS = [
    # (id, lang, text, window text, rule, first day, last day)
    ("es-next-days", "es", "Lloverá en los próximos cinco días.", "los próximos cinco días",
     "es.range.window_next", "2022-01-13", "2022-01-17"),
    ("es-next-weeks", "es", "Los precios subirán en las próximas dos semanas.",
     "las próximas dos semanas", "es.range.window_next", "2022-01-13", "2022-01-26"),
    ("nl-days-starting-weekday", "nl", "Het festival duurt drie dagen beginnend op dinsdag.",
     "drie dagen beginnend op dinsdag", "nl.range.window_starting", "2022-01-11", "2022-01-13"),
    ("de-days-from-weekday", "de", "Das Fest dauert drei Tage ab Dienstag.",
     "drei Tage ab Dienstag", "de.range.window_starting", "2022-01-11", "2022-01-13"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "window", "rule", "first", "last"), [w[1:] for w in WINDOWS],
    ids=[w[0] for w in WINDOWS],
)  # fmt: skip
def test_counted_window_joins_and_keeps_its_duration(
    lang: str, text: str, window: str, rule: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, WINDOW_DCT)
    found = [(r.text, r.rule, str(r.first_day), str(r.last_day)) for r in tagged.ranges]
    assert found == [(window, rule, first, last)]
    assert TimexType.DURATION in {t.type for t in tagged.timexes}


MOVED_DAYS = [
    # (id, lang, text, timex text, value): units counted from a day name one day, as
    # "3 days from Tuesday" does (a span needs "starting"/"beginnend": see WINDOWS)
    ("nl-days-from-weekday", "nl", "Het zal 3 dagen vanaf dinsdag gebeuren.",
     "3 dagen vanaf dinsdag", "2022-01-21"),
    ("nl-weeks-from-date", "nl", "We zien elkaar 2 weken vanaf 15 januari.",
     "2 weken vanaf 15 januari", "2022-01-29"),
    ("nl-days-from-today", "nl", "Welke datum is 3 dagen vanaf vandaag?",
     "3 dagen vanaf vandaag", "2022-01-15"),
    ("en-days-from-weekday", "en", "It will happen 3 days from Tuesday.",
     "3 days from Tuesday", "2022-01-21"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"), [c[1:] for c in MOVED_DAYS],
    ids=[c[0] for c in MOVED_DAYS],
)  # fmt: skip
def test_units_from_a_day_are_one_moved_day(lang: str, text: str, span: str, value: str) -> None:
    tagged = tag_with_ranges(text, lang, WINDOW_DCT)
    assert [(t.text, t.value) for t in tagged.timexes] == [(span, value)]
    assert tagged.ranges == ()


CLOCKS = [
    # (id, lang, text, [(timex text, type, value)])
    ("nl-om-uur", "nl", "De winkel sluit om 18 uur.", [("om 18 uur", "TIME", "2022-01-12T18:00")]),
    ("nl-om-dotted", "nl", "Om 15.00 begint de wedstrijd.",
     [("Om 15.00", "TIME", "2022-01-12T15:00")]),
    ("nl-dotted-uur", "nl", "Aanvang: 15.00 uur.", [("15.00 uur", "TIME", "2022-01-12T15:00")]),
    ("nl-tot-uur", "nl", "De winkel is open tot 18 uur.", [("18 uur", "TIME", "2022-01-12T18:00")]),
    ("nl-uiterlijk-uur", "nl", "Het moet uiterlijk 17 uur klaar zijn.",
     [("17 uur", "TIME", "2022-01-12T17:00")]),
    ("nl-uur-lang", "nl", "De storm duurde 18 uur lang.", [("18 uur lang", "DURATION", "PT18H")]),
    ("nl-hours-taken", "nl", "Het duurde 18 uur voordat hij terugkwam.",
     [("18 uur", "DURATION", "PT18H")]),
    ("nl-vanaf-count", "nl", "Vanaf 3 kinderen krijgt men korting.", []),
    ("nl-om-count", "nl", "Het gaat om 3 gevallen.", []),
    ("nl-om-at-end", "nl", "Ik kom morgen om 7.",
     [("morgen om 7", "TIME", "2022-01-13T07:00")]),
    ("nl-vanaf-uur", "nl", "Vanaf 18 uur is de weg dicht.",
     [("Vanaf 18 uur", "TIME", "2022-01-12T18:00")]),
    ("nl-vanaf-part", "nl", "Vanaf 3 uur 's middags is het druk.",
     [("Vanaf 3 uur 's middags", "TIME", "2022-01-12T15:00")]),
    ("nl-day-dotted", "nl", "De persconferentie is maandag 15.00.",
     [("maandag 15.00", "TIME", "2022-01-10T15:00")]),
    ("nl-day-om-end", "nl", "Ik kom morgen om 4.", [("morgen om 4", "TIME", "2022-01-13T04:00")]),
    ("nl-day-om-count", "nl", "Maandag om 4 kinderen thuis.", [("Maandag", "DATE", "2022-01-10")]),
    ("nl-day-price", "nl", "Het kost maandag 15.00 euro.", [("maandag", "DATE", "2022-01-10")]),
    ("de-day-um", "de", "Wir treffen uns morgen um 9.",
     [("morgen um 9", "TIME", "2022-01-13T09:00")]),
    ("en-at-clock", "en", "The shop closes at 6 pm.", [("6 pm", "TIME", "2022-01-12T18:00")]),
    ("de-um-uhr", "de", "Der Laden schließt um 18 Uhr.", [("18 Uhr", "TIME", "2022-01-12T18:00")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS]
)
def test_clock_times_need_a_clock_cue(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(t.text, t.type.value, t.value) for t in tag(text, lang, WINDOW_DCT)]
    assert found == expected


CLOCK_RANGES = [
    # (id, lang, text, range text, first value, last value)
    ("nl-tussen-dotted", "nl", "Open tussen 15.00 en 17.00.", "tussen 15.00 en 17.00",
     "2022-01-12T15:00", "2022-01-12T17:00"),
    ("nl-van-tot-uur", "nl", "De winkel is open van 10 tot 18 uur.", "van 10 tot 18 uur",
     "2022-01-12T10:00", "2022-01-12T18:00"),
    ("nl-van-dotted-tot-uur", "nl", "Van 9.00 tot 17 uur open.", "Van 9.00 tot 17 uur",
     "2022-01-12T09:00", "2022-01-12T17:00"),
    ("de-von-bis-uhr", "de", "Geöffnet von 10 bis 18 Uhr.", "von 10 bis 18 Uhr",
     "2022-01-12T10:00", "2022-01-12T18:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "first", "last"), [c[1:] for c in CLOCK_RANGES],
    ids=[c[0] for c in CLOCK_RANGES],
)  # fmt: skip
def test_clock_ranges_join(lang: str, text: str, span: str, first: str, last: str) -> None:
    tagged = tag_with_ranges(text, lang, WINDOW_DCT)
    assert [(r.text, r.first.value, r.last.value) for r in tagged.ranges] == [(span, first, last)]
