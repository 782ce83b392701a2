"""The days related articles name with their year choose the year of an undated dateline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from timeline.model import Article, PubMethod, Tense
from timeline.pubdate import date_from_corpus, infer_published
from timeline.pubdate.named_events import named_days
from timeline.settings import CorpusDating, Settings

D = dt.date
PAST = Tense.PAST
STORY = frozenset({"nairobi", "dar es salaam", "embassy", "bushnell"})

# (id, lang, dateline article, [(phrase, fields)]): 7 August, a Friday or a Saturday
DISPATCHES = [
    (
        "en",
        "en",
        "Blasts\n\nJOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the blasts.",
        [("August 7", dict(month=8, day=7)), ("Friday", dict(weekday=4, tense=PAST))],
    ),
    (
        "de",
        "de",
        "Anschläge\n\nBerlin (dpa), 7. August – Die Regierung verurteilte am Freitag den Angriff.",
        [("7. August", dict(month=8, day=7)), ("Freitag", dict(weekday=4, tense=PAST))],
    ),
    (
        "pt",
        "pt",
        "Atentados\n\nLisboa (Lusa), 7 de agosto - O governo condenou na sexta-feira os atentados.",
        [("7 de agosto", dict(month=8, day=7)), ("sexta-feira", dict(weekday=4, tense=PAST))],
    ),
]
# related articles that name the day with its year (a year later: themselves undated)
NAMING = [
    (
        "en",
        "The Aug. 7, 1998, bombings killed 224 people.",
        [("Aug. 7, 1998", dict(year=1998, month=8, day=7, tense=PAST))],
    ),
    (
        "pt",
        "Os atentados de 7 de agosto de 1998 mataram 224 pessoas.",
        [("7 de agosto de 1998", dict(year=1998, month=8, day=7, tense=PAST))],
    ),
    (
        "de",
        "Die Anschläge vom 7. August 1998 töteten 224 Menschen.",
        [("7. August 1998", dict(year=1998, month=8, day=7, tense=PAST))],
    ),
]


def _collection(mark: Any, dispatch: Any, naming: list[Any]) -> tuple[dict, dict, dict]:
    texts, published = {}, {}
    for doc_id, (lang, text, marks) in [
        ("a", dispatch),
        *((f"n{i}", n) for i, n in enumerate(naming)),
    ]:
        exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
        texts[doc_id] = (text, exprs, lang)
        published[doc_id] = infer_published(Article(doc_id, doc_id, "", text), lang, exprs)
    return published, {d: STORY for d in texts}, texts


@pytest.mark.parametrize(
    ("lang", "text", "marks"), [c[1:] for c in DISPATCHES], ids=[c[0] for c in DISPATCHES]
)
def test_named_days_choose_the_dateline_year(mark: Any, lang: str, text: str, marks: Any) -> None:
    published, signatures, texts = _collection(mark, (lang, text, marks), NAMING)
    assert published["a"].method is PubMethod.UNKNOWN
    a = date_from_corpus(published, signatures, texts)["a"]
    assert a.method is PubMethod.TEXT  # its own days; the related articles chose the year
    assert (a.date, a.earliest, a.latest) == (D(1998, 8, 7), D(1998, 8, 7), D(1998, 8, 8))
    assert "1998" in a.evidence[-1] and "n0" in a.evidence[-1]


@pytest.mark.parametrize(
    ("lang", "text", "marks"), [c[1:] for c in DISPATCHES], ids=[c[0] for c in DISPATCHES]
)
def test_one_article_naming_the_day_is_not_enough(
    mark: Any, lang: str, text: str, marks: Any
) -> None:
    """One article's history ("relations forged on Nov. 6, 1972") is not the story's day."""
    published, signatures, texts = _collection(mark, (lang, text, marks), NAMING[:1])
    assert date_from_corpus(published, signatures, texts)["a"].date is None
    loose = replace(Settings().corpus_dating, min_naming_articles=1)
    assert date_from_corpus(published, signatures, texts, loose)["a"].date == D(1998, 8, 7)


def test_days_named_in_two_fitting_years_choose_none(mark: Any) -> None:
    """7 August 1998 and 7 August 2009 were both Fridays: the story's year is not told."""
    later = [
        (
            "en",
            "The Aug. 7, 2009, rally was peaceful.",
            [("Aug. 7, 2009", dict(year=2009, month=8, day=7))],
        ),
        ("en", "On Aug. 7, 2009, crowds met.", [("Aug. 7, 2009", dict(year=2009, month=8, day=7))]),
    ]
    published, signatures, texts = _collection(mark, DISPATCHES[0][1:], [*NAMING, *later])
    assert date_from_corpus(published, signatures, texts)["a"].date is None


def test_unrelated_articles_name_no_day(mark: Any) -> None:
    published, signatures, texts = _collection(mark, DISPATCHES[0][1:], NAMING)
    signatures = {**signatures, "a": frozenset({"johannesburg", "pretoria"})}
    assert date_from_corpus(published, signatures, texts)["a"].date is None


def test_named_days_need_day_month_and_year(mark: Any) -> None:
    text = "In August 1998 and on Aug. 7 and on Aug. 7, 1998 it happened."
    exprs = [
        mark(text, "August 1998", year=1998, month=8),
        mark(text, "Aug. 7", month=8, day=7),
        mark(text, "Aug. 7, 1998", year=1998, month=8, day=7),
    ]
    assert [n.day for n in named_days("x", exprs)] == [D(1998, 8, 7)]


def test_corpus_settings_defaults_are_the_measured_bar() -> None:
    bar = CorpusDating()
    assert (bar.min_related_dated, bar.max_chance, bar.min_shared_weight) == (0.4, 0.2, 1.5)
    assert bar.max_spread_days == 31 and Settings().corpus_dating == bar
