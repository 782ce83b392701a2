"""A dateline with no year and its lead's weekday: the years narrow, no year is claimed."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.model import Article, Granularity, PubMethod, Tense
from timeline.pubdate import infer_published
from timeline.pubdate.dispatch import lead_weekday
from timeline.pubdate.text_clues import read_clues
from timeline.pubdate.writing_day import date_from_clues

PAST, FUTURE = Tense.PAST, Tense.FUTURE
FRIDAY, SATURDAY = 4, 5

# (id, lang, text, [(phrase, fields)]): a dateline "7 August" and a lead told on a Friday
LEADS = [
    (
        "en-xinhua",
        "en",
        "Blasts\n\nJOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the blasts.",
        [
            ("August 7", dict(month=8, day=7)),
            ("Friday", dict(weekday=FRIDAY, tense=PAST)),
        ],
    ),
    (
        "de-dpa",
        "de",
        "Anschläge\n\nBerlin (dpa), 7. August – Die Regierung verurteilte am Freitag den Angriff.",
        [
            ("7. August", dict(month=8, day=7)),
            ("Freitag", dict(weekday=FRIDAY, tense=PAST)),
        ],
    ),
    (
        "pt-lusa",
        "pt",
        "Atentados\n\nLisboa (Lusa), 7 de agosto - O governo condenou na sexta-feira os atentados.",
        [
            ("7 de agosto", dict(month=8, day=7)),
            ("sexta-feira", dict(weekday=FRIDAY, tense=PAST)),
        ],
    ),
]


def _exprs(mark: Any, text: str, marks: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    return [mark(text, phrase, **fields) for phrase, fields in marks]


@pytest.mark.parametrize(
    ("lang", "text", "marks"), [c[1:] for c in LEADS], ids=[c[0] for c in LEADS]
)
def test_lead_weekday_narrows_the_dateline_years(
    mark: Any, lang: str, text: str, marks: Any
) -> None:
    clues = read_clues(text, _exprs(mark, text, marks), lang)
    assert lead_weekday(clues) is not None
    every = date_from_clues(clues, all_alternatives=True)
    assert every.method is PubMethod.UNKNOWN  # a weekday never tells the year by itself
    days = [a.date for a in every.alternatives if a.date]
    assert days and all(d.month == 8 and d.day == 7 for d in days)
    assert {d.weekday() for d in days} == {FRIDAY, SATURDAY}  # that day or the day after
    assert any("the lead's weekday" in line for line in every.evidence)


@pytest.mark.parametrize(
    ("lang", "text", "marks"), [c[1:] for c in LEADS], ids=[c[0] for c in LEADS]
)
def test_a_named_year_does_not_choose_among_guessed_years(
    mark: Any, lang: str, text: str, marks: Any
) -> None:
    """1998 fits (7 August 1998 was a Friday), but two years in seven fit: no claim."""
    text = f"{text} Seit 1998." if lang == "de" else f"{text} Since 1998."
    exprs = [
        *_exprs(mark, text, marks),
        mark(text, "1998", year=1998, granularity=Granularity.YEAR),
    ]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert published.method is PubMethod.UNKNOWN


def test_a_future_lead_weekday_narrows_nothing(mark: Any) -> None:
    text = "Talks\n\nBRUSSELS, February 10 (Xinhua) -- Ministers will meet on Friday."
    marks = [
        ("February 10", dict(month=2, day=10)),
        ("Friday", dict(weekday=FRIDAY, tense=FUTURE)),
    ]
    clues = read_clues(text, _exprs(mark, text, marks), "en")
    assert lead_weekday(clues) is None


def test_a_weekday_far_below_the_dateline_is_no_lead(mark: Any) -> None:
    text = "Talks\n\nBRUSSELS, February 10 (Xinhua) -- " + "Ministers met. " * 40 + "On Friday."
    marks = [
        ("February 10", dict(month=2, day=10)),
        ("Friday", dict(weekday=FRIDAY, tense=PAST)),
    ]
    clues = read_clues(text, _exprs(mark, text, marks), "en")
    assert lead_weekday(clues) is None
