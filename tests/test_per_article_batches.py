"""Articles processed a few at a time (languages detected first, then the other stages) give
what one-by-one processing gives, and a detection that fails costs only its own article."""

from __future__ import annotations

import pytest

from timeline import per_article
from timeline.model import Article
from timeline.per_article import process_article_safely, process_articles
from timeline.settings import Settings

TEXTS = {
    "en": "The council met in Lyon on 3 March 2021. It voted on the budget a week later.",
    "de": "Der Rat tagte am 3. März 2021 in Köln. Eine Woche später stimmte er ab.",
    "id": "Dewan bersidang di Bandung pada 3 Maret 2021. Seminggu kemudian dewan memilih.",
    "pt": "O conselho reuniu-se em Lisboa a 3 de março de 2021. Uma semana depois votou.",
}


def _articles() -> list[Article]:
    return [Article(id=code, source=f"{code}.txt", title="", text=t) for code, t in TEXTS.items()]


def test_batch_gives_what_one_by_one_gives() -> None:
    settings = Settings()
    articles = _articles()
    batch = process_articles(articles, settings)
    assert batch == [process_article_safely(a, settings) for a in articles]
    assert [r.language for r in batch] == list(TEXTS)


def test_failed_detection_costs_only_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    real = per_article.article_language

    def failing_for_de(article: Article, settings: Settings) -> str:
        if article.id == "de":
            raise RuntimeError("detector broke")
        return real(article, settings)

    monkeypatch.setattr(per_article, "article_language", failing_for_de)
    articles = _articles()
    assert per_article.languages_of(articles, Settings()) == ["en", None, "id", "pt"]
    results = process_articles(articles, Settings())
    failed = [r for r in results if r.article.warnings]
    assert [r.article.id for r in failed] == ["de"]
    assert "detector broke" in failed[0].article.warnings[-1]
    assert all(r.candidates for r in results if r.article.id != "de")
