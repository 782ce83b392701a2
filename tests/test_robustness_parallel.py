"""The process pool streams: bounded input in flight, results in input order, any job count."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest

from timeline.parallel import CHUNK_SIZE, CHUNKS_PER_JOB, MAX_WAITING, chunks, map_bounded


@pytest.mark.parametrize(
    ("count", "sizes"),
    [
        pytest.param(0, [], id="none"),
        pytest.param(3, [1, 2], id="few-spread-over-workers"),
        pytest.param(40, [1, 2, 4, 8, 16, 9], id="grows-to-the-chunk-size"),
    ],
)
def test_chunks_start_small(count: int, sizes: list[int]) -> None:
    assert [len(c) for c in chunks(range(count), 16)] == sizes


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_bounded_keeps_order_and_reads_input_lazily(jobs: int) -> None:
    consumed = 0

    def numbers() -> Iterator[int]:
        nonlocal consumed
        for n in range(2000):
            consumed += 1
            yield n

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = map_bounded(pool, sorted, numbers(), jobs)
        first = next(results)
        in_flight = consumed
        rest = list(results)
    assert [first, *rest] == list(range(2000))
    assert in_flight <= MAX_WAITING * jobs * CHUNKS_PER_JOB * CHUNK_SIZE


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stage_failing_on_one_article_costs_only_that_article(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    import timeline.temporal as temporal
    from timeline.api import build_from_articles
    from timeline.model import Article, DocStatus
    from timeline.settings import Settings

    real_extract = temporal.extract

    def extract(text: str, lang: str):  # type: ignore[no-untyped-def]
        if "BOOM" in text:
            raise ValueError("a rule blew up")
        return real_extract(text, lang)

    monkeypatch.setattr(temporal, "extract", extract)
    articles = [
        Article("ok_en", "a", "Dam", "The dam opened on Monday, March 4, 2019, officials said."),
        Article("bad_de", "b", "Werk", "BOOM. Das Werk schloss am 5. März 2019."),
        Article("ok_de", "c", "Brücke", "Die Brücke wurde am 12. März 2019 eröffnet."),
    ]
    timeline = build_from_articles(articles, Settings(jobs=jobs))
    docs = {d.id: d for d in timeline.documents}
    assert [d.status for d in docs.values()] == [DocStatus.OK] * 3
    assert any("a rule blew up" in w and w.startswith("internal:") for w in docs["bad_de"].warnings)
    assert not docs["ok_en"].warnings
    cited = {m.document for e in timeline.events for m in e.mentions}
    assert {"ok_en", "ok_de"} <= cited and "bad_de" not in cited
