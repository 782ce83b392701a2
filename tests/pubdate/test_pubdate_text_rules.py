"""Each text rule of the publication-date stage, on short texts in several languages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from timeline.model import Article, Granularity, PubMethod, Tense
from timeline.pubdate import infer_published

D = dt.date
PAST, FUTURE = Tense.PAST, Tense.FUTURE

# (id, lang, text, [(phrase, fields)], (date, earliest, latest))
DATED = [
    # datelines: the date at the top of the article, after a city or an agency
    (
        "en-dateline-agency",
        "en",
        "Senate vote\n\nWASHINGTON (AP) Monday, March 3, 2014 — The Senate voted on the bill.",
        [("Monday, March 3, 2014", dict(year=2014, month=3, day=3, weekday=0))],
        (D(2014, 3, 3), D(2014, 3, 3), D(2014, 3, 4)),
    ),
    (
        "de-dateline-city",
        "de",
        "Haushalt\n\nBerlin, 12. Januar 2022 – Die Regierung hat den Haushalt beschlossen.",
        [("12. Januar 2022", dict(year=2022, month=1, day=12))],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 13)),
    ),
    (
        "pt-dateline-lusa",
        "pt",
        "Orçamento\n\nLisboa (Lusa), 5 de março de 2019 - O governo aprovou o orçamento.",
        [("5 de março de 2019", dict(year=2019, month=3, day=5))],
        (D(2019, 3, 5), D(2019, 3, 5), D(2019, 3, 6)),
    ),
    (
        "id-dateline-byline",
        "id",
        "Banjir di Medan\nDiterbitkan pada 4 Februari 2020\nHujan deras merendam kota.",
        [("4 Februari 2020", dict(year=2020, month=2, day=4))],
        (D(2020, 2, 4), D(2020, 2, 4), D(2020, 2, 5)),
    ),
    (
        "en-dateline-year-from-text",
        "en",
        "NAIROBI, Kenya (AP) _ Friday, Aug. 7\n\nThe embassy, built in 1998, was hit.",
        [("Friday, Aug. 7", dict(month=8, day=7, weekday=4)), ("1998", dict(year=1998))],
        (D(1998, 8, 7), D(1998, 8, 7), D(1998, 8, 8)),
    ),
    # a weekday named with its date: written that day or within six days after
    (
        "id-weekday-date",
        "id",
        "JAKARTA, KOMPAS.com - Pertamina menyampaikan hal itu, Kamis (17/10/2013), di Jakarta.",
        [("Kamis (17/10/2013)", dict(year=2013, month=10, day=17, weekday=3, tense=PAST))],
        (D(2013, 10, 18), D(2013, 10, 16), D(2013, 10, 23)),
    ),
    (
        "en-weekday-date",
        "en",
        "The minister spoke on Thursday, October 17, 2013, in Jakarta.",
        [("Thursday, October 17, 2013", dict(year=2013, month=10, day=17, weekday=3, tense=PAST))],
        (D(2013, 10, 18), D(2013, 10, 16), D(2013, 10, 23)),
    ),
    (
        "en-weekday-date-future",
        "en",
        "The leaders will meet on Friday, January 14, 2022 in Geneva.",
        [("Friday, January 14, 2022", dict(year=2022, month=1, day=14, weekday=4, tense=FUTURE))],
        (D(2022, 1, 13), D(2022, 1, 8), D(2022, 1, 15)),
    ),
    # the calendar: of the years a weekday and its date fit, the one the text names
    (
        "en-calendar",
        "en",
        "The 2022 budget angered many. On Monday January 10, the president called his envoy.",
        [
            ("2022", dict(year=2022, granularity=Granularity.YEAR)),
            ("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        (D(2022, 1, 11), D(2022, 1, 9), D(2022, 1, 16)),
    ),
    (
        "de-calendar",
        "de",
        "Der Haushalt 2022 empört viele. Am Montag, dem 10. Januar, telefonierte der Präsident.",
        [
            ("2022", dict(year=2022, granularity=Granularity.YEAR)),
            ("Montag, dem 10. Januar", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        (D(2022, 1, 11), D(2022, 1, 9), D(2022, 1, 16)),
    ),
    (
        "pt-calendar",
        "pt",
        "O orçamento de 2022 irritou muitos. Na segunda-feira, 10 de janeiro, o presidente ligou.",
        [
            ("2022", dict(year=2022, granularity=Granularity.YEAR)),
            ("segunda-feira, 10 de janeiro", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        (D(2022, 1, 11), D(2022, 1, 9), D(2022, 1, 16)),
    ),
    (
        "id-calendar",
        "id",
        "Anggaran 2022 memicu protes. Presiden menelepon pada Senin (10/1).",
        [
            ("2022", dict(year=2022, granularity=Granularity.YEAR)),
            ("Senin (10/1)", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        (D(2022, 1, 11), D(2022, 1, 9), D(2022, 1, 16)),
    ),
    # a bare weekday read in the week of the dated day: "said on Wednesday" (the 12th) means
    # written on that Wednesday or in the six days after
    (
        "en-said-on-weekday",
        "en",
        "On Monday, January 10, 2022 the talks began. The minister said on Wednesday they failed.",
        [
            ("Monday, January 10, 2022", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
            ("Wednesday", dict(weekday=2, tense=PAST)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 16)),
    ),
    (
        "de-said-on-weekday",
        "de",
        "Am Montag, 10. Januar 2022 begannen die Gespräche. Der Minister sagte am Mittwoch, "
        "sie seien gescheitert.",
        [
            ("Montag, 10. Januar 2022", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
            ("Mittwoch", dict(weekday=2, tense=PAST)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 16)),
    ),
    (
        "pt-said-on-weekday",
        "pt",
        "Na segunda-feira, 10 de janeiro de 2022, começaram as conversas. O ministro disse na "
        "quarta-feira que falharam.",
        [
            (
                "segunda-feira, 10 de janeiro de 2022",
                dict(year=2022, month=1, day=10, weekday=0, tense=PAST),
            ),
            ("quarta-feira", dict(weekday=2, tense=PAST)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 16)),
    ),
    # the writing day's own weekday ("today, Wednesday") narrows the interval to one day
    (
        "en-today-weekday",
        "en",
        "Talks began on Monday, January 10, 2022. Today, Wednesday, they resume.",
        [
            ("Monday, January 10, 2022", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
            ("Today, Wednesday", dict(weekday=2, unit=Granularity.DAY, offset=0)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
    (
        "id-yesterday-weekday",
        "id",
        "Pembicaraan dimulai Senin (10/1/2022). Kemarin, Selasa, menteri berbicara.",
        [
            ("Senin (10/1/2022)", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
            ("Kemarin, Selasa", dict(weekday=1, unit=Granularity.DAY, offset=-1)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
    # the tagger's two expressions "yesterday" + "Tuesday" side by side are read as one
    (
        "pt-yesterday-then-weekday",
        "pt",
        "As conversas começaram na segunda-feira, 10 de janeiro de 2022. Ontem, terça-feira, "
        "o ministro falou.",
        [
            (
                "segunda-feira, 10 de janeiro de 2022",
                dict(year=2022, month=1, day=10, weekday=0, tense=PAST),
            ),
            ("Ontem", dict(unit=Granularity.DAY, offset=-1)),
            ("terça-feira", dict(weekday=1)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
    (
        "id-yesterday-then-weekday",
        "id",
        "Pembicaraan dimulai Senin (10/1/2022). Menteri berbicara kemarin (Selasa).",
        [
            ("Senin (10/1/2022)", dict(year=2022, month=1, day=10, weekday=0, tense=PAST)),
            ("kemarin", dict(unit=Granularity.DAY, offset=-1)),
            ("Selasa", dict(weekday=1)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
    # deictic expressions with their date: "gestern (17. Oktober 2013)" means written the 18th
    (
        "de-yesterday-date",
        "de",
        "Der Minister sagte gestern (17. Oktober 2013) in Jakarta, das System sei fertig.",
        [
            (
                "gestern (17. Oktober 2013)",
                dict(year=2013, month=10, day=17, unit=Granularity.DAY, offset=-1),
            )
        ],
        (D(2013, 10, 18), D(2013, 10, 18), D(2013, 10, 18)),
    ),
    (
        "pt-last-week-date",
        "pt",
        "Na semana passada, na segunda-feira 3 de janeiro de 2022, chegaram as tropas.",
        [
            (
                "semana passada, na segunda-feira 3 de janeiro de 2022",
                dict(year=2022, month=1, day=3, weekday=0, unit=Granularity.WEEK, offset=-1),
            )
        ],
        (D(2022, 1, 13), D(2022, 1, 10), D(2022, 1, 16)),
    ),
    # a full date told in the past is a lower bound on the writing day
    (
        "en-past-date-bound",
        "en",
        "On Monday January 10 the talks began; the deal was signed on January 12, 2022.",
        [
            ("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST)),
            ("January 12, 2022", dict(year=2022, month=1, day=12, tense=PAST)),
        ],
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 16)),
    ),
]


def _expressions(mark: Any, text: str, marks: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    return [mark(text, phrase, **fields) for phrase, fields in marks]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "expected"), [c[1:] for c in DATED], ids=[c[0] for c in DATED]
)
def test_dated_from_text(mark: Any, lang: str, text: str, marks: Any, expected: Any) -> None:
    published = infer_published(Article("a", "a", "", text), lang, _expressions(mark, text, marks))
    assert published.method is PubMethod.TEXT, published.evidence
    assert (published.date, published.earliest, published.latest) == expected
    assert published.evidence and not published.warnings


# contradictions: the dateline wins and the conflict becomes a warning
CONFLICTS = [
    (
        "de-dateline-vs-weekday-date",
        "de",
        "Berlin, 20. Januar 2022 – Am Montag, 10. Januar, telefonierte der Präsident.",
        [
            ("20. Januar 2022", dict(year=2022, month=1, day=20)),
            ("Montag, 10. Januar", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        D(2022, 1, 20),
        "dateline wins",
    ),
    (
        "en-dateline-vs-weekday-date",
        "en",
        "LONDON (Reuters) - Friday, March 4, 2022\nOn Monday February 14 the envoy arrived.",
        [
            ("Friday, March 4, 2022", dict(year=2022, month=3, day=4, weekday=4)),
            ("Monday February 14", dict(month=2, day=14, weekday=0, tense=PAST)),
        ],
        D(2022, 3, 4),
        "dateline wins",
    ),
    (
        "id-dateline-vs-today-weekday",
        "id",
        "JAKARTA, 17 Oktober 2013 - Hari ini, Senin, menteri berbicara.",
        [
            ("17 Oktober 2013", dict(year=2013, month=10, day=17)),
            ("Hari ini, Senin", dict(weekday=0, unit=Granularity.DAY, offset=0)),
        ],
        D(2013, 10, 17),
        "weekday",
    ),
    (
        "pt-dateline-vs-weekday-date",
        "pt",
        "Lisboa (Lusa), 5 de março de 2019 - Na quinta-feira, 14 de fevereiro, o ministro falou.",
        [
            ("5 de março de 2019", dict(year=2019, month=3, day=5)),
            ("quinta-feira, 14 de fevereiro", dict(month=2, day=14, weekday=3, tense=PAST)),
        ],
        D(2019, 3, 5),
        "dateline wins",
    ),
    # 12 March 1999 was a Friday: the dateline wins over the weekday told as today's
    (
        "en-dateline-vs-today-weekday",
        "en",
        "WASHINGTON (AP) March 12, 1999 — Today, Monday, the alliance grew.",
        [
            ("March 12, 1999", dict(year=1999, month=3, day=12)),
            ("Today, Monday", dict(weekday=0, unit=Granularity.DAY, offset=0)),
        ],
        D(1999, 3, 12),
        "weekday",
    ),
    (
        "de-dateline-vs-today-weekday",
        "de",
        "Berlin, 12. März 1999 – Heute, Montag, wuchs das Bündnis.",
        [
            ("12. März 1999", dict(year=1999, month=3, day=12)),
            ("Heute, Montag", dict(weekday=0, unit=Granularity.DAY, offset=0)),
        ],
        D(1999, 3, 12),
        "weekday",
    ),
    (
        "pt-dateline-vs-today-weekday",
        "pt",
        "Lisboa (Lusa), 12 de março de 1999 - Hoje, segunda-feira, a aliança cresceu.",
        [
            ("12 de março de 1999", dict(year=1999, month=3, day=12)),
            ("Hoje, segunda-feira", dict(weekday=0, unit=Granularity.DAY, offset=0)),
        ],
        D(1999, 3, 12),
        "weekday",
    ),
    (
        "en-weekday-not-fitting-its-date",
        "en",
        "WASHINGTON (AP) Monday, January 12, 2022 — The vote was held.",
        [("Monday, January 12, 2022", dict(year=2022, month=1, day=12, weekday=0))],
        None,
        "is not a Monday",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "day", "warning"),
    [c[1:] for c in CONFLICTS],
    ids=[c[0] for c in CONFLICTS],
)
def test_contradictions_warn(
    mark: Any, lang: str, text: str, marks: Any, day: dt.date | None, warning: str
) -> None:
    published = infer_published(Article("a", "a", "", text), lang, _expressions(mark, text, marks))
    assert published.date == day
    assert any(warning in w for w in published.warnings), published.warnings


# no year can be told: stay unknown, list what the text allows
UNDATED = [
    (
        "en-no-year",
        "en",
        "On Monday January 10, the president called his counterpart.",
        [("Monday January 10", dict(month=1, day=10, weekday=0, tense=PAST))],
        False,  # fits dozens of years: none are worth listing
    ),
    (
        "de-no-year",
        "de",
        "Am Montag, dem 10. Januar, telefonierte der Präsident.",
        [("Montag, dem 10. Januar", dict(month=1, day=10, weekday=0, tense=PAST))],
        False,  # fits dozens of years: none are worth listing
    ),
    (
        "pt-named-year-does-not-fit",
        "pt",
        "Desde 2019 os protestos cresceram. Na segunda-feira, 10 de janeiro, o presidente ligou.",
        [
            ("2019", dict(year=2019, granularity=Granularity.YEAR)),
            ("segunda-feira, 10 de janeiro", dict(month=1, day=10, weekday=0, tense=PAST)),
        ],
        True,
    ),
    (
        "id-this-week",
        "id",
        "Kementerian mengatakan minggu ini bahwa mereka mendukung.",
        [("minggu ini", dict(unit=Granularity.WEEK, offset=0, granularity=Granularity.WEEK))],
        False,
    ),
    (
        "de-this-week",
        "de",
        "Das Ministerium sagte diese Woche, es unterstütze den Einsatz.",
        [("diese Woche", dict(unit=Granularity.WEEK, offset=0, granularity=Granularity.WEEK))],
        False,
    ),
    (
        "en-last-week-tuesday",
        "en",
        "Last week the troops arrived; he said on Tuesday they leave.",
        [
            ("Last week", dict(unit=Granularity.WEEK, offset=-1, granularity=Granularity.WEEK)),
            ("Tuesday", dict(weekday=1, tense=PAST)),
        ],
        False,
    ),
    (
        "pt-yesterday",
        "pt",
        "O ministro disse ontem que as tropas partem.",
        [("ontem", dict(unit=Granularity.DAY, offset=-1))],
        False,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "marks", "has_alternatives"),
    [c[1:] for c in UNDATED],
    ids=[c[0] for c in UNDATED],
)
def test_unknown_when_text_cannot_tell(
    mark: Any, lang: str, text: str, marks: Any, has_alternatives: bool
) -> None:
    published = infer_published(Article("a", "a", "", text), lang, _expressions(mark, text, marks))
    assert published.method is PubMethod.UNKNOWN and published.date is None
    assert bool(published.alternatives) is has_alternatives
    assert all(a.date and a.date.month == 1 for a in published.alternatives)
    assert published.evidence


# two dated weekdays told in the past, more than a week apart: W is after both, near the later
LATER = [
    (
        "en",
        "On Monday, January 3, 2022 the protests began. On Tuesday, January 11, 2022 he spoke.",
        [("Monday, January 3, 2022", 3, 0), ("Tuesday, January 11, 2022", 11, 1)],
    ),
    (
        "id",
        "Protes dimulai Selasa (11/1/2022). Sebelumnya, Senin (3/1/2022), harga naik.",
        [("Selasa (11/1/2022)", 11, 1), ("Senin (3/1/2022)", 3, 0)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "dates"), LATER, ids=["en-later", "id-earlier-after"])
def test_latest_dated_weekday_wins_without_warning(
    mark: Any, lang: str, text: str, dates: list[tuple[str, int, int]]
) -> None:
    exprs = [
        mark(text, phrase, year=2022, month=1, day=day, weekday=weekday, tense=PAST)
        for phrase, day, weekday in dates
    ]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert (published.date, published.earliest) == (D(2022, 1, 12), D(2022, 1, 10))
    assert not published.warnings
