"""Dating undated articles from the articles they are related to."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from timeline.model import Article, Granularity, Published, PubMethod, Tense
from timeline.pubdate import date_from_corpus, infer_published

D = dt.date
PAST = Tense.PAST


def _text(mark: Any, lang: str, text: str, marks: list[tuple[str, dict[str, Any]]]) -> Published:
    exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
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
    assert a.method is PubMethod.UNKNOWN and a.alternatives
    assert b.method is PubMethod.UNKNOWN and b.alternatives
    out = date_from_corpus({"a": a, "b": b}, {"a": frozenset({"x"}), "b": frozenset({"x"})})
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
    signatures = {
        "a": frozenset({"tokayev", "csto"}),
        "b": frozenset({"tokayev", "csto"}),
        "c": frozenset({"merkel"}),
        "u": frozenset({"csto", "tokayev"}),
    }
    out = date_from_corpus(published, signatures)
    assert set(out) == {"u"}
    u = out["u"]
    assert u.method is PubMethod.CORPUS and u.date == D(2022, 1, 11)
    assert (u.earliest, u.latest) == (D(2022, 1, 7), D(2022, 1, 19))
    assert "a, b" in u.evidence[-1] and "tokayev" in u.evidence[-1]


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
    own = _text(
        mark,
        "en",
        "On Monday January 10 the president called.",
        [("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST))],
    )
    published = {"a": _dated(D(2011, 1, 12), D(2011, 1, 11), D(2011, 1, 14)), "u": own}
    out = date_from_corpus(published, {"a": frozenset(), "u": frozenset()})
    assert out["u"].earliest == D(2011, 1, 9)
    assert out["u"].method is PubMethod.TEXT
