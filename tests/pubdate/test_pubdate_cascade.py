"""The cascade given > metadata > text > unknown, and bad input that must not raise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Article, Granularity, PubMethod, Tense, TimexType
from timeline.pubdate import infer_published
from timeline.temporal.expression import Expression

TEXT = "WASHINGTON (AP) Monday, March 3, 2014 — The Senate voted."
DAY = dt.date(2014, 3, 3)

CASCADE = [
    (
        "given-wins",
        dict(published=dt.date(2014, 3, 5), metadata_published=dt.date(2014, 3, 4)),
        PubMethod.GIVEN,
        dt.date(2014, 3, 5),
    ),
    (
        "metadata-over-text",
        dict(metadata_published=dt.date(2014, 3, 4)),
        PubMethod.METADATA,
        dt.date(2014, 3, 4),
    ),
    ("text", {}, PubMethod.TEXT, DAY),
]


@pytest.mark.parametrize(
    ("fields", "method", "day"), [c[1:] for c in CASCADE], ids=[c[0] for c in CASCADE]
)
def test_cascade_order(mark: Any, fields: dict, method: PubMethod, day: dt.date) -> None:
    article = Article("a", "a", "", TEXT, **fields)
    expr = mark(TEXT, "Monday, March 3, 2014", year=2014, month=3, day=3, weekday=0)
    published = infer_published(article, "en", [expr])
    assert (published.method, published.date) == (method, day)
    assert published.earliest is not None and published.earliest <= day
    assert published.evidence


def test_nothing_to_go_on_is_unknown() -> None:
    published = infer_published(Article("a", "a", "", "Nothing dated here."), "de", [])
    assert published.method is PubMethod.UNKNOWN and published.date is None


def test_offsets_outside_the_text_do_not_raise() -> None:
    expr = Expression(
        500,
        520,
        "Monday, March 3",
        TimexType.DATE,
        "x",
        Granularity.DAY,
        month=3,
        day=3,
        weekday=0,
        tense=Tense.PAST,
    )
    published = infer_published(Article("a", "a", "", "short"), "en", [expr])
    assert published.method is PubMethod.UNKNOWN


expressions = st.builds(
    Expression,
    start=st.integers(-5, 80),
    end=st.integers(0, 90),
    text=st.text(max_size=12),
    type=st.sampled_from(TimexType),
    rule=st.just("h.any"),
    granularity=st.none() | st.sampled_from(Granularity),
    year=st.none() | st.integers(-10, 12000),
    month=st.none() | st.integers(-1, 14),
    day=st.none() | st.integers(-1, 40),
    weekday=st.none() | st.integers(-2, 9),
    unit=st.none() | st.sampled_from(Granularity),
    offset=st.none() | st.integers(-9, 9),
    tense=st.sampled_from(Tense),
    value=st.none() | st.sampled_from(["2013-10-17", "P2D", "x"]),
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.lists(expressions, max_size=5))
def test_any_expressions_give_a_consistent_answer(text: str, exprs: list[Expression]) -> None:
    published = infer_published(Article("h", "h", "", text), "en", exprs)
    if published.date is not None:
        assert published.earliest is not None and published.latest is not None
        assert published.earliest <= published.date <= published.latest
    else:
        assert published.method is PubMethod.UNKNOWN
    for alt in published.alternatives:
        assert alt.earliest and alt.latest and alt.date
        assert alt.earliest <= alt.date <= alt.latest
