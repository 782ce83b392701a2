"""End to end with the real tagger: ``temporal.extract`` feeding the publication-date stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.entities import article_entities
from timeline.model import Article, PubMethod
from timeline.pubdate import date_from_corpus, infer_published
from timeline.temporal import extract

D = dt.date

# (id, lang, text, (date, earliest, latest))
ARTICLES = [
    # a bare weekday read in the week of the dated day: written on or after that Friday
    (
        "en-weekday-after-date",
        "en",
        "On Thursday, March 14, 2019 the dam broke near the city. Officials said on Friday that "
        "it had been repaired.",
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 20)),
    ),
    (
        "de-weekday-after-date",
        "de",
        "Am Donnerstag, 14. März 2019 brach der Damm. Am Freitag sagte der Minister, der Damm "
        "sei repariert.",
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 20)),
    ),
    (
        "id-weekday-after-date",
        "id",
        "Bendungan itu jebol pada Kamis (14/3/2019). Menteri mengatakan pada Jumat bahwa "
        "bendungan sudah diperbaiki.",
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 20)),
    ),
    (
        "pt-weekday-after-date",
        "pt",
        "A barragem rompeu na quinta-feira, 14 de março de 2019. O ministro disse na sexta-feira "
        "que foi reparada.",
        (D(2019, 3, 15), D(2019, 3, 15), D(2019, 3, 20)),
    ),
    # "this week": written in the week of the dated day
    (
        "en-this-week",
        "en",
        "On Thursday, March 14, 2019 the dam broke. This week the rains finally stopped.",
        (D(2019, 3, 15), D(2019, 3, 13), D(2019, 3, 17)),
    ),
    (
        "id-this-week",
        "id",
        "Bendungan itu jebol pada Kamis (14/3/2019). Minggu ini hujan berhenti.",
        (D(2019, 3, 15), D(2019, 3, 11), D(2019, 3, 17)),
    ),
    (
        "en-dateline",
        "en",
        "Senate passes budget\n\nWASHINGTON (AP) Monday, March 3, 2014 — The Senate voted on the "
        "budget on Monday. Senators said the vote came after talks last week.",
        (D(2014, 3, 3), D(2014, 3, 3), D(2014, 3, 4)),
    ),
    (
        "en-calendar",
        "en",
        "Harbour strike ends\n\nDockworkers returned to work after the union said on Thursday, "
        "October 17, that the strike was over. It was the longest strike of 2013.",
        (D(2013, 10, 18), D(2013, 10, 16), D(2013, 10, 23)),
    ),
    (
        "en-yesterday-weekday",
        "en",
        "The talks began on Monday, January 10, 2022. Yesterday, Tuesday, the minister said they "
        "had failed.",
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
    (
        "de-dateline",
        "de",
        "Haushalt beschlossen\n\nBerlin, 12. Januar 2022 – Der Bundestag hat am Mittwoch den "
        "Haushalt beschlossen. Die Debatte hatte letzte Woche begonnen.",
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 13)),
    ),
    (
        "de-calendar",
        "de",
        "Streik im Hafen beendet\n\nDie Gewerkschaft erklärte am Donnerstag, dem 17. Oktober, der "
        "Streik sei vorbei. Es war der längste Streik des Jahres 2013.",
        (D(2013, 10, 18), D(2013, 10, 16), D(2013, 10, 23)),
    ),
    (
        "de-yesterday-weekday",
        "de",
        "Gestern, am Dienstag, sagte der Minister, die Gespräche seien gescheitert. Am Montag, "
        "10. Januar 2022, hatten sie begonnen.",
        (D(2022, 1, 12), D(2022, 1, 12), D(2022, 1, 12)),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in ARTICLES], ids=[c[0] for c in ARTICLES]
)
def test_dated_with_the_tagger(lang: str, text: str, expected: tuple) -> None:
    published = infer_published(Article("a", "a", "", text), lang, extract(text, lang))
    assert published.method is PubMethod.TEXT, published.evidence
    assert (published.date, published.earliest, published.latest) == expected


def test_seeds(seeds_dir: Path) -> None:
    """001, 002, 004 on 2022-01-11..13; 000 and 003 from the corpus, each with evidence."""
    languages = {"000": "id", "004": "de"}
    published, signatures, texts = {}, {}, {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc, text = path.name[:3], path.read_text(encoding="utf-8")
        lang = languages.get(doc, "en")
        texts[doc] = (text, list(extract(text, lang)), lang)
        published[doc] = infer_published(Article(doc, str(path), "", text), lang, texts[doc][1])
        signatures[doc] = frozenset(article_entities(text, lang))
    final = {**published, **date_from_corpus(published, signatures, texts)}
    for doc in ("001", "002", "004"):
        day = final[doc].date
        assert day is not None and D(2022, 1, 11) <= day <= D(2022, 1, 13), (doc, final[doc])
    for doc in ("000", "003"):
        assert final[doc].method is PubMethod.CORPUS, (doc, final[doc])
        day = final[doc].date
        assert day is not None and (day.year, day.month) == (2022, 1)
    for doc in ("001", "002"):
        assert final[doc].method is PubMethod.TEXT
        assert any("Monday" in line for line in final[doc].evidence)
    assert all(p.evidence for p in final.values())
    # "Tokayev said on Tuesday" beside "Monday (10)": written on or after Tuesday the 11th
    assert final["002"].earliest is not None and final["002"].earliest >= D(2022, 1, 11)
    # 004's own "am Montag", "am Dienstag" read in the corpus week; it stays a corpus date
    own = final["004"]
    assert own.method is PubMethod.CORPUS and own.earliest and own.latest
    assert D(2022, 1, 11) <= own.earliest and own.latest <= D(2022, 1, 17)
    assert any("Dienstag" in line for line in own.evidence)
    for doc in ("000", "003"):  # no clue of their own: the wider corpus interval
        wide = final[doc]
        assert wide.earliest and wide.latest and (wide.latest - wide.earliest).days >= 9
