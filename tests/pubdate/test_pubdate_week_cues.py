"""Bare weekdays and "this week" narrow the writing day once a dated day gives the week."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Article, Granularity, PubMethod, Tense
from timeline.pubdate import infer_published
from timeline.pubdate.clues import Clue, ClueKind, Direction, Span
from timeline.pubdate.week_cues import narrow_to_week, weekday_in_week

D = dt.date
PAST, FUTURE = Tense.PAST, Tense.FUTURE
THU = dict(year=2019, month=3, day=14, weekday=3, tense=PAST)  # Thursday 14 March 2019
WEEK = dict(unit=Granularity.WEEK, offset=0, granularity=Granularity.WEEK)

# (id, lang, text, [(phrase, fields)], (best, earliest, latest)); alone, the dated Thursday
# gives 13..20 March (that day or the six after, a day's leeway)
CASES = [
    (
        "en-past-weekday-after-the-date",
        "en",
        "On Thursday, March 14, 2019 the dam broke. Officials said on Friday it was repaired.",
        [("Thursday, March 14, 2019", THU), ("Friday", dict(weekday=4, tense=PAST))],
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 20)),
    ),
    (
        "de-past-weekday-before-the-date",
        "de",
        "Am Donnerstag, 14. März 2019 brach der Damm. Am Dienstag hatte der Bürgermeister gewarnt.",
        [("Donnerstag, 14. März 2019", THU), ("Dienstag", dict(weekday=1, tense=PAST))],
        (D(2019, 3, 15), D(2019, 3, 13), D(2019, 3, 18)),
    ),
    (
        "id-future-weekday",
        "id",
        "Bendungan jebol Kamis (14/3/2019). Presiden akan berkunjung pada Senin.",
        [("Kamis (14/3/2019)", THU), ("Senin", dict(weekday=0, tense=FUTURE))],
        (D(2019, 3, 15), D(2019, 3, 13), D(2019, 3, 19)),
    ),
    (
        "pt-tense-unknown-cuts-nothing",
        "pt",
        "A barragem rompeu na quinta-feira, 14 de março de 2019. Sábado: feira no mercado.",
        [("quinta-feira, 14 de março de 2019", THU), ("Sábado", dict(weekday=5))],
        (D(2019, 3, 16), D(2019, 3, 13), D(2019, 3, 20)),
    ),
    (
        "en-this-week",
        "en",
        "On Thursday, March 14, 2019 the dam broke. This week the rains finally stopped.",
        [("Thursday, March 14, 2019", THU), ("This week", WEEK)],
        (D(2019, 3, 15), D(2019, 3, 13), D(2019, 3, 17)),
    ),
    (
        "id-this-week-and-weekday",
        "id",
        "Bendungan jebol Kamis (14/3/2019). Minggu ini hujan berhenti, kata gubernur pada Jumat.",
        [
            ("Kamis (14/3/2019)", THU),
            ("Minggu ini", WEEK),
            ("Jumat", dict(weekday=4, tense=PAST)),
        ],
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 17)),
    ),
    (
        "de-this-week",
        "de",
        "Am Donnerstag, 14. März 2019 brach der Damm. Diese Woche regnete es kaum.",
        [("Donnerstag, 14. März 2019", THU), ("Diese Woche", WEEK)],
        (D(2019, 3, 15), D(2019, 3, 13), D(2019, 3, 17)),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_weekdays_in_the_known_week(
    mark: Any, lang: str, text: str, marks: Any, expected: Any
) -> None:
    exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert published.method is PubMethod.TEXT, published.evidence
    assert (published.date, published.earliest, published.latest) == expected


def test_evidence_quotes_the_weekday(mark: Any) -> None:
    text = "Am Donnerstag, 14. März 2019 brach der Damm. Am Freitag sagte der Minister, er helfe."
    exprs = [
        mark(text, "Donnerstag, 14. März 2019", **THU),
        mark(text, "Freitag", weekday=4, tense=PAST),
    ]
    published = infer_published(Article("a", "a", "", text), "de", exprs)
    assert any("'Freitag'" in line and "2019-03-15" in line for line in published.evidence)


# (id, span, clue, expected span or None when dropped with a warning)
SPAN = Span(D(2019, 3, 13), D(2019, 3, 15), D(2019, 3, 20), anchor=D(2019, 3, 14), ahead=1)
NARROW = [
    (
        "past-friday",
        SPAN,
        Clue(ClueKind.RECENT_WEEKDAY, "vendredi", "fr.hand", 0, Direction.AFTER, weekday=4),
        (D(2019, 3, 15), D(2019, 3, 20)),
    ),
    (
        "future-monday",
        SPAN,
        Clue(ClueKind.RECENT_WEEKDAY, "lunedì", "it.hand", 0, Direction.BEFORE, weekday=0),
        (D(2019, 3, 13), D(2019, 3, 19)),
    ),
    (
        "no-anchor-no-week",
        Span(D(2019, 3, 14), D(2019, 3, 14), D(2019, 3, 15)),
        Clue(ClueKind.RECENT_WEEKDAY, "maandag", "nl.hand", 0, Direction.AFTER, weekday=0),
        (D(2019, 3, 14), D(2019, 3, 15)),
    ),
    (
        "conflict-dropped",
        Span(D(2019, 3, 19), D(2019, 3, 19), D(2019, 3, 20), anchor=D(2019, 3, 14), ahead=1),
        Clue(ClueKind.CURRENT_WEEK, "esta semana", "es.hand", 0),
        None,
    ),
]


@pytest.mark.parametrize(
    ("span", "clue", "expected"), [c[1:] for c in NARROW], ids=[c[0] for c in NARROW]
)
def test_narrow_to_week(span: Span, clue: Clue, expected: Any) -> None:
    reading = narrow_to_week(span, [clue])
    if expected is None:
        assert reading.span == span
        assert reading.warnings and clue.quote in reading.warnings[0]
    else:
        assert (reading.span.earliest, reading.span.latest) == expected
        assert not reading.warnings


@given(
    anchor=st.dates(min_value=D(1950, 1, 1), max_value=D(2050, 1, 1)),
    weekday=st.integers(0, 6),
    ahead=st.integers(0, 1),
    past=st.booleans(),
)
def test_weekday_in_week_lies_in_the_anchor_week(
    anchor: dt.date, weekday: int, ahead: int, past: bool
) -> None:
    direction = Direction.AFTER if past else Direction.BEFORE
    day = weekday_in_week(anchor, weekday, direction, ahead)
    assert day.weekday() == weekday
    if past:
        assert -6 + ahead <= (day - anchor).days <= ahead
    else:
        assert 1 <= (day - anchor).days <= 7
