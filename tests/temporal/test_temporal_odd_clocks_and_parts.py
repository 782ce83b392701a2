"""Clock times written in odd forms ("3 p . m .", "9.am", "11ish", "seven p.m.", "ten past 9"),
dotted dates with their clock ("23.04.2022 14:55"), early or late parts of the day ("in early
morning", "am frühen Morgen") and the next one ("next morning", "am nächsten Morgen"): texts
written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

CLOCKS = [
    # (id, lang, text, {span: value})
    ("en-spaced-pm", "en", "The vote is at 4 p . m . sharp.", {"4 p . m .": "2022-01-12T16:00"}),
    ("en-glued-am", "en", "Doors open at 8.am on site.", {"8.am": "2022-01-12T08:00"}),
    ("en-letter-after-minutes", "en", "The bus leaves at 7:15a.", {"7:15a": "2022-01-12T07:15"}),
    ("en-zone-aest", "en", "The call is at 2:30pm AEST.", {"2:30pm AEST": "2022-01-12T14:30"}),
    ("en-zone-then-day", "en", "The call is at 6pm BST tomorrow.",
     {"6pm BST tomorrow": "2022-01-13T18:00"}),
    ("en-word-pm", "en", "Dinner starts at eight p.m. today.",
     {"eight p.m. today": "2022-01-12T20:00"}),
    ("en-word-minutes-am", "en", "The train left at six forty a.m.",
     {"six forty a.m.": "2022-01-12T06:40"}),
    ("en-word-spaced", "en", "We eat at seven p . m .", {"seven p . m .": "2022-01-12T19:00"}),
    ("en-ish", "en", "Come by 4ish with the keys.", {"4ish": "2022-01-12T04:00"}),
    ("en-noonish", "en", "Lunch will be noonish.", {"noonish": "2022-01-12T12:00"}),
    ("en-dash-ish", "en", "They left at 10-ish.", {"10-ish": "2022-01-12T10:00"}),
    ("en-word-minutes-past", "en", "The shop closed at twenty past 6 in the evening.",
     {"twenty past 6 in the evening": "2022-01-12T18:20"}),
    ("en-compound-minutes-past", "en", "It rang at twenty-five minutes past eight.",
     {"twenty-five minutes past eight": "2022-01-12T08:25"}),
    ("en-word-hyphen-before-day", "en", "The talk starts at five-thirty tomorrow evening.",
     {"five-thirty tomorrow evening": "2022-01-13T17:30"}),
    ("en-day-am", "en", "The shop opens tomorrow am.", {"tomorrow am": "2022-01-13TMO"}),
    ("en-day-pm", "en", "We met yesterday p.m. there.", {"yesterday p.m.": "2022-01-11TAF"}),
    ("en-tonite", "en", "The band plays tonite.", {"tonite": "2022-01-12TNI"}),
    ("en-dotted-date-clock", "en", "Filed 03.02.2021 09:45 by the clerk.",
     {"03.02.2021 09:45": "2021-02-03T09:45"}),
    ("en-dotted-date", "en", "The deadline was 17.11.2020.", {"17.11.2020": "2020-11-17"}),
    ("de-dotted-date-clock", "de", "Eingereicht am 03.02.2021 09:45 vom Amt.",
     {"03.02.2021 09:45": "2021-02-03T09:45"}),
    ("de-approx-clock", "de", "Er kam gegen 4 Uhr.", {"gegen 4 Uhr": "2022-01-12T04:00"}),
    ("de-evening-clock", "de", "Wir essen um sieben Uhr abends.",
     {"sieben Uhr abends": "2022-01-12T19:00"}),
    ("pt-evening-clock", "pt", "Jantamos às sete da noite.", {"sete da noite": "2022-01-12T19:00"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS]
)
def test_odd_clock_forms(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


def test_ish_is_approximate() -> None:
    assert tagged("Come by 4ish.", "en", DCT)["4ish"].mod == "APPROX"


PARTS = [
    # (id, lang, text, span, value, mod)
    ("en-early-morning", "en", "It happened in early morning.", "early morning",
     "2022-01-12TMO", "START"),
    ("en-the-late-afternoon", "en", "Shares fell in the late afternoon.", "late afternoon",
     "2022-01-12TAF", "END"),
    ("de-frühen-morgen", "de", "Es geschah am frühen Morgen.", "frühen Morgen",
     "2022-01-12TMO", "START"),
    ("de-späten-abend", "de", "Er kam am späten Abend.", "späten Abend", "2022-01-12TEV", "END"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "mod"), [p[1:] for p in PARTS], ids=[p[0] for p in PARTS]
)
def test_early_and_late_parts_of_day(lang: str, text: str, span: str, value: str, mod: str) -> None:
    found = tagged(text, lang, DCT)
    assert (found[span].value, found[span].mod) == (value, mod), list(found)


LISTED_PARTS = [
    # a part of the day after the last weekday of a list is said of the whole list
    ("en-or", "en", "We can meet Thursday or Friday morning.",
     {"Thursday": "2022-01-13TMO", "Friday morning": "2022-01-14TMO"}),
    ("en-comma-and", "en", "They will play Thursday, Friday and Saturday evening.",
     {"Thursday": "2022-01-13TEV", "Friday": "2022-01-14TEV"}),
    ("en-own-part-kept", "en", "Come Thursday night or Friday morning.",
     {"Thursday night": "2022-01-13TNI"}),
    ("de-oder", "de", "Wir treffen uns Donnerstag oder Freitag Abend.",
     {"Donnerstag": "2022-01-13TEV", "Freitag Abend": "2022-01-14TEV"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in LISTED_PARTS], ids=[c[0] for c in LISTED_PARTS]
)
def test_listed_weekdays_share_a_part_of_day(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


NEXT_PARTS = [
    # the part of the day after the narrative's day ("the" left out, as stories often do)
    ("en-next-morning", "en", "He was held on May 3. Next morning, he was freed.",
     {"Next morning": "2021-05-04TMO"}),
    ("de-nächsten-morgen", "de", "Er kam am 3. Mai 2021. Am nächsten Morgen ging er.",
     {"nächsten Morgen": "2021-05-04TMO"}),
    ("pt-manhã-seguinte", "pt", "Ele chegou em 3 de maio de 2021. Na manhã seguinte, partiu.",
     {"Na manhã seguinte": "2021-05-04TMO"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in NEXT_PARTS], ids=[c[0] for c in NEXT_PARTS]
)
def test_next_part_of_day(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


CONTRACTED_WILL = [
    # "I'll", "we’ll" are the future ("will" itself already was): the weekday after
    ("en-ill", "en", "I'll leave on Tuesday at 9am.", {"Tuesday at 9am": "2022-01-18T09:00"}),
    ("en-well-curly", "en", "We’ll meet on Monday.", {"Monday": "2022-01-17"}),
    ("en-will-unchanged", "en", "We will meet on Monday.", {"Monday": "2022-01-17"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in CONTRACTED_WILL],
    ids=[c[0] for c in CONTRACTED_WILL],
)
def test_contracted_will_is_future(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


NOT_CLOCKS = [
    ("en-amendments", "en", "The panel filed 9 amendments."),
    ("en-verb-am", "en", "No one am I to judge."),
    ("en-road-letter", "en", "Route 9a was closed."),
    ("en-minutes-alone", "en", "She was a quarter past her prime."),
    ("en-age-ish", "en", "She is 20ish and he is 10ish years old."),
    ("en-compound-number", "en", "About twenty-five people and forty-five cars came."),
    ("en-version", "en", "They shipped version 1.2.2019.4 of the tool."),
    ("en-yearless-dots", "en", "The ratio was 1.5.20 overall."),
    ("de-version", "de", "Sie lieferten Version 1.2.2019.4 aus."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_CLOCKS], ids=[c[0] for c in NOT_CLOCKS]
)
def test_not_clock_times(lang: str, text: str) -> None:
    check_no_dates(text, lang, DCT)


@settings(max_examples=80, deadline=None)
@given(
    hour=st.integers(min_value=1, max_value=12),
    minute=st.integers(min_value=0, max_value=59),
    pm=st.booleans(),
    form=st.sampled_from(["{h}:{m:02d} {x} . m .", "{h}:{m:02d}{x}", "{h}:{m:02d}.{x}m"]),
)
def test_spaced_and_glued_markers_read_the_half_of_day(
    hour: int, minute: int, pm: bool, form: str
) -> None:
    clock = form.format(h=hour, m=minute, x="p" if pm else "a")
    text = f"The meeting starts at {clock} sharp."
    want = (hour % 12 + (12 if pm else 0), minute)
    values = [t.value for t in tag(text, "en", DCT)]
    assert values == [f"2022-01-12T{want[0]:02d}:{want[1]:02d}"], (text, values)
