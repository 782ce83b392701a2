"""A shift still ahead of a speech's weekday ("in two days, he said on Tuesday") bounds W above."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Article, Granularity, PubMethod, Tense
from timeline.pubdate import infer_published
from timeline.pubdate.clues import Clue, ClueKind, Direction, Span
from timeline.pubdate.speech_shifts import speech_shift
from timeline.pubdate.week_cues import FUTURE_LEEWAY, narrow_to_week, weekday_in_week
from timeline.temporal import extract

D = dt.date
PAST, PRESENT, FUTURE = Tense.PAST, Tense.PRESENT, Tense.FUTURE
MON = dict(year=2022, month=1, day=10, weekday=0, tense=PAST)  # Monday 10 January 2022
TUE = dict(weekday=1, tense=PAST)
DAYS2 = dict(unit=Granularity.DAY, offset=2, counted=True)
# alone, the dated Monday and "said on Tuesday" give 11..16 January
ALONE = (D(2022, 1, 11), D(2022, 1, 11), D(2022, 1, 16))
BOUNDED = (D(2022, 1, 11), D(2022, 1, 11), D(2022, 1, 14))  # by Tuesday 11 + 2, a day's leeway

# (id, lang, text, dated phrase, shift phrase, shift fields, speech frame, speech weekday, expected)
CASES = [
    (
        "en-future",
        "en",
        "On Monday, January 10, 2022 the riots ended. Troops are expected to start leaving "
        "in two days, Tokayev said on Tuesday.",
        "Monday, January 10, 2022",
        "in two days",
        dict(DAYS2, tense=FUTURE),
        "Tokayev said on Tuesday",
        "Tuesday",
        BOUNDED,
    ),
    (
        "de-future",
        "de",
        "Am Montag, 10. Januar 2022 endeten die Unruhen. Die Truppen sollen in zwei Tagen mit "
        "dem Abzug beginnen, sagte Herr Tokajew am Dienstag.",
        "Montag, 10. Januar 2022",
        "in zwei Tagen",
        dict(DAYS2, tense=FUTURE),
        "sagte Herr Tokajew am Dienstag",
        "Dienstag",
        BOUNDED,
    ),
    (
        "pt-future",
        "pt",
        "Na segunda-feira, 10 de janeiro de 2022, os tumultos acabaram. As tropas devem começar "
        "a sair dentro de dois dias, disse Tokayev na terça-feira.",
        "segunda-feira, 10 de janeiro de 2022",
        "dentro de dois dias",
        dict(DAYS2, tense=FUTURE),
        "disse Tokayev na terça-feira",
        "terça-feira",
        BOUNDED,
    ),
    (
        "id-present-with-forward-shift",
        "id",
        "Kerusuhan berakhir Senin (10/1/2022). Pasukan mulai ditarik dalam dua hari, kata "
        "Tokayev pada Selasa.",
        "Senin (10/1/2022)",
        "dalam dua hari",
        dict(DAYS2, tense=PRESENT),
        "kata Tokayev pada Selasa",
        "Selasa",
        BOUNDED,
    ),
    (
        "en-week-unit",
        "en",
        "On Monday, January 10, 2022 the riots ended. Talks will resume in a week, the minister "
        "said on Tuesday.",
        "Monday, January 10, 2022",
        "in a week",
        dict(unit=Granularity.WEEK, offset=1, tense=FUTURE, granularity=Granularity.WEEK),
        "the minister said on Tuesday",
        "Tuesday",
        ALONE,  # by Tuesday 11 + 7 (+1): the news week already ends on the 16th
    ),
    (
        "en-past-tense-proves-nothing",
        "en",
        "On Monday, January 10, 2022 the riots ended. The troops left within two days, Tokayev "
        "said on Tuesday.",
        "Monday, January 10, 2022",
        "within two days",
        dict(DAYS2, tense=PAST),
        "Tokayev said on Tuesday",
        "Tuesday",
        ALONE,
    ),
    (
        "de-anaphoric-later-proves-nothing",
        "de",
        "Am Montag, 10. Januar 2022 endeten die Unruhen. Zwei Tage später waren die Truppen "
        "abgezogen, sagte Herr Tokajew am Dienstag.",
        "Montag, 10. Januar 2022",
        "Zwei Tage später",
        dict(DAYS2, tense=PAST, anaphoric=True),
        "sagte Herr Tokajew am Dienstag",
        "Dienstag",
        ALONE,
    ),
    (
        "pt-tense-unknown-proves-nothing",
        "pt",
        "Na segunda-feira, 10 de janeiro de 2022, os tumultos acabaram. Saída dentro de dois "
        "dias, disse Tokayev na terça-feira.",
        "segunda-feira, 10 de janeiro de 2022",
        "dentro de dois dias",
        dict(DAYS2),
        "disse Tokayev na terça-feira",
        "terça-feira",
        ALONE,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "dated", "shift", "fields", "frame", "weekday", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_shift_ahead_of_a_speech(
    mark: Any,
    lang: str,
    text: str,
    dated: str,
    shift: str,
    fields: dict[str, Any],
    frame: str,
    weekday: str,
    expected: tuple[dt.date, dt.date, dt.date],
) -> None:
    lo = text.index(frame)
    exprs = [
        mark(text, dated, **MON),
        mark(text, shift, speech_start=lo, speech_end=lo + len(frame), **fields),
        mark(text, weekday, **TUE),
    ]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert published.method is PubMethod.TEXT, published.evidence
    assert (published.date, published.earliest, published.latest) == expected
    ahead = fields.get("tense") in (FUTURE, PRESENT) and not fields.get("anaphoric")
    named = [line for line in published.evidence if f"'{shift}' after '{weekday}'" in line]
    assert bool(named) == ahead, published.evidence  # the evidence names the shift and speech
    assert expected != BOUNDED or "2022-01-13" in named[0]


def test_a_shift_outside_any_speech_is_relative(mark: Any) -> None:
    """No speech frame: "in two days" counts from the writing day and bounds nothing here."""
    text = "On Monday, January 10, 2022 the riots ended. Troops leave in two days, on Tuesday."
    exprs = [
        mark(text, "Monday, January 10, 2022", **MON),
        mark(text, "in two days", tense=FUTURE, **DAYS2),
    ]
    assert speech_shift(exprs[1], exprs) is None


def test_a_backward_shift_in_speech_is_no_bound(mark: Any) -> None:
    text = "Two days ago the troops arrived, Tokayev said on Tuesday."
    frame = text.index("Tokayev said on Tuesday")
    shift = mark(
        text,
        "Two days ago",
        unit=Granularity.DAY,
        offset=-2,
        tense=PAST,
        speech_start=frame,
        speech_end=len(text) - 1,
    )
    assert speech_shift(shift, [shift, mark(text, "Tuesday", **TUE)]) is None


WEEK = dict(unit=Granularity.WEEK, granularity=Granularity.WEEK, offset=1)
# (id, sentence, shift phrase, its fields, speech frame, speech weekday (phrase, number), days)
SHIFTS = [
    (
        "en-next-week-named",
        "Talks resume next week, he said on Tuesday.",
        "next week",
        dict(WEEK, tense=FUTURE),
        "he said on Tuesday",
        ("Tuesday", 1),
        12,
    ),
    (
        "de-next-week-named",
        "Gespräche folgen nächste Woche, sagte er am Samstag.",
        "nächste Woche",
        dict(WEEK, tense=FUTURE),
        "sagte er am Samstag",
        ("Samstag", 5),
        8,
    ),
    (
        "pt-counted-week",
        "Conversas dentro de uma semana, disse ele na sexta-feira.",
        "dentro de uma semana",
        dict(WEEK, tense=FUTURE, counted=True),
        "disse ele na sexta-feira",
        ("sexta-feira", 4),
        7,
    ),
    (
        "id-tomorrow",
        "Pasukan akan pergi besok, kata dia pada Rabu.",
        "besok",
        dict(unit=Granularity.DAY, offset=1, tense=FUTURE),
        "kata dia pada Rabu",
        ("Rabu", 2),
        1,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "fields", "frame", "said", "days"),
    [c[1:] for c in SHIFTS],
    ids=[c[0] for c in SHIFTS],
)
def test_days_from_the_speech(
    mark: Any, text: str, phrase: str, fields: Any, frame: str, said: Any, days: int
) -> None:
    lo = text.index(frame)
    shift = mark(text, phrase, speech_start=lo, speech_end=lo + len(frame), **fields)
    found = speech_shift(shift, [shift, mark(text, said[0], weekday=said[1], tense=PAST)])
    assert found is not None and (found.weekday, found.days, found.frame) == (
        said[1],
        days,
        said[0],
    )


# (id, span, clue, expected span or None when dropped with a warning); Thursday 14 March 2019
SPAN = Span(D(2019, 3, 13), D(2019, 3, 15), D(2019, 3, 20), anchor=D(2019, 3, 14), ahead=1)
TUESDAY_PLUS = Clue(
    ClueKind.SPEECH_SHIFT, "dans deux jours", "fr.hand", 0, Direction.BEFORE, weekday=1, shift=2
)
NARROW = [
    ("tuesday-12-plus-two", SPAN, TUESDAY_PLUS, (D(2019, 3, 13), D(2019, 3, 15))),
    (
        "wednesday-13-plus-three",
        SPAN,
        Clue(ClueKind.SPEECH_SHIFT, "tra tre giorni", "it.hand", 0, weekday=2, shift=3),
        (D(2019, 3, 13), D(2019, 3, 17)),
    ),
    ("no-anchor-no-week", Span(D(2019, 3, 14), D(2019, 3, 14), D(2019, 3, 20)), TUESDAY_PLUS, None),
    (
        "conflict-dropped",
        Span(D(2019, 3, 17), D(2019, 3, 17), D(2019, 3, 20), anchor=D(2019, 3, 14), ahead=1),
        TUESDAY_PLUS,
        None,
    ),
]


@pytest.mark.parametrize(
    ("span", "clue", "expected"), [c[1:] for c in NARROW], ids=[c[0] for c in NARROW]
)
def test_narrow_by_speech_shift(span: Span, clue: Clue, expected: Any) -> None:
    reading = narrow_to_week(span, [clue])
    if expected is None:
        assert reading.span == span
        assert span.anchor is None or clue.quote in reading.warnings[0]
    else:
        assert (reading.span.earliest, reading.span.latest) == expected
        assert clue.quote in reading.evidence[0] and not reading.warnings


@given(
    anchor=st.dates(min_value=D(1950, 1, 1), max_value=D(2050, 1, 1)),
    weekday=st.integers(0, 6),
    shift=st.integers(1, 30),
    ahead=st.integers(0, 3),
)
def test_bound_is_the_shifted_day_plus_leeway(
    anchor: dt.date, weekday: int, shift: int, ahead: int
) -> None:
    wide = dt.timedelta(days=60)
    span = Span(anchor - wide, anchor, anchor + wide, anchor=anchor, ahead=ahead)
    clue = Clue(ClueKind.SPEECH_SHIFT, "x", "xx.hand", 0, weekday=weekday, shift=shift)
    said = weekday_in_week(anchor, weekday, Direction.AFTER, ahead)
    reading = narrow_to_week(span, [clue])
    assert reading.span.earliest == span.earliest
    assert reading.span.latest == said + dt.timedelta(days=shift + FUTURE_LEEWAY)


# the real tagger: the shift's speech frame and tense as it reads them
TAGGED = [
    (
        "en",
        "On Monday, January 10, 2022 the riots ended. Troops are expected to start leaving in "
        "two days, Tokayev said on Tuesday.",
        "in two days",
    ),
    (
        "de",
        "Am Montag, 10. Januar 2022 endeten die Unruhen. Die Truppen sollen in zwei Tagen mit "
        "dem Abzug beginnen, sagte Herr Tokajew am Dienstag.",
        "in zwei Tagen",
    ),
    (
        "pt",
        "Na segunda-feira, 10 de janeiro de 2022, os tumultos acabaram. As tropas devem começar "
        "a sair dentro de dois dias, disse Tokayev na terça-feira.",
        "dentro de dois dias",
    ),
]


@pytest.mark.parametrize(("lang", "text", "shift"), TAGGED, ids=[t[0] for t in TAGGED])
def test_tagged_speech_shift_bounds_the_day(lang: str, text: str, shift: str) -> None:
    published = infer_published(Article("a", "a", "", text), lang, extract(text, lang))
    assert (published.date, published.earliest, published.latest) == BOUNDED
    assert any(f"'{shift}'" in line and "2022-01-13" in line for line in published.evidence)
