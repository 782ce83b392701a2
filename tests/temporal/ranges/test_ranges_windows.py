"""Counted windows: "the next 3 days", "the past five years", "within 9 months", in several
languages; the duration timex stays as it is, the window is a range counted from the DCT."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import TimexType
from timeline.temporal import tag_with_ranges
from timeline.temporal.lexicon import LanguageDataError
from timeline.temporal.range_data import range_grammar
from timeline.temporal.range_windows import parse_windows

DCT = dt.date(2022, 1, 12)  # a Wednesday, in the first quarter

WINDOWS = [
    # (id, lang, text, window text, rule, first day, last day)
    ("en-next-days", "en", "Prices will rise over the next 3 days.",
     "the next 3 days", "en.range.window_next", "2022-01-13", "2022-01-15"),
    ("en-past-years", "en", "Sales fell over the past five years.",
     "the past five years", "en.range.window_past", "2017-01-12", "2022-01-11"),
    ("en-within-months", "en", "The deal closes within 9 months.",
     "within 9 months", "en.range.window_within", "2022-01-12", "2022-10-11"),
    ("en-last-weeks", "en", "It rained for the last two weeks.",
     "the last two weeks", "en.range.window_past", "2021-12-29", "2022-01-11"),
    ("en-within-the-next", "en", "They will decide within the next 10 months.",
     "within the next 10 months", "en.range.window_within", "2022-01-12", "2022-11-11"),
    ("en-past-quarters", "en", "Profit grew in the past two quarters.",
     "the past two quarters", "en.range.window_past", "2021-07-01", "2021-12-31"),
    ("de-next-days", "de", "Das passiert in den nächsten drei Tagen.",
     "den nächsten drei Tagen", "de.range.window_next", "2022-01-13", "2022-01-15"),
    ("de-past-years", "de", "Die Preise stiegen in den vergangenen fünf Jahren.",
     "den vergangenen fünf Jahren", "de.range.window_past", "2017-01-12", "2022-01-11"),
    ("de-within", "de", "Das Werk soll innerhalb von neun Monaten fertig sein.",
     "innerhalb von neun Monaten", "de.range.window_within", "2022-01-12", "2022-10-11"),
    ("pt-next-days", "pt", "Isso acontece nos próximos 3 dias.",
     "próximos 3 dias", "pt.range.window_next", "2022-01-13", "2022-01-15"),
    ("pt-past-years", "pt", "O preço caiu nos últimos cinco anos.",
     "últimos cinco anos", "pt.range.window_past", "2017-01-12", "2022-01-11"),
    ("es-past-weeks", "es", "Llovió en las últimas dos semanas.",
     "las últimas dos semanas", "es.range.window_past", "2021-12-29", "2022-01-11"),
    ("fr-past-months", "fr", "Il a plu les 2 derniers mois.",
     "les 2 derniers mois", "fr.range.window_past", "2021-11-12", "2022-01-11"),
    ("it-past-years", "it", "I prezzi sono saliti negli ultimi cinque anni.",
     "negli ultimi cinque anni", "it.range.window_past", "2017-01-12", "2022-01-11"),
    ("nl-next-days-read-as-date", "nl", "Het gebeurt in de komende drie dagen.",
     "in de komende drie dagen", "nl.range.window_next", "2022-01-13", "2022-01-15"),
    ("id-next-after", "id", "Hujan turun tiga hari ke depan.",
     "tiga hari ke depan", "id.range.window_next", "2022-01-13", "2022-01-15"),
    ("id-past-after", "id", "Harga naik lima tahun terakhir.",
     "lima tahun terakhir", "id.range.window_past", "2017-01-12", "2022-01-11"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "window", "rule", "first", "last"),
    [w[1:] for w in WINDOWS],
    ids=[w[0] for w in WINDOWS],
)
def test_counted_window_is_a_range_from_the_dct(
    lang: str, text: str, window: str, rule: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    [found] = tagged.ranges
    assert (found.text, found.rule) == (window, rule)
    assert text[found.start : found.end] == found.text
    assert (str(found.first_day), str(found.last_day)) == (first, last)
    assert found.synthetic_ends and found.first.rule == rule
    # the window's ends are no timexes of the text
    assert found.first not in tagged.timexes and found.last not in tagged.timexes


def test_past_window_keeps_its_duration_timex() -> None:
    tagged = tag_with_ranges("Sales fell over the past three years.", "en", DCT)
    [duration] = tagged.timexes
    assert (duration.text, duration.type, duration.value) == (
        "the past three years",
        TimexType.DURATION,
        "P3Y",
    )
    assert tagged.ranges[0].duration == "P3Y"


NOT_WINDOWS = [
    ("en-uncounted", "en", "In the coming weeks we will see."),
    ("en-tied-to-a-year", "en", "The last four months of 2021 were bad."),
    ("en-tied-to-an-event", "en", "In the last three days before the vote, polls moved."),
    ("en-word-of-another-timex", "en", "Last Sunday 3 days passed."),
    ("en-calendar-week", "en", "We meet next week."),
    ("en-no-window-word", "en", "The strike lasted 3 days."),
    ("de-tied", "de", "In den letzten drei Tagen vor der Wahl regnete es."),
    ("pt-tied", "pt", "Nos últimos cinco anos de governo houve crise."),
    ("nl-in-days", "nl", "Het gebeurt over drie dagen."),
    ("id-ago", "id", "Hujan turun tiga hari lalu."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [n[1:] for n in NOT_WINDOWS], ids=[n[0] for n in NOT_WINDOWS]
)
def test_no_window(lang: str, text: str) -> None:
    # "the last four months of 2021" is a range inside 2021 (test_ranges_period_edges.py)
    ranges = tag_with_ranges(text, lang, DCT).ranges
    assert [r for r in ranges if not r.rule.endswith(".period_edge")] == []


def test_no_window_without_a_dct() -> None:
    assert tag_with_ranges("Sales fell over the past five years.", "en", None).ranges == ()


CASES = [
    (code, rule.id, example)
    for code in ("en", "de", "pt", "es", "fr", "it", "nl", "id")
    for rule in range_grammar(code).windows.rules
    for example in rule.examples
]


@pytest.mark.parametrize(
    ("code", "rule_id", "example"), CASES, ids=[f"{r}:{e}" for _, r, e in CASES]
)
def test_window_example_is_a_window_of_its_rule(code: str, rule_id: str, example: str) -> None:
    found = tag_with_ranges(example, code, DCT).ranges
    assert [r.rule for r in found] == [rule_id], f"{example!r}: {found}"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"id": "en.range.w", "direction": "next"}, "needs id"),
        (
            {"id": "en.range.w", "direction": "soon", "before": ["x"], "examples": ["a"]},
            "direction",
        ),
        ({"id": "en.w", "direction": "next", "before": ["x"], "examples": ["a"]}, "must be"),
        ({"id": "en.range.w", "direction": "next", "examples": ["a"]}, "needs words"),
        ({"id": "en.range.w", "direction": "next", "before": "x", "examples": ["a"]}, "list"),
        ({"id": "en.range.w", "direction": "next", "x": 1, "examples": ["a"]}, "unknown"),
    ],
    ids=["no-examples", "bad-direction", "bad-id", "no-words", "words-not-list", "unknown-field"],
)
def test_malformed_window_rule_is_rejected(raw: dict[str, object], message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        parse_windows("en", [raw], [], [], [])


STARTING = [
    # (id, lang, text, range text, first value, last value)
    ("en-days-from-next-monday", "en", "We close 3 days starting from next Monday.",
     "3 days starting from next Monday", "2022-01-17", "2022-01-19"),
    ("en-hours-starting-at-a-clock", "en", "The road is shut 2 hours starting at 2pm.",
     "2 hours starting at 2pm", "2022-01-12T14:00", "2022-01-12T16:00"),
    ("de-weeks-from-a-date", "de", "Die Straße ist zwei Wochen ab dem 3. März gesperrt.",
     "zwei Wochen ab dem 3. März", "2022-03-03", "2022-03-16"),
    ("pt-weeks-from-a-date", "pt", "A estrada fecha duas semanas começando em 3 de março.",
     "duas semanas começando em 3 de março", "2022-03-03", "2022-03-16"),
    ("es-weeks-from-a-date", "es", "La calle cierra dos semanas empezando el 3 de marzo.",
     "dos semanas empezando el 3 de marzo", "2022-03-03", "2022-03-16"),
    ("id-weeks-from-a-date", "id", "Jalan ditutup dua minggu terhitung sejak 3 Maret.",
     "dua minggu terhitung sejak 3 Maret", "2022-03-03", "2022-03-16"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "range_text", "first", "last"),
    [s[1:] for s in STARTING],
    ids=[s[0] for s in STARTING],
)
def test_duration_counted_from_the_date_after_it(
    lang: str, text: str, range_text: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    [found] = tagged.ranges
    assert found.text == range_text and found.synthetic_ends
    assert (found.first.value, found.last.value) == (first, last)
    assert found.rule == f"{lang}.range.window_starting"


def test_date_opening_a_range_is_no_start_of_a_duration() -> None:
    found = tag_with_ranges("It lasted two years from 2010 to 2012.", "en", DCT).ranges
    assert [r.text for r in found] == ["from 2010 to 2012"]


FOR_DURATION = [
    ("en-for-hours-from-a-clock", "en", "The road is shut for 2 hours from 2pm.",
     "2 hours from 2pm", "2022-01-12T14:00", "2022-01-12T16:00"),
    ("en-clock-for-hours", "en", "The office is open from 2pm for 2 hours.",
     "2pm for 2 hours", "2022-01-12T14:00", "2022-01-12T16:00"),
    ("de-clock-for-hours", "de", "Der Laden ist ab 14 Uhr für 2 Stunden offen.",
     "14 Uhr für 2 Stunden", "2022-01-12T14:00", "2022-01-12T16:00"),
    ("pt-clock-for-hours", "pt", "A loja abre às 14h por 2 horas.",
     "14h por 2 horas", "2022-01-12T14:00", "2022-01-12T16:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "range_text", "first", "last"),
    [f[1:] for f in FOR_DURATION],
    ids=[f[0] for f in FOR_DURATION],
)
def test_date_then_for_a_duration(
    lang: str, text: str, range_text: str, first: str, last: str
) -> None:
    [found] = tag_with_ranges(text, lang, DCT).ranges
    assert (found.text, found.first.value, found.last.value) == (range_text, first, last)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We meet 2 weeks from Monday."),
        ("es", "Nos vemos 2 días a partir de ahora."),
        ("nl", "We zien elkaar 2 weken vanaf 15 januari."),
    ],
    ids=["en-from", "es-a-partir-de", "nl-vanaf"],
)
def test_units_from_a_date_are_a_day_not_a_span(lang: str, text: str) -> None:
    assert [r for r in tag_with_ranges(text, lang, DCT).ranges if r.synthetic_ends] == []


def test_a_year_for_years_tells_no_start_day() -> None:
    assert tag_with_ranges("He was jailed in 2010 for 3 years.", "en", DCT).ranges == ()


NARRATIVE = [
    ("de-narrative-day", "de",
     "Am 5. April 1945 eroberten sie die Brücke. Am 7. April begann der Angriff, und die "
     "Truppen nahmen die Stadt innerhalb der nächsten vier Tage ein.", "1945-04-07", "1945-04-10"),
    ("en-narrative-day", "en",
     "The siege began on May 2, 1870. On May 4, the army said the town would fall within "
     "the next three days.", "1870-05-04", "1870-05-06"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"), [n[1:] for n in NARRATIVE], ids=[n[0] for n in NARRATIVE]
)
def test_window_in_a_narrative_counts_from_the_day_told_before(
    lang: str, text: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    windows = [r for r in tagged.ranges if r.synthetic_ends]
    assert [(str(r.first_day), str(r.last_day)) for r in windows] == [(first, last)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Refugees fled within a 60-day deadline."),
        ("en", "Elections for the next five-year term are held in June."),
        ("en", "Within a year or two, prices will rise."),
        ("de", "Innerhalb von ein oder zwei Jahren steigen die Preise."),
        ("pt", "Dentro de um ano ou dois os preços sobem."),
    ],
    ids=["en-compound-length", "en-compound-term", "en-or-two", "de-oder", "pt-ou"],
)
def test_lengths_and_vague_counts_are_no_windows(lang: str, text: str) -> None:
    assert [r for r in tag_with_ranges(text, lang, DCT).ranges if r.synthetic_ends] == []
