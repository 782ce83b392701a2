"""Clock ranges on a day told once: two bare hours with a dash beside a day ("Monday 3-8",
"Montag 9-11"), a clock told alone on its partner's day ("between 3am - 12pm next Monday",
"von 9 Uhr bis 12 Uhr nächsten Montag"), four-digit clocks ("between 0730-0930"), clocks in
words ("from three thirty to four thirty"; German and Portuguese tell minutes otherwise) and a
clock in a part of the day opening a range ("from 3 in the morning until 5pm"): texts written
for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag_with_ranges

DCT = dt.date(2022, 1, 12)

RANGES = [
    # (id, lang, text, range text, first value, last value)
    ("en-weekday-dash", "en", "Can we meet Monday 3-8 at the office?",
     "Monday 3-8", "2022-01-10T03:00", "2022-01-10T08:00"),
    ("en-shifted-weekday-dash", "en", "I am free next Friday 9-11.",
     "next Friday 9-11", "2022-01-21T09:00", "2022-01-21T11:00"),
    ("en-dash-before-day", "en", "I am free 9-11 next Friday.",
     "9-11 next Friday", "2022-01-21T09:00", "2022-01-21T11:00"),
    ("en-evening-dash", "en", "The party will be Saturday evening 7-10.",
     "Saturday evening 7-10", "2022-01-15T19:00", "2022-01-15T22:00"),
    ("en-past-noon-dash", "en", "The desk is staffed Tuesday 11-3.",
     "Tuesday 11-3", "2022-01-11T11:00", "2022-01-11T15:00"),
    ("de-weekday-dash", "de", "Wir sind Montag 9-11 im Büro.",
     "Montag 9-11", "2022-01-10T09:00", "2022-01-10T11:00"),
    ("de-dash-before-day", "de", "Wir sind 9-11 nächsten Montag im Büro.",
     "9-11 nächsten Montag", "2022-01-17T09:00", "2022-01-17T11:00"),
    ("en-clock-on-later-day", "en", "The lab is open between 8am - 1pm next Tuesday.",
     "between 8am - 1pm next Tuesday", "2022-01-18T08:00", "2022-01-18T13:00"),
    ("en-end-on-start-day", "en", "The shift runs from 9pm Friday to 3am.",
     "from 9pm Friday to 3am", "2022-01-14T21:00", "2022-01-15T03:00"),
    ("en-start-on-day-before", "en", "The shift runs from 11pm to 1am Tuesday.",
     "from 11pm to 1am Tuesday", "2022-01-10T23:00", "2022-01-11T01:00"),
    ("en-over-midnight", "en", "The bar is open from 10pm to 2am.",
     "from 10pm to 2am", "2022-01-12T22:00", "2022-01-13T02:00"),
    ("de-over-midnight-on-day", "de", "Die Bar ist am Freitag von 22 Uhr bis 2 Uhr offen.",
     "Freitag von 22 Uhr bis 2 Uhr", "2022-01-14T22:00", "2022-01-15T02:00"),
    ("pt-over-midnight", "pt", "O bar abre das 23h às 4h.",
     "das 23h às 4h", "2022-01-12T23:00", "2022-01-13T04:00"),
    ("pt-bare-evening-over-midnight", "pt", "Vamos sair sexta-feira de 23 às 4.",
     "sexta-feira de 23 às 4", "2022-01-14T23:00", "2022-01-15T04:00"),
    ("de-bare-evening-over-midnight", "de", "Wir feiern am Freitag von 23 bis 4 Uhr.",
     "Freitag von 23 bis 4 Uhr", "2022-01-14T23:00", "2022-01-15T04:00"),
    ("en-midnight-end-on-day", "en", "Book the room tomorrow from 10am-12am.",
     "tomorrow from 10am-12am", "2022-01-13T10:00", "2022-01-14T00:00"),
    ("en-day-between-keeps-start", "en", "I will be away from 2pm till tomorrow 4:30pm.",
     "from 2pm till tomorrow 4:30pm", "2022-01-12T14:00", "2022-01-13T16:30"),
    ("de-clock-on-later-day", "de", "Die Praxis ist von 9 Uhr bis 12 Uhr nächsten Montag offen.",
     "von 9 Uhr bis 12 Uhr nächsten Montag", "2022-01-17T09:00", "2022-01-17T12:00"),
    ("pt-clock-on-later-day", "pt", "O consultório abre das 9h às 12h da próxima segunda-feira.",
     "das 9h às 12h da próxima segunda-feira", "2022-01-17T09:00", "2022-01-17T12:00"),
    ("en-four-digit-clocks", "en", "Where were you between 0630-0845?",
     "between 0630-0845", "2022-01-12T06:30", "2022-01-12T08:45"),
    ("en-four-digit-and", "en", "Flights stop from 0100 to 0500 hours.",
     "from 0100 to 0500", "2022-01-12T01:00", "2022-01-12T05:00"),
    ("de-four-digit-clocks", "de", "Der Zugang ist zwischen 0630 und 0845 Uhr gesperrt.",
     "zwischen 0630 und 0845 Uhr", "2022-01-12T06:30", "2022-01-12T08:45"),
    ("en-from-part-clock", "en", "The road is shut from 2 in the morning until 6pm.",
     "from 2 in the morning until 6pm", "2022-01-12T02:00", "2022-01-12T18:00"),
    ("en-next-evening-clocks", "en", "I will be out next evening from 7 to 9.",
     "next evening from 7 to 9", "2022-01-13T19:00", "2022-01-13T21:00"),
    ("en-dotted-clocks", "en", "The desk is open between 9.30-4.30pm.",
     "between 9.30-4.30pm", "2022-01-12T09:30", "2022-01-12T16:30"),
    ("en-word-clocks", "en", "We train from five thirty to six forty-five.",
     "from five thirty to six forty-five", "2022-01-12T05:30", "2022-01-12T06:45"),
    ("en-word-clocks-afternoon", "en", "We met between two fifteen and three thirty p.m.",
     "between two fifteen and three thirty p.m.", "2022-01-12T14:15", "2022-01-12T15:30"),
    ("en-word-clocks-part", "en", "Met between two fifteen and three thirty in the afternoon.",
     "between two fifteen and three thirty in the afternoon", "2022-01-12T14:15",
     "2022-01-12T15:30"),
    ("en-word-clocks-past-noon", "en", "The desk is open from eleven thirty to one fifteen.",
     "from eleven thirty to one fifteen", "2022-01-12T11:30", "2022-01-12T13:15"),
    ("de-from-part-clock", "de", "Die Straße ist von 2 Uhr morgens bis 18 Uhr gesperrt.",
     "von 2 Uhr morgens bis 18 Uhr", "2022-01-12T02:00", "2022-01-12T18:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "first", "last"), [r[1:] for r in RANGES], ids=[r[0] for r in RANGES]
)
def test_clock_ranges_on_told_days(lang: str, text: str, span: str, first: str, last: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(r.text, r.first.value, r.last.value) for r in tagged.ranges] == [(span, first, last)]


NO_RANGES = [
    ("en-score-down", "en", "Portugal beat Uruguay Thursday 5-4 in the final."),
    ("en-score-verb", "en", "The Lakers won Wednesday 3-8 at home."),
    ("en-score-on-day", "en", "Fiorentina edged Treviso 1-0 on Saturday."),
    ("en-dash-days", "en", "The fair opens Monday 5-6 March."),
    ("en-percent", "en", "Rates were Friday 3-4 percent higher."),
    ("en-years-stay-years", "en", "It ran between 2010-2015 in Ohio."),
    ("de-score", "de", "Bayern gewann Montag 3-1."),
    ("en-from-part-no-range", "en", "Prices rose from 3 in the morning session."),
    ("en-word-hours-no-minutes", "en", "Votes went from three to four in the poll."),
    ("en-word-clocks-change", "en", "The index rose from three thirty to four thirty."),
    ("en-no-overnight-afternoon", "en", "We met from 9pm to 3pm."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NO_RANGES], ids=[c[0] for c in NO_RANGES]
)
def test_no_clock_range(lang: str, text: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [r for r in tagged.ranges if "T" in r.first.value] == []


@settings(max_examples=60, deadline=None)
@given(
    day=st.sampled_from(["Monday", "next Friday", "tomorrow", "Montag"]),
    first=st.integers(min_value=0, max_value=99),
    last=st.integers(min_value=0, max_value=99),
    tail=st.sampled_from(["", " pm", " percent", ":30", "-7", " March", "."]),
    before=st.booleans(),
)
def test_dash_pairs_never_raise_and_keep_order(
    day: str, first: int, last: int, tail: str, before: bool
) -> None:
    pair = f"{first}-{last}{tail}"
    text = f"See you {pair} {day}." if before else f"See you {day} {pair} then."
    for r in tag_with_ranges(text, "en", DCT).ranges:
        assert text[r.start : r.end] == r.text
        if "T" in r.first.value and "T" in r.last.value:
            assert r.first.value < r.last.value


_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
_MINUTES = ["ten", "fifteen", "twenty", "thirty", "forty-five", "fifty"]


@settings(max_examples=60, deadline=None)
@given(
    h1=st.sampled_from(_HOURS),
    m1=st.sampled_from(_MINUTES),
    h2=st.sampled_from(_HOURS),
    m2=st.sampled_from(_MINUTES),
    opener=st.sampled_from([("from", "to"), ("between", "and")]),
)
def test_word_clock_ranges_are_ordered(h1: str, m1: str, h2: str, m2: str, opener: tuple) -> None:
    text = f"We are out {opener[0]} {h1} {m1} {opener[1]} {h2} {m2} today."
    for r in tag_with_ranges(text, "en", DCT).ranges:
        assert text[r.start : r.end] == r.text
        assert r.first.value < r.last.value, (text, r.first.value, r.last.value)


LISTED = [
    # (id, lang, text, [(range text, first, last)])
    ("en-or-weekdays", "en", "We can meet Thursday or Friday from 10-4.",
     [("Thursday", "2022-01-13T10:00", "2022-01-13T16:00"),
      ("Friday from 10-4", "2022-01-14T10:00", "2022-01-14T16:00")]),
    ("en-comma-list", "en", "We will meet Thursday, Friday or Saturday 9-11am.",
     [("Thursday", "2022-01-13T09:00", "2022-01-13T11:00"),
      ("Friday", "2022-01-14T09:00", "2022-01-14T11:00"),
      ("Saturday 9-11am", "2022-01-15T09:00", "2022-01-15T11:00")]),
    ("de-oder-weekdays", "de", "Wir haben Donnerstag oder Freitag von 9 bis 11 Uhr Zeit.",
     [("Donnerstag", "2022-01-13T09:00", "2022-01-13T11:00"),
      ("Freitag von 9 bis 11 Uhr", "2022-01-14T09:00", "2022-01-14T11:00")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in LISTED], ids=[c[0] for c in LISTED]
)
def test_listed_weekdays_share_a_clock_range(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(r.text, r.first.value, r.last.value) for r in tagged.ranges] == expected


def test_a_weekday_with_its_own_clock_keeps_it() -> None:
    tagged = tag_with_ranges("Thursday at 8am or Friday from 10-4.", "en", DCT)
    assert [r.text for r in tagged.ranges] == ["Friday from 10-4"]
