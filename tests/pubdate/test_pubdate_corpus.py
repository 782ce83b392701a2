"""Dating undated articles from the articles they are related to."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Article, Granularity, Published, PubMethod, Tense
from timeline.pubdate import date_from_corpus, infer_published

D = dt.date
PAST = Tense.PAST


Marks = list[tuple[str, dict[str, Any]]]


def _own(mark: Any, lang: str, text: str, marks: Marks) -> tuple[str, list[Any], str]:
    """The text, its hand-made expressions and its language, as the corpus step takes them."""
    return text, [mark(text, phrase, **fields) for phrase, fields in marks], lang


def _text(mark: Any, lang: str, text: str, marks: Marks) -> Published:
    text, exprs, lang = _own(mark, lang, text, marks)
    return infer_published(Article("x", "x", "", text), lang, exprs)


def _dated(day: dt.date, low: dt.date, high: dt.date) -> Published:
    return Published(day, low, high, PubMethod.TEXT, ("hand-made",))


# Two articles each fitting several years: only one year fits both (en + de, id + pt).
PAIRS = [
    (
        "en-de",
        (
            "en",
            "On Monday January 10 the president called.",
            [("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST))],
        ),
        (
            "de",
            "Seit 2019 wächst der Protest. Am Montag (10.) telefonierte er.",
            [
                ("2019", dict(year=2019, granularity=Granularity.YEAR)),
                ("Montag (10.)", dict(day=10, weekday=0, tense=PAST)),
            ],
        ),
        D(2022, 1, 10),
    ),
    (
        "id-pt",
        (
            "id",
            "Presiden menelepon pada Kamis (17/10).",
            [("Kamis (17/10)", dict(month=10, day=17, weekday=3, tense=PAST))],
        ),
        (
            "pt",
            "Desde 2010 o sistema cresce. Na quinta-feira (17) o ministro falou.",
            [
                ("2010", dict(year=2010, granularity=Granularity.YEAR)),
                ("quinta-feira (17)", dict(day=17, weekday=3, tense=PAST)),
            ],
        ),
        D(2013, 10, 17),
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "day"), [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS]
)
def test_related_articles_choose_the_year(mark: Any, first: Any, second: Any, day: dt.date) -> None:
    a, b = _text(mark, *first), _text(mark, *second)
    assert a.method is PubMethod.UNKNOWN and not a.alternatives  # no year named: none shown
    assert b.method is PubMethod.UNKNOWN and 0 < len(b.alternatives) <= 3
    texts = {"a": _own(mark, *first), "b": _own(mark, *second)}
    signatures = {"a": frozenset({"x"}), "b": frozenset({"x"})}
    out = date_from_corpus({"a": a, "b": b}, signatures, texts)
    for doc in ("a", "b"):
        assert out[doc].method is PubMethod.TEXT
        assert out[doc].earliest == day - dt.timedelta(days=1)
        assert out[doc].date == day + dt.timedelta(days=1)
        assert "related articles" in out[doc].evidence[-1]


def test_undated_takes_the_period_of_related_articles() -> None:
    published = {
        "a": _dated(D(2022, 1, 11), D(2022, 1, 10), D(2022, 1, 16)),
        "b": _dated(D(2022, 1, 12), D(2022, 1, 11), D(2022, 1, 13)),
        "c": _dated(D(2019, 5, 1), D(2019, 5, 1), D(2019, 5, 2)),
        "u": Published.unknown(),
    }
    story = frozenset({"tokayev", "csto", "almaty"})
    signatures = {"a": story, "b": story | {"lavrov"}, "c": frozenset({"merkel"}), "u": story}
    out = date_from_corpus(published, signatures)
    assert set(out) == {"u"}
    u = out["u"]
    assert u.method is PubMethod.CORPUS and u.date == D(2022, 1, 11)
    assert (u.earliest, u.latest) == (D(2022, 1, 7), D(2022, 1, 19))
    assert "a, b" in u.evidence[-1] and "tokayev" in u.evidence[-1]


def test_no_period_when_related_articles_spread_over_months() -> None:
    published = {
        "a": _dated(D(2022, 1, 11), D(2022, 1, 10), D(2022, 1, 16)),
        "b": _dated(D(2022, 6, 1), D(2022, 6, 1), D(2022, 6, 2)),
        "u": Published.unknown(),
    }
    story = frozenset({"tokayev", "csto", "almaty"})
    out = date_from_corpus(published, {"a": story, "b": story, "u": story})
    assert out["u"].method is PubMethod.UNKNOWN and "no period" in out["u"].evidence[-1]


def test_mostly_undated_collection_speaks_for_nobody() -> None:
    published = {d: Published.unknown() for d in "uvwxyz"}
    published["a"] = _dated(D(2020, 3, 3), D(2020, 3, 3), D(2020, 3, 4))
    out = date_from_corpus(published, {d: frozenset({d}) for d in published})
    assert all(p.method is PubMethod.UNKNOWN for p in out.values())


def test_unrelated_undated_takes_the_collection() -> None:
    published = {"a": _dated(D(2020, 3, 3), D(2020, 3, 3), D(2020, 3, 4)), "u": Published.unknown()}
    out = date_from_corpus(published, {"a": frozenset({"x"}), "u": frozenset({"y"})})
    assert out["u"].method is PubMethod.CORPUS and out["u"].date == D(2020, 3, 3)
    assert (out["u"].earliest, out["u"].latest) == (D(2020, 2, 2), D(2020, 4, 3))
    assert "collection" in out["u"].evidence[-1]


def test_nothing_dated_stays_unknown() -> None:
    published = {"a": Published.unknown(), "b": Published.unknown()}
    out = date_from_corpus(published, {"a": frozenset({"x"}), "b": frozenset({"x"})})
    assert all(p.method is PubMethod.UNKNOWN and p.date is None for p in out.values())


def test_alternative_inside_the_corpus_period_is_preferred(mark: Any) -> None:
    article = (
        "en",
        "On Monday January 10 the president called.",
        [("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST))],
    )
    own = _text(mark, *article)
    published = {"a": _dated(D(2011, 1, 12), D(2011, 1, 11), D(2011, 1, 14)), "u": own}
    texts = {"u": _own(mark, *article)}
    out = date_from_corpus(published, {"a": frozenset(), "u": frozenset()}, texts)
    assert out["u"].earliest == D(2011, 1, 9)
    assert out["u"].method is PubMethod.TEXT


def _published(draw: Any) -> Published:
    """A random dated, unknown, or several-years article (days up to 28: every year has them)."""
    day = draw(
        st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 1, 1)).filter(lambda d: d.day <= 28)
    )
    kind = draw(st.sampled_from(["dated", "unknown", "alternatives"]))
    if kind == "dated":
        return _dated(day, day - dt.timedelta(days=1), day + dt.timedelta(days=6))
    if kind == "unknown":
        return Published.unknown()
    years = range(day.year, day.year + 6 * draw(st.integers(1, 4)), 6)
    alts = tuple(
        _dated(d, d - dt.timedelta(days=1), d + dt.timedelta(days=6))
        for d in (day.replace(year=y) for y in years)
    )
    return Published(None, None, None, PubMethod.UNKNOWN, ("hand-made",), (), alts)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_corpus_answers_are_consistent(data: Any) -> None:
    ids = [f"d{i}" for i in range(data.draw(st.integers(1, 8)))]
    published = {d: _published(data.draw) for d in ids}
    entities = st.frozensets(st.sampled_from(["a", "b", "c", "d"]), max_size=4)
    signatures = {d: data.draw(entities) for d in ids}
    out = date_from_corpus(published, signatures)
    assert set(out) == {d for d, p in published.items() if p.method is PubMethod.UNKNOWN}
    for p in out.values():
        if p.date is None:
            assert p.method is PubMethod.UNKNOWN
        else:
            assert p.earliest is not None and p.latest is not None
            assert p.earliest <= p.date <= p.latest


@pytest.mark.parametrize(
    ("spellings", "shown", "hidden"),
    [
        pytest.param({"kentral asian": "Zentralasien"}, "Zentralasien", "kentral asian", id="de"),
        pytest.param({"kentral asian": "Central Asian"}, "Central Asian", "kentral asian", id="en"),
        pytest.param({}, "kentral asian", "Central Asian", id="unknown-spelling-keeps-key"),
    ],
)
def test_evidence_spells_shared_names_as_the_articles_do(
    spellings: dict[str, str], shown: str, hidden: str
) -> None:
    """The evidence quotes names as written, not as the keys that compare them across languages."""
    published = {
        "a": _dated(D(2022, 1, 11), D(2022, 1, 10), D(2022, 1, 16)),
        "b": _dated(D(2022, 1, 12), D(2022, 1, 11), D(2022, 1, 13)),
        "u": Published.unknown(),
    }
    story = frozenset({"tokayev", "kentral asian", "almaty"})
    signatures = {"a": story, "b": story, "u": story}
    out = date_from_corpus(published, signatures, spellings=spellings)
    assert shown in out["u"].evidence[-1] and hidden not in out["u"].evidence[-1]
