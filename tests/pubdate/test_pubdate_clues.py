"""How single expressions are read: weekday datelines, numeric header dates, slips of the year."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from timeline.model import Article, Granularity, PubMethod, Tense
from timeline.pubdate import infer_published
from timeline.pubdate.clues import ClueKind
from timeline.pubdate.text_clues import read_clues

D = dt.date
PAST = Tense.PAST

# (id, lang, text, phrase, fields, kind)
KINDS = [
    (
        "en-weekday-dateline",
        "en",
        "WASHINGTON (AP) Monday — The vote.",
        "Monday",
        dict(weekday=0),
        ClueKind.WRITING_WEEKDAY,
    ),
    (
        "de-weekday-dateline",
        "de",
        "Titel\nBERLIN (dpa) Montag – Der Bundestag.",
        "Montag",
        dict(weekday=0),
        ClueKind.WRITING_WEEKDAY,
    ),
    (
        "id-weekday-after-quote",
        "id",
        'Judul\n"Minggu lalu sudah Rp 8.000-an," kata Andi.',
        "Minggu",
        dict(weekday=6, tense=PAST),
        ClueKind.RECENT_WEEKDAY,
    ),
    (
        "pt-weekday-in-sentence",
        "pt",
        "Na segunda-feira o ministro falou.",
        "segunda-feira",
        dict(weekday=0, tense=PAST),
        ClueKind.RECENT_WEEKDAY,
    ),
    (
        "en-year",
        "en",
        "The law passed in 2014.",
        "2014",
        dict(year=2014, granularity=Granularity.YEAR, tense=PAST),
        ClueKind.YEAR,
    ),
    (
        "de-future-year-ignored",
        "de",
        "Die Reform kommt 2030.",
        "2030",
        dict(year=2030, granularity=Granularity.YEAR, tense=Tense.FUTURE),
        None,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "fields", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS]
)
def test_clue_kind(
    mark: Any, lang: str, text: str, phrase: str, fields: dict, kind: ClueKind | None
) -> None:
    clues = read_clues(text, [mark(text, phrase, **fields)], lang)
    assert [c.kind for c in clues] == ([kind] if kind else [])


# (id, lang, text, [(phrase, fields)], date or None, warning or "", alternatives)
READINGS = [
    # a numeric header date read both ways; a weekday in the text decides
    (
        "pt-header-both-ways-weekday-decides",
        "pt",
        "APW19980308\nREPORTAGEM\n03/08/1998 14:35:00\nA polícia prendeu no domingo dois homens.",
        [("03/08/1998", dict(year=1998, month=8, day=3)), ("domingo", dict(weekday=6, tense=PAST))],
        D(1998, 3, 8),
        "",
        0,
    ),
    (
        "en-header-both-ways-undecided",
        "en",
        "NYT\n02/06/1998 10:00:00\nThe economy created jobs at a robust pace.",
        [("02/06/1998", dict(year=1998, month=2, day=6))],
        None,
        "",
        2,
    ),
    # a weekday contradicting its date: a slip of the year when the neighbouring year fits
    (
        "id-year-slip",
        "id",
        "Menteri berbicara di Jakarta, Kamis (11/12/2013), kepada wartawan.",
        [("Kamis (11/12/2013)", dict(year=2013, month=12, day=11, weekday=3, tense=PAST))],
        D(2014, 12, 12),
        "neighbouring year",
        0,
    ),
    (
        "de-year-slip",
        "de",
        "Der Minister sprach am Donnerstag, 11.12.2013, in Berlin.",
        [("Donnerstag, 11.12.2013", dict(year=2013, month=12, day=11, weekday=3, tense=PAST))],
        D(2014, 12, 12),
        "neighbouring year",
        0,
    ),
    # ... else the date is doubtful and proves nothing
    (
        "id-doubtful",
        "id",
        "Harga minyak turun pada Rabu (14/12/2014) waktu setempat.",
        [("Rabu (14/12/2014)", dict(year=2014, month=12, day=14, weekday=2, tense=PAST))],
        None,
        "doubtful",
        0,
    ),
    (
        "en-doubtful",
        "en",
        "Oil fell on Wednesday, December 14, 2014 in New York.",
        [
            (
                "Wednesday, December 14, 2014",
                dict(year=2014, month=12, day=14, weekday=2, tense=PAST),
            )
        ],
        None,
        "doubtful",
        0,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "day", "warning", "alternatives"),
    [c[1:] for c in READINGS],
    ids=[c[0] for c in READINGS],
)
def test_readings(
    mark: Any,
    lang: str,
    text: str,
    marks: Any,
    day: dt.date | None,
    warning: str,
    alternatives: int,
) -> None:
    exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert published.date == day, published.evidence
    assert (published.method is PubMethod.TEXT) is (day is not None)
    assert len(published.alternatives) == alternatives
    if warning:
        assert any(warning in w for w in published.warnings), published.warnings


# the tagger's deictic day or week and the date beside it, read as one expression
APPOSITIONS = [
    (
        "en-today-date",
        "en",
        "Today, Monday January 10, 2022, the talks resume.",
        [
            ("Today", dict(unit=Granularity.DAY, offset=0)),
            ("Monday January 10, 2022", dict(year=2022, month=1, day=10, weekday=0)),
        ],
        (D(2022, 1, 10), D(2022, 1, 10), D(2022, 1, 10)),
    ),
    (
        "id-yesterday-date",
        "id",
        "Menteri berbicara kemarin (17/10/2013) di Jakarta.",
        [
            ("kemarin", dict(unit=Granularity.DAY, offset=-1)),
            ("17/10/2013", dict(year=2013, month=10, day=17)),
        ],
        (D(2013, 10, 18), D(2013, 10, 18), D(2013, 10, 18)),
    ),
    (
        "de-this-week-date",
        "de",
        "Diese Woche, am Montag, 10. Januar 2022, begannen die Gespräche.",
        [
            ("Diese Woche", dict(unit=Granularity.WEEK, offset=0)),
            ("Montag, 10. Januar 2022", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
        ],
        (D(2022, 1, 13), D(2022, 1, 10), D(2022, 1, 16)),
    ),
    (
        "pt-last-week-date",
        "pt",
        "Na semana passada, na segunda-feira, 3 de janeiro de 2022, chegaram as tropas.",
        [
            ("semana passada", dict(unit=Granularity.WEEK, offset=-1)),
            (
                "segunda-feira, 3 de janeiro de 2022",
                dict(year=2022, month=1, day=3, weekday=0, tense=PAST),
            ),
        ],
        (D(2022, 1, 13), D(2022, 1, 10), D(2022, 1, 16)),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "expected"),
    [c[1:] for c in APPOSITIONS],
    ids=[c[0] for c in APPOSITIONS],
)
def test_deictic_beside_date(mark: Any, lang: str, text: str, marks: Any, expected: Any) -> None:
    exprs = [mark(text, phrase, **fields) for phrase, fields in marks]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert (published.date, published.earliest, published.latest) == expected, published.evidence
    assert published.method is PubMethod.TEXT and not published.warnings
