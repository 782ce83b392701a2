"""The corpus step reads an undated article's own weekdays, and refuses rather than guess."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Article, Granularity, Published, PubMethod, Tense
from timeline.pubdate import date_from_corpus, infer_published
from timeline.pubdate.coincidence import chance_matches, merged
from timeline.pubdate.relations import EntityIndex

D = dt.date
PAST = Tense.PAST
STORY = frozenset({"flood", "danube", "orban"})


def _dated(day: dt.date, low: dt.date, high: dt.date) -> Published:
    return Published(day, low, high, PubMethod.TEXT, ("hand-made",))


def _peers() -> dict[str, Published]:
    """Two articles of one story, written on Tuesday 3 and Wednesday 4 May 2016."""
    return {
        "a": _dated(D(2016, 5, 3), D(2016, 5, 2), D(2016, 5, 8)),
        "b": _dated(D(2016, 5, 4), D(2016, 5, 3), D(2016, 5, 5)),
    }


def _undated(mark: Any, lang: str, text: str, marks: list[tuple[str, dict[str, Any]]]) -> Any:
    exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
    return infer_published(Article("u", "u", "", text), lang, exprs), (text, exprs, lang)


# an undated article naming two weekdays: read in the week of its related articles
WEEKDAYS = [
    (
        "de",
        "Die Flut erreichte am Montag Budapest. Am Dienstag sagte Orban, die Dämme hielten.",
        [("Montag", dict(weekday=0, tense=PAST)), ("Dienstag", dict(weekday=1, tense=PAST))],
        "'Dienstag'",
    ),
    (
        "id",
        "Banjir mencapai Budapest pada Senin. Pada Selasa, Orban mengatakan tanggul bertahan.",
        [("Senin", dict(weekday=0, tense=PAST)), ("Selasa", dict(weekday=1, tense=PAST))],
        "'Selasa'",
    ),
    (
        "en",
        "The flood reached Budapest on Monday. On Tuesday, Orban said the dykes held.",
        [("Monday", dict(weekday=0, tense=PAST)), ("Tuesday", dict(weekday=1, tense=PAST))],
        "'Tuesday'",
    ),
]


@pytest.mark.parametrize(("lang", "text", "marks", "quote"), WEEKDAYS, ids=[c[0] for c in WEEKDAYS])
def test_own_weekdays_narrow_the_corpus_period(
    mark: Any, lang: str, text: str, marks: Any, quote: str
) -> None:
    own, own_text = _undated(mark, lang, text, marks)
    published = {**_peers(), "u": own}
    signatures = {"a": STORY, "b": STORY, "u": STORY}
    u = date_from_corpus(published, signatures, {"u": own_text})["u"]
    assert u.method is PubMethod.CORPUS
    assert (u.date, u.earliest, u.latest) == (D(2016, 5, 3), D(2016, 5, 3), D(2016, 5, 8))
    assert any(quote in line and "2016-05-03" in line for line in u.evidence)
    assert "related articles" in u.evidence[-1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Die Flut erreichte Budapest."), ("pt", "A cheia chegou a Budapeste.")],
    ids=["de", "pt"],
)
def test_no_clue_keeps_the_wide_period(lang: str, text: str) -> None:
    own = infer_published(Article("u", "u", "", text), lang, [])
    published = {**_peers(), "u": own}
    u = date_from_corpus(published, {d: STORY for d in published}, {"u": (text, [], lang)})["u"]
    assert u.method is PubMethod.CORPUS
    assert (u.earliest, u.latest) == (D(2016, 4, 29), D(2016, 5, 11))


@pytest.mark.parametrize(
    ("dated", "undated", "reason"),
    [
        (("a", "b"), ("u", "v", "w", "x", "y", "z"), "most related articles are undated"),
        (("a",), ("u",), "only one related article is dated"),
    ],
    ids=["mostly-undated", "one-witness"],
)
def test_thin_related_evidence_speaks_for_nobody(
    dated: tuple[str, ...], undated: tuple[str, ...], reason: str
) -> None:
    published = {d: _peers()[d] for d in dated} | {d: Published.unknown() for d in undated}
    out = date_from_corpus(published, {d: STORY for d in published})
    assert all(p.method is PubMethod.UNKNOWN for p in out.values())
    assert reason in out["u"].evidence[-1]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "Since 2017 the river has risen.", "2017"),
        ("id", "Sejak 2017 sungai itu meluap.", "2017"),
    ],
    ids=["en", "id"],
)
def test_own_later_year_refuses_the_period(mark: Any, lang: str, text: str, year: str) -> None:
    own, own_text = _undated(
        mark, lang, text, [(year, dict(year=2017, granularity=Granularity.YEAR))]
    )
    published = {**_peers(), "u": own}
    out = date_from_corpus(published, {d: STORY for d in published}, {"u": own_text})
    assert out["u"].method is PubMethod.UNKNOWN
    assert "names 2017" in out["u"].evidence[-1]


def test_related_article_naming_a_later_year_refuses(mark: Any) -> None:
    later, later_text = _undated(
        mark,
        "pt",
        "Em 2018 a barragem voltou a ceder.",
        [("2018", dict(year=2018, granularity=Granularity.YEAR))],
    )
    published = {**_peers(), "u": Published.unknown(), "v": later}
    out = date_from_corpus(
        published, {d: STORY for d in published}, {"u": ("", [], "pt"), "v": later_text}
    )
    assert out["u"].method is PubMethod.UNKNOWN
    assert "more than one period" in out["u"].evidence[-1]


def _windows_published(days: list[dt.date]) -> Published:
    alts = tuple(_dated(d, d - dt.timedelta(days=1), d + dt.timedelta(days=6)) for d in days)
    return Published(None, None, None, PubMethod.UNKNOWN, ("hand-made",), (), alts)


OWN_DAYS = [D(1904 + 6 * k, 3, 1) for k in range(30)]  # fits thirty years, one each six


@pytest.mark.parametrize(
    ("peer", "chosen"),
    [
        (_dated(D(1964, 3, 3), D(1964, 3, 2), D(1964, 3, 8)), True),
        (_windows_published([D(1901 + 6 * k, 9, 1) for k in range(29)] + [D(1964, 3, 3)]), False),
    ],
    ids=["one-dated-peer-chooses", "thirty-windows-meet-by-chance"],
)
def test_a_year_met_by_chance_is_not_chosen(peer: Published, chosen: bool) -> None:
    published = {"u": _windows_published(OWN_DAYS), "p": peer}
    out = date_from_corpus(published, {"u": STORY, "p": STORY})
    assert (out["u"].date is not None and out["u"].date.year == 1964) is chosen


@pytest.mark.parametrize(
    ("lang", "text", "marks", "years"),
    [
        (
            "de",
            "Seit 2019 wächst der Protest. Am Montag (10.) telefonierte er.",
            [
                ("2019", dict(year=2019, granularity=Granularity.YEAR)),
                ("Montag (10.)", dict(day=10, weekday=0, tense=PAST)),
            ],
            range(2019, 2026),
        ),
        (
            "pt",
            "Desde 2010 o sistema cresce. Na quinta-feira (17) o ministro falou.",
            [
                ("2010", dict(year=2010, granularity=Granularity.YEAR)),
                ("quinta-feira (17)", dict(day=17, weekday=3, tense=PAST)),
            ],
            range(2010, 2017),
        ),
    ],
    ids=["de", "pt"],
)
def test_few_alternatives_kept(mark: Any, lang: str, text: str, marks: Any, years: range) -> None:
    own, _ = _undated(mark, lang, text, marks)
    assert own.method is PubMethod.UNKNOWN
    assert 0 < len(own.alternatives) <= 3
    assert all(a.date is not None and a.date.year in years for a in own.alternatives)


def test_rare_names_relate_more() -> None:
    signatures = {f"d{i}": frozenset({"europe", f"x{i}"}) for i in range(6)}
    signatures["a"] = frozenset({"europe", "slepian", "amherst", "kopp"})
    signatures["b"] = frozenset({"europe", "slepian", "amherst", "kopp"})
    index = EntityIndex(signatures)
    assert index.weight("slepian") > index.weight("europe")
    assert index.related("a") == {"b"}
    assert index.related("d0") == set()
    assert index.shared("a", ["b"])[0] != "europe"


WINDOWS = st.lists(
    st.tuples(st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 1, 1)), st.integers(0, 9)),
    min_size=1,
    max_size=12,
).map(lambda xs: [(d, d + dt.timedelta(days=n)) for d, n in xs])


@given(own=WINDOWS, others=WINDOWS)
def test_chance_is_never_negative_and_merging_keeps_every_day(
    own: list[tuple[dt.date, dt.date]], others: list[tuple[dt.date, dt.date]]
) -> None:
    assert chance_matches(own, others, 7) >= 0
    joined = merged(others)
    for low, high in others:
        assert any(a <= low and high <= b for a, b in joined)
    assert all(joined[i][1] < joined[i + 1][0] for i in range(len(joined) - 1))
