"""One reader per format: plain text, Markdown, HTML, JSON and JSON Lines, sidecar metadata."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.sources.conftest import WriteFile, read_all
from timeline.model import Article, SkippedInput
from timeline.sources.markdown import read_markdown, strip_markdown
from timeline.sources.plaintext import read_plain_text
from timeline.sources.records import read_json_lines
from timeline.sources.values import parse_day, parse_language


def only_article(items: list[Article | SkippedInput]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "\n\n  Dam opens early \nThe dam opened on Monday.", "Dam opens early", id="en"
        ),
        pytest.param(
            "Neue Brücke eröffnet\n\nDie Brücke wurde am Montag eröffnet.",
            "Neue Brücke eröffnet",
            id="de",
        ),
        pytest.param(
            "Jembatan baru dibuka\nJembatan itu dibuka Senin (4/3).",
            "Jembatan baru dibuka",
            id="id",
        ),
    ],
)
def test_plain_text_title_is_the_first_non_empty_line(text: str, title: str) -> None:
    article = read_plain_text("a", "a.txt", text)
    assert isinstance(article, Article)
    assert article.title == title
    assert article.text == text  # offsets of later stages point into the file's text


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        pytest.param("# Brücke eröffnet ##", "Brücke eröffnet", id="de-atx-heading"),
        pytest.param(
            "Ponte **reaberta** na _segunda-feira_",
            "Ponte reaberta na segunda-feira",
            id="pt-emphasis",
        ),
        pytest.param(
            "See [the report](https://x.org/r) from *Monday*",
            "See the report from Monday",
            id="en-link-emphasis",
        ),
        pytest.param("![Foto der Brücke](b.jpg)\nText", "Foto der Brücke\nText", id="de-image-alt"),
        pytest.param("> Kata dia pada hari Selasa.", "Kata dia pada hari Selasa.", id="id-quote"),
        pytest.param(
            "- erste Meldung\n* zweite Meldung", "erste Meldung\nzweite Meldung", id="de-bullets"
        ),
        pytest.param("Run `make` on 3 May", "Run make on 3 May", id="en-inline-code"),
        pytest.param(
            "snake_case_name and 3 * 4 * 5",
            "snake_case_name and 3 * 4 * 5",
            id="en-no-false-emphasis",
        ),
        pytest.param(
            "12. März: Die Brücke stürzt ein",
            "12. März: Die Brücke stürzt ein",
            id="de-date-not-a-list",
        ),
        pytest.param("Title\n=====\nBody\n\n---\n", "Title\n\nBody\n\n\n", id="en-setext-rule"),
    ],
)
def test_markdown_is_stripped_lightly(markdown: str, plain: str) -> None:
    assert strip_markdown(markdown) == plain


@pytest.mark.parametrize(
    ("source", "title", "published", "language", "url", "warned"),
    [
        pytest.param(
            "---\ntitle: Fest der Laternen\ndate: 2023-06-02\nlang: DE\n---\n"
            "Das Fest beginnt am Samstag.",
            "Fest der Laternen",
            dt.date(2023, 6, 2),
            "de",
            None,
            False,
            id="de-front-matter",
        ),
        pytest.param(
            "---\npublished: '2019-03-14T08:00:00Z'\nurl: https://x.id/a\nlanguage: id\n---\n"
            "# Jembatan runtuh\nJembatan runtuh pada Selasa.",
            "Jembatan runtuh",
            dt.date(2019, 3, 14),
            "id",
            "https://x.id/a",
            False,
            id="id-heading-title-datetime",
        ),
        pytest.param(
            "---\ntitle: [unclosed\n---\nThe dam opened on Monday.",
            "The dam opened on Monday.",
            None,
            None,
            None,
            True,
            id="en-broken-yaml",
        ),
        pytest.param(
            "---\ndate: 31 février\n---\nLe pont a ouvert lundi.",
            "Le pont a ouvert lundi.",
            None,
            None,
            None,
            True,
            id="fr-bad-date",
        ),
        pytest.param(
            "Sem cabeçalho.\n\nA ponte abriu na segunda-feira.",
            "Sem cabeçalho.",
            None,
            None,
            None,
            False,
            id="pt-no-front-matter",
        ),
    ],
)
def test_markdown_front_matter(
    source: str,
    title: str,
    published: dt.date | None,
    language: str | None,
    url: str | None,
    warned: bool,
) -> None:
    article = read_markdown("m", "m.md", source)
    assert isinstance(article, Article)
    assert (article.title, article.published, article.language, article.url) == (
        title,
        published,
        language,
        url,
    )
    assert bool(article.warnings) == warned
    assert "---" not in article.text


HTML_DE = """<!DOCTYPE html><html lang="de"><head><title>Brücke eingestürzt | Tagblatt</title>
<meta property="article:published_time" content="2019-03-14T09:30:00+01:00">
<script>var teaser = "Montag, 10. Januar 2022"; document.write(teaser);</script>
<style>body { font-family: serif }</style></head><body>
<nav><a href="/">Start</a> | <a href="/politik">Politik</a></nav>
<article><h1>Brücke eingestürzt</h1>
<p>Die alte Hafenbrücke in Rivermouth ist am Dienstag eingestürzt, teilte die Hafenbehörde mit.</p>
<p>Die Reparatur soll am 25. März beginnen, sagte der Direktor am Mittwoch vor Journalisten.</p>
</article><footer>Nach oben</footer></body></html>"""

HTML_PT = """<html><head><title>Ponte reaberta</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-11-05"}</script>
</head><body><div class="content"><h1>Ponte reaberta</h1>
<p>A ponte sobre o rio foi reaberta na sexta-feira depois de seis meses de obras,
disse a prefeitura.</p>
<p>O tráfego de caminhões continuará proibido até dezembro, segundo o engenheiro responsável.</p>
</div></body></html>"""


@pytest.mark.parametrize(
    ("html", "title", "published", "inside", "outside"),
    [
        pytest.param(
            HTML_DE,
            "Brücke eingestürzt",
            dt.date(2019, 3, 14),
            "am Dienstag eingestürzt",
            ("teaser", "font-family", "Politik"),
            id="de-meta",
        ),
        pytest.param(
            HTML_PT,
            "Ponte reaberta",
            dt.date(2021, 11, 5),
            "reaberta na sexta-feira",
            ("NewsArticle",),
            id="pt-json-ld",
        ),
    ],
)
def test_html_main_text_title_and_metadata_date(
    write: WriteFile,
    html: str,
    title: str,
    published: dt.date,
    inside: str,
    outside: tuple[str, ...],
) -> None:
    article = only_article(read_all(write("page.html", html)))
    assert article.title == title
    assert article.metadata_published == published
    assert article.published is None  # metadata is evidence for pubdate, not a given date
    assert inside in article.text
    for word in outside:
        assert word not in article.text


def test_html_without_article_text_is_skipped_as_empty(write: WriteFile) -> None:
    html = "<html><head><script>var a = 1;</script></head><body><!-- ad --></body></html>"
    (item,) = read_all(write("blank.htm", html))
    assert isinstance(item, SkippedInput) and item.kind == "empty"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param(
            "one.json",
            {
                "id": "k1",
                "text": "Gempa terjadi pada Senin pagi.",
                "published": "2020-02-03",
                "lang": "ID",
                "title": "Gempa",
                "url": "https://k.id/1",
            },
            [("k1", "Gempa", dt.date(2020, 2, 3), "id")],
            id="id-object",
        ),
        pytest.param(
            "list.json",
            [
                {"text": "Das Werk schloss am Freitag."},
                {"doc_id": "x", "text": "Il a plu lundi.", "dct": "20210104"},
            ],
            [
                ("list-1", "Das Werk schloss am Freitag.", None, None),
                ("x", "Il a plu lundi.", dt.date(2021, 1, 4), None),
            ],
            id="de-fr-list-aliases",
        ),
        pytest.param(
            "wrapped.json",
            {"articles": [{"id": "p", "headline": "Chuva", "body": "Choveu na terça-feira."}]},
            [("p", "Chuva", None, None)],
            id="pt-wrapped-list",
        ),
    ],
)
def test_json_records(
    write: WriteFile,
    name: str,
    content: object,
    expected: list[tuple[str, str, dt.date | None, str | None]],
) -> None:
    items = read_all(write(name, json.dumps(content)))
    assert all(isinstance(i, Article) for i in items)
    got = [(a.id, a.title, a.published, a.language) for a in items if isinstance(a, Article)]
    assert got == expected


def test_jsonl_broken_line_is_one_skipped_record(write: WriteFile) -> None:
    lines = [
        json.dumps({"id": "a", "text": "The plant closed on Friday."}),
        '{"id": "b", "text": "Das Werk',  # cut off by a crash of the crawler
        "",
        json.dumps(
            {"id": "c", "text": "A fábrica fechou na sexta-feira.", "published": "not a day"}
        ),
        json.dumps(["a", "list"]),
        json.dumps({"id": "e", "title": "no text"}),
    ]
    items = read_all(write("crawl.jsonl", "\n".join(lines)))
    summary = [(i.id, type(i).__name__, getattr(i, "kind", "")) for i in items]
    assert summary == [
        ("a", "Article", ""),
        ("crawl-2", "SkippedInput", "malformed"),
        ("c", "Article", ""),
        ("crawl-5", "SkippedInput", "malformed"),
        ("e", "SkippedInput", "empty"),
    ]
    assert isinstance(items[1], SkippedInput) and "line 2" in items[1].reason
    assert isinstance(items[2], Article) and items[2].warnings and items[2].published is None


def test_jsonl_size_limit_applies_per_record(write: WriteFile) -> None:
    big = json.dumps({"id": "big", "text": "Hujan turun. " * 200})
    small = json.dumps({"id": "small", "text": "Hujan turun pada hari Senin."})
    items = read_all(write("r.jsonl", big + "\n" + small), max_bytes=1000)
    assert [(i.id, getattr(i, "kind", "ok")) for i in items] == [
        ("r-1", "too-large"),
        ("small", "ok"),
    ]


@pytest.mark.parametrize(
    ("sidecar_name", "sidecar"),
    [
        pytest.param(
            "metadata.json",
            json.dumps({"de_bericht": "2019-03-13", "en_report": {"published": "2019-03-14"}}),
            id="json-map",
        ),
        pytest.param(
            "metadata.json",
            json.dumps(
                [
                    {"id": "de_bericht", "date": "2019-03-13"},
                    {"id": "en_report", "published": "2019-03-14"},
                ]
            ),
            id="json-list",
        ),
        pytest.param(
            "metadata.csv",
            "file,published\nde_bericht.txt,2019-03-13\nen_report,2019-03-14\n",
            id="csv",
        ),
    ],
)
def test_sidecar_gives_publication_dates(
    write: WriteFile, tmp_path: Path, sidecar_name: str, sidecar: str
) -> None:
    write("news/de_bericht.txt", "Brücke eingestürzt\nDie Brücke stürzte am Dienstag ein.")
    write("news/en_report.txt", "Bridge down\nThe bridge fell on Tuesday.")
    write(f"news/{sidecar_name}", sidecar)
    items = read_all(tmp_path / "news")
    assert {a.id: getattr(a, "published", None) for a in items} == {
        "de_bericht": dt.date(2019, 3, 13),
        "en_report": dt.date(2019, 3, 14),
    }


def test_the_file_own_date_wins_over_the_sidecar(write: WriteFile, tmp_path: Path) -> None:
    write("news/fest.md", "---\ndate: 2023-06-02\n---\nDas Fest beginnt am Samstag.")
    write("news/metadata.json", json.dumps({"fest": "2023-06-09"}))
    article = only_article(read_all(tmp_path / "news"))
    assert article.published == dt.date(2023, 6, 2)
    assert any("sidecar" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        pytest.param("2022-01-10", dt.date(2022, 1, 10), id="iso"),
        pytest.param("2022-01-10T23:59:00+05:00", dt.date(2022, 1, 10), id="iso-datetime"),
        pytest.param("20220110", dt.date(2022, 1, 10), id="compact"),
        pytest.param(dt.datetime(2022, 1, 10, 8), dt.date(2022, 1, 10), id="datetime"),
        pytest.param("2022-02-31", None, id="31-february"),
        pytest.param("10/01/2022", None, id="ambiguous-slashes"),
        pytest.param(20220110, None, id="number"),
    ],
)
def test_parse_day(value: object, day: dt.date | None) -> None:
    assert parse_day(value) == day


@pytest.mark.parametrize(
    ("value", "code"),
    [
        pytest.param("de-DE", "de", id="de-region"),
        pytest.param("pt_BR", "pt", id="pt-underscore"),
        pytest.param(" EN ", "en", id="en-upper-spaces"),
        pytest.param("id", "id", id="id-plain"),
        pytest.param("zh-Hant-TW", "zh", id="zh-script-region"),
        pytest.param("Deutsch", None, id="language-name"),
        pytest.param(7, None, id="number"),
    ],
)
def test_parse_language(value: object, code: str | None) -> None:
    assert parse_language(value) == code


@given(st.text(max_size=400))
def test_markdown_reader_never_raises(text: str) -> None:
    item = read_markdown("m", "m.md", text)
    assert isinstance(item, Article | SkippedInput)


@given(st.lists(st.one_of(st.text(max_size=80), st.binary(max_size=80)), max_size=20))
def test_every_non_blank_jsonl_line_gives_one_item(lines: list[str | bytes]) -> None:
    numbered = [
        (n, line.replace("\n", " ") if isinstance(line, str) else line.replace(b"\n", b" "))
        for n, line in enumerate(lines, 1)
    ]
    items = list(read_json_lines("s", "s.jsonl", numbered, 0))
    blank = sum(
        1
        for _, line in numbered
        if not (line.strip() if isinstance(line, str) else line.decode("utf-8", "replace").strip())
    )
    assert len(items) == len(lines) - blank


@pytest.mark.parametrize(
    ("sidecar_name", "sidecar", "on_id", "words"),
    [
        pytest.param(
            "metadata.json",
            json.dumps({"de_bericht": "13.03.2019", "en_report": "2019-03-14"}),
            "de_bericht",
            "'13.03.2019' is not a day",
            id="json-bad-date-on-its-article",
        ),
        pytest.param(
            "metadata.csv",
            "id,published\nde_bericht,2019-03-13\nen_report,next tuesday\n",
            "en_report",
            "'next tuesday' is not a day",
            id="csv-bad-date-on-its-article",
        ),
        pytest.param(
            "metadata.csv",
            "id,published\n,2019-03-13\nen_report,2019-03-14\n",
            "de_bericht",
            "row 2 has no id",
            id="csv-row-without-id-on-first-article",
        ),
        pytest.param(
            "metadata.json",
            "{not json",
            "de_bericht",
            "unreadable",
            id="json-unreadable-on-first-article",
        ),
    ],
)
def test_sidecar_problems_reach_the_documents(
    write: WriteFile, tmp_path: Path, sidecar_name: str, sidecar: str, on_id: str, words: str
) -> None:
    """A sidecar problem is shown with the document it concerns, once, not only logged."""
    write("news/de_bericht.txt", "Brücke eingestürzt\nDie Brücke stürzte am Dienstag ein.")
    write("news/en_report.txt", "Bridge down\nThe bridge fell on Tuesday.")
    write(f"news/{sidecar_name}", sidecar)
    items = read_all(tmp_path / "news")
    told = {a.id: [w for w in a.warnings if words in w] for a in items}
    assert len(told[on_id]) == 1
    assert all(not notes for doc_id, notes in told.items() if doc_id != on_id)
