"""The HTML page as text: escaped, standalone, embeds the contract JSON, one entry per event."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.render.figure import chart_data
from timeline.render.html import (
    BackgroundRun,
    chronology_blocks,
    entry_view,
    templates_dir,
    to_html,
)
from timeline.render.jsonout import schema_errors, to_dict
from timeline.render.wording import documents_by_id, ordered_events
from timeline.settings import PlotlyMode, Settings


class _Collector(HTMLParser):
    """Collects script blocks, ids and lang attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.ids: list[str] = []
        self.langs: list[str] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("lang"):
            self.langs.append(str(found["lang"]))
        if tag == "script":
            self._in_script = found
            self.scripts.append((found, ""))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


@pytest.fixture(scope="module")
def page(hand_timeline: Timeline) -> str:
    return render(hand_timeline, OutputFormat.HTML, Settings())


@pytest.fixture(scope="module")
def parsed(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_templates_found() -> None:
    assert (templates_dir() / "timeline.html.j2").is_file()


def test_embedded_json_is_the_contract(hand_timeline: Timeline, parsed: _Collector) -> None:
    blocks = {
        a.get("id"): text for a, text in parsed.scripts if a.get("type") == "application/json"
    }
    data = json.loads(blocks["timeline-data"])
    assert data == to_dict(hand_timeline)
    assert schema_errors(data) == []
    chart = json.loads(blocks["chart-data"])
    assert len(chart["event"]) == 8


def test_untrusted_text_is_escaped(page: str) -> None:
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    body_scripts = re.findall(r"<script\b", page, flags=re.IGNORECASE)
    assert len(body_scripts) == 4  # two JSON blocks, plotly.js, the page's script
    assert "</script><script>alert" not in page


def test_one_entry_per_event(hand_timeline: Timeline, parsed: _Collector) -> None:
    entries = [i for i in parsed.ids if re.fullmatch(r"ev-\d+", i)]
    assert len(entries) == len(hand_timeline.events)


def test_quotes_carry_their_language(parsed: _Collector) -> None:
    assert {"de", "en", "id"} <= set(parsed.langs)


@pytest.mark.parametrize(
    "expected",
    [
        "'on Tuesday' counted back from the publication date 2019-03-14",
        "Background: 3 events, the 19th century to about 2014",
        '<time datetime="2019-03-12">Tue 12 Mar 2019</time>',
        '<time datetime="2019-W10">week 10 of 2019 (4–10 Mar 2019)</time>',
        '<span class="badge planned">planned</span>',
        '<span class="badge approximate"',
        "Sources disagree: hafen-de says 2019-03-21",
        'href="https://example.org/hafen?a=1&amp;b=2"',
        'between 2019-03-10 and 2019-03-20) (<a href="#doc-2">why</a>)',
        "<li>shares 4 names with harbour-en</li>",
    ],
    ids=[
        "resolution",
        "background-folded",
        "day-time",
        "week",
        "planned",
        "approximate",
        "conflict",
        "escaped-url",
        "source-date-and-why",
        "evidence-in-table",
    ],
)
def test_page_says(page: str, expected: str) -> None:
    assert expected in page or expected in " ".join(html.unescape(page).split())


def test_standalone_by_default(page: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert "connect-src 'none'" in html.unescape(page)
    assert "'unsafe-eval'" not in html.unescape(page)  # only WebGL-sized pages need it
    assert len(page) > 1_000_000  # plotly.js is inlined


def test_cdn_mode_is_small(hand_timeline: Timeline) -> None:
    page = to_html(hand_timeline, Settings(plotly=PlotlyMode.CDN))
    assert re.search(r'<script src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', page)
    assert len(page) < 200_000


def test_background_runs_fold_consecutive_events(hand_timeline: Timeline) -> None:
    documents = documents_by_id(hand_timeline)
    entries = [
        entry_view(i, e, documents) for i, e in enumerate(ordered_events(hand_timeline.events))
    ]
    blocks = chronology_blocks(entries)
    assert isinstance(blocks[0], BackgroundRun)
    assert blocks[0].label.startswith("Background: 3 events")
    assert len(blocks) == len(entries) - 2


@pytest.mark.parametrize(
    ("event_id", "style"),
    [("e-storm", 0), ("e-week", 1), ("e-open", 2), ("e-month", 3)],
    ids=["day-point", "span-bar", "planned-point", "planned-bar"],
)
def test_chart_styles(hand_timeline: Timeline, event_id: str, style: int) -> None:
    events = ordered_events(hand_timeline.events)
    chart = chart_data(events, documents_by_id(hand_timeline))
    mark = next(j for j, i in enumerate(chart["event"]) if events[i].id == event_id)
    assert chart["style"][mark] == style


def test_chart_lanes(hand_timeline: Timeline) -> None:
    events = ordered_events(hand_timeline.events)
    chart = chart_data(events, documents_by_id(hand_timeline))
    assert chart["lanes"]["entity"]["names"][0] == "Harbour Bridge"
    assert "&lt;img src=x onerror=alert(1)&gt;" in chart["lanes"]["entity"]["names"]
    assert sorted(chart["lanes"]["language"]["names"]) == ["de", "en", "id"]
    for mode in ("entity", "source", "language"):
        assert len(chart["lanes"][mode]["of"]) == len(chart["event"])
    assert chart["label"][chart["event"].index(4)] == "Tue 12 Mar 2019"


def test_empty_page(empty_timeline: Timeline) -> None:
    page = to_html(empty_timeline, Settings(plotly=PlotlyMode.CDN))
    assert "No events were found" in page
