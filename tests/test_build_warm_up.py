"""Warming up before the first article (and before workers fork) loads what every article
needs and never raises; builds give the same result with and without workers."""

from __future__ import annotations

import pytest

from timeline import api
from timeline.model import Article
from timeline.settings import Settings
from timeline.temporal.grammar import grammar_for


@pytest.mark.parametrize(
    ("settings", "text", "expected"),
    [
        (Settings(languages=("en", "de")), "The minister said on Monday talks would go on.", "en"),
        (Settings(languages=("en", "de")), "Der Minister sagte am Montag, es gehe weiter.", "de"),
        (
            Settings(language="fr"),
            "Le ministre a dit lundi que les discussions continueraient.",
            "fr",
        ),
        (Settings(language="zz"), "Some text in a language without rules of its own.", "zz"),
    ],
    ids=["detected-en", "detected-de", "forced-fr", "forced-unknown"],
)
def test_warm_up_then_process(settings: Settings, text: str, expected: str) -> None:
    api.warm_up(settings)  # never raises
    if settings.language:
        assert grammar_for.cache_info().currsize >= 1
    article = Article(id="a", source="a.txt", title="", text=text)
    assert api.process_article(article, settings).language == expected


TEXTS = [
    "On 3 March 2021 the council met in Lyon. It met again on 9 March 2021.",
    "Am 3. März 2021 tagte der Rat in Köln. Am 9. März 2021 tagte er erneut.",
    "Le 3 mars 2021, le conseil s'est réuni à Lyon. Il s'est réuni le 9 mars 2021.",
]


def test_same_timeline_with_and_without_workers() -> None:
    articles = [
        Article(id=f"a{i}", source=f"a{i}.txt", title="", text=t) for i, t in enumerate(TEXTS)
    ]
    one = api.build_from_articles(articles, Settings(jobs=1))
    two = api.build_from_articles(articles, Settings(jobs=2))
    assert one == two
    assert [d.language for d in one.documents] == ["en", "de", "fr"]
