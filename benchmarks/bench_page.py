"""How fast a big page opens: 10,000 events made from TempEval-3 silver sentences.

Prints, for the same events: the time to render the page in Python, its size, and the time until
it is interactive in headless Chromium (chart drawn, filters wired: ``html[data-ready]``), plus
the time a search takes to filter the chronology and the chart. Beside them, two baselines run in
the same process: plotly.js alone drawing an empty chart (the floor any Plotly page pays), and a
naive Plotly figure with one trace per event (``plotly.io.to_html``) for a smaller number of
events. Figures measured while other work shares the machine are provisional: re-run it.

    .venv/bin/python benchmarks/bench_page.py [--eval ../shared/eval/te3_silver.jsonl] [-n 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import (
    Anchor,
    Document,
    Event,
    EventDate,
    Granularity,
    Mention,
    Published,
    PubMethod,
    Status,
    Timeline,
    Timex,
    TimexType,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval" / "te3_silver.jsonl"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
#: Marks a baseline page ready the way the timeline page marks itself: after the next paint,
#: once the main thread is free.
READY_JS = (
    "requestAnimationFrame(() => setTimeout(() => {"
    "document.documentElement.dataset.readyMs = String(Math.round(performance.now()));"
    "document.documentElement.dataset.ready = '1'; }, 0));"
)
CAPITALISED = re.compile(r"(?<!^)(?<![.!?] )\b([A-Z][a-z]+(?: [A-Z][a-z]+)*)")


def _span(value: str) -> tuple[dt.date, dt.date, Granularity] | None:
    """The days a plain TIMEX3 date value covers (day, week, month, year, decade)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day, Granularity.DAY
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6), Granularity.WEEK
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            start = dt.date(int(m[1]), int(m[2]), 1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return start, end, Granularity.MONTH
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), Granularity.YEAR
        if re.fullmatch(r"\d{3}", value):
            year = int(value) * 10
            return dt.date(year, 1, 1), dt.date(year + 9, 12, 31), Granularity.DECADE
    except ValueError:
        return None
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return left, right


def silver_timeline(path: Path, limit: int) -> Timeline:
    """Documents and events synthesised from the silver corpus's sentences and annotations."""
    documents: list[Document] = []
    events: list[Event] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            try:
                dct = dt.date.fromisoformat(str(record["dct"])[:10])
            except ValueError:
                continue
            text, doc_id = record["text"], record["doc_id"]
            first_line = text.strip().split("\n", 1)[0][:90]
            documents.append(
                Document(
                    doc_id,
                    f"te3_silver/{doc_id}",
                    first_line,
                    "en",
                    Published(dct, dct, dct, PubMethod.GIVEN, ("dct",)),
                )
            )
            for item in record.get("timexes", []):
                events.extend(_event(item, text, doc_id, dct, len(events)))
                if len(events) >= limit:
                    return Timeline(tuple(documents), tuple(events))
    return Timeline(tuple(documents), tuple(events))


def _event(item: dict[str, Any], text: str, doc_id: str, dct: dt.date, n: int) -> Iterator[Event]:
    span = _span(str(item.get("value", ""))) if item.get("type") == "DATE" else None
    if span is None:
        return
    start, end, granularity = span
    left, right = _sentence(text, item["start"], item["end"])
    sentence = " ".join(text[left:right].split())
    if not sentence:
        return
    timex = Timex(
        item["start"],
        item["end"],
        item["text"],
        TimexType.DATE,
        item["value"],
        anchor=Anchor.PUBLICATION if start != dct else Anchor.ABSOLUTE,
        granularity=granularity,
        first_day=start,
        last_day=end,
    )
    status = Status.PLANNED if start > dct else Status.OCCURRED
    mention = Mention(doc_id, sentence, left, right, "en", timex, status)
    entities = tuple(dict.fromkeys(CAPITALISED.findall(sentence)))[:3]
    yield Event(
        f"ev{n:05d}",
        EventDate(item["value"], start, end, granularity),
        status,
        " ".join(sentence.split()[:9]),
        sentence,
        "en",
        entities,
        (mention,),
        background=(dct.year - end.year) > 5,
        weight=1.0,
    )


def _time_to_ready(context: Any, path: Path) -> dict[str, float]:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    started = time.perf_counter()
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_selector("html[data-ready='1']", state="attached", timeout=120_000)
    wall = time.perf_counter() - started
    in_page = float(page.evaluate("() => +document.documentElement.dataset.readyMs || 0")) / 1000
    out = {"wall_s": wall, "in_page_s": in_page}
    drawn = page.evaluate(
        "() => { const chart = document.getElementById('chart');"
        " return !chart || (!/WebGL is not supported/.test(chart.textContent) &&"
        " chart.querySelectorAll('.gl-canvas, .point').length > 0); }"
    )
    if not drawn:
        errors.append("the chart was not drawn")
    if page.locator("#search").count():
        started = time.perf_counter()
        page.fill("#search", "police")
        page.wait_for_function(
            "() => /shown/.test(document.getElementById('count').textContent)", timeout=60_000
        )
        out["search_s"] = time.perf_counter() - started
    if errors:
        out["errors"] = float(len(errors))
        print("page errors:", "; ".join(errors[:3]))
    page.close()
    return out


def _floor_page(directory: Path) -> Path:
    from plotly.offline import get_plotlyjs

    path = directory / "floor.html"
    path.write_text(
        "<!doctype html><meta charset=utf-8><div id=c></div><script>"
        + get_plotlyjs()
        + "</script><script>Plotly.newPlot('c', [], {}).then(() => {"
        + READY_JS
        + "});</script>",
        encoding="utf-8",
    )
    return path


def _naive_page(timeline: Timeline, directory: Path, count: int) -> Path:
    import plotly.graph_objects as go
    import plotly.io as pio

    figure = go.Figure()
    for event in timeline.events[:count]:
        if event.date:
            figure.add_trace(
                go.Scatter(
                    x=[event.date.start],
                    y=[event.entities[:1] or ["-"]],
                    mode="markers",
                    name=event.title,
                    hovertext=event.title,
                )
            )
    html = pio.to_html(
        figure,
        include_plotlyjs=True,
        full_html=True,
        div_id="c",
        post_script=READY_JS,
    )
    path = directory / "naive.html"
    path.write_text(html, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="te3_silver.jsonl")
    parser.add_argument("-n", type=int, default=10_000, help="events on the page")
    parser.add_argument(
        "--naive", type=int, default=1_000, help="events in the one-trace-per-event baseline"
    )
    parser.add_argument("--runs", type=int, default=5, help="page loads of each kind")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from timeline.render.html import to_html

    started = time.perf_counter()
    timeline = silver_timeline(options.eval, options.n)
    made = time.perf_counter() - started
    started = time.perf_counter()
    page_html = to_html(timeline)
    rendered = time.perf_counter() - started
    print(
        f"events: {len(timeline.events):,} from {len(timeline.documents):,} documents "
        f"(synthesised in {made:.2f} s)"
    )
    print(f"render to_html: {rendered:.2f} s, page {len(page_html) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        directory = Path(tmp)
        page_path = directory / "timeline.html"
        page_path.write_text(page_html, encoding="utf-8")
        context = playwright.chromium.launch_persistent_context(
            str(directory / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 900},
        )
        floor_path = _floor_page(directory)
        _time_to_ready(context, floor_path)  # warm the browser's caches once
        ours: list[dict[str, float]] = []
        floors: list[dict[str, float]] = []
        for _ in range(options.runs):  # interleaved, so that both see the same machine load
            ours.append(_time_to_ready(context, page_path))
            floors.append(_time_to_ready(context, floor_path))
        started = time.perf_counter()
        naive_path = _naive_page(timeline, directory, options.naive)
        naive_render = time.perf_counter() - started
        naive = _time_to_ready(context, naive_path)
        context.close()
    mine = sorted(r["in_page_s"] for r in ours)
    base = sorted(r["in_page_s"] for r in floors)
    searches = sorted(r.get("search_s", float("nan")) for r in ours)
    print(
        f"our page, {len(timeline.events):,} events: interactive after "
        f"{statistics.median(mine):.2f} s median, {mine[0]:.2f} s best (runs: "
        + ", ".join(f"{v:.2f}" for v in mine)
        + f"); search {statistics.median(searches):.2f} s"
        + ("; PAGE ERRORS" if any("errors" in r for r in ours) else "")
    )
    extra = statistics.median(mine) - statistics.median(base)
    print(
        f"baseline plotly.js alone, empty chart: {statistics.median(base):.2f} s median, "
        f"{base[0]:.2f} s best; our page costs {extra:.2f} s more"
    )
    print(
        f"baseline naive figure, one trace per event, {options.naive:,} events: "
        f"{naive['in_page_s']:.2f} s in page ({naive['wall_s']:.2f} s wall; "
        f"to_html {naive_render:.2f} s)"
    )
    verdict = "under" if statistics.median(mine) < 3 else "OVER"
    print(f"target: interactive in under 3 s with {len(timeline.events):,} events: {verdict}")


if __name__ == "__main__":
    main()
