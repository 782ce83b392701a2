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
