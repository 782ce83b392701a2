"""The standalone page in headless Chromium: one mark per event, click to entry, search,
filters, lanes, folded background, escaped hostile text, no error and no request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hand_timelines import XSS_TITLE, documents, events

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.settings import PlotlyMode, Settings

pytestmark = pytest.mark.browser

Opener = Callable[..., tuple[Any, Any]]


@pytest.fixture(scope="module")
def hand_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "timeline.html"
    timeline = Timeline(documents=documents(), events=events())
    path.write_text(render(timeline, OutputFormat.HTML, Settings()), encoding="utf-8")
    return path


MARKS = (
    "() => document.getElementById('chart').data.filter(t => t.meta === 'marks')"
    ".reduce((n, t) => n + t.x.length, 0)"
)
VISIBLE = "() => [...document.querySelectorAll('li.entry')].filter(e => !e.hidden).length"


def test_one_mark_per_dated_event(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    dated = sum(1 for e in events() if e.date is not None)
    assert page.evaluate(MARKS) == dated
    assert page.locator("#chart .scatterlayer .trace .points .point").count() == dated
    assert page.locator("li.entry").count() == len(events())


def _hover_mark(page: Any, title: str) -> None:
    """Move the mouse onto the chart mark of the entry titled ``title``."""
    index = page.evaluate(
        "(t) => [...document.querySelectorAll('li.entry')].find(li => "
        "li.querySelector('h3').textContent === t).id.slice(3)",
        title,
    )
    box = page.evaluate(
        """(i) => { const gd = document.getElementById('chart');
          const traces = [...gd.querySelectorAll('.scatterlayer .trace')];
          for (const [k, trace] of gd.data.entries()) {
            if (trace.meta !== 'marks') continue;
            const j = trace.customdata.indexOf(+i);
            if (j < 0) continue;
            const point = traces[k].querySelectorAll('.points .point')[j];
            const r = point.getBoundingClientRect();
            return {x: r.x + r.width / 2, y: r.y + r.height / 2};
          } return null; }""",
        index,
    )
    assert box, f"no mark for {title!r}"
    page.mouse.move(box["x"], box["y"])


def _click_mark(page: Any, title: str) -> None:
    """Click the chart mark whose customdata points at the entry titled ``title``."""
    _hover_mark(page, title)
    page.mouse.down()
    page.mouse.up()


@pytest.mark.parametrize(
    "title",
    [
        "Storm closes the harbour bridge",
        "Bridge to reopen",
        "Engineers inspect the cables",
        XSS_TITLE,
    ],
    ids=["day", "planned", "week-span", "hostile-title"],
)
def test_clicking_a_mark_reaches_its_entry(open_page: Opener, hand_page: Path, title: str) -> None:
    page, _ = open_page(hand_page)
    _click_mark(page, title)
    highlighted = page.locator("li.entry.highlight")
    highlighted.wait_for(timeout=5_000)
    assert highlighted.locator("h3").inner_text() == title
    assert page.evaluate("() => document.activeElement.classList.contains('highlight')")
    box = highlighted.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]


def test_clicking_a_background_mark_unfolds_it(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    assert page.locator("li.background-run details[open]").count() == 0
    assert not page.get_by_text("The first bridge was built in the 1920s.").is_visible()
    page.get_by_role("button", name="Show all dates").click()
    page.wait_for_timeout(300)
    _click_mark(page, "First bridge built")
    page.locator("li.entry.highlight").wait_for(timeout=5_000)
    assert page.locator("li.background-run details[open]").count() == 1
    assert page.get_by_text("The first bridge was built in the 1920s.").is_visible()


@pytest.mark.parametrize(
    ("query", "shown"),
    [("brücke", 3), ("DIENSTAG", 1), ("harbour-en", 4), ("pelabuhan 2014", 1), ("zzzz", 0)],
    ids=["de-word", "case-insensitive-other-mention", "source-id", "two-terms", "nothing"],
)
def test_search_filters(open_page: Opener, hand_page: Path, query: str, shown: int) -> None:
    page, _ = open_page(hand_page)
    page.get_by_label("Search", exact=True).fill(query)
    page.wait_for_function(f"() => ({VISIBLE})() === {shown}", timeout=5_000)
    assert page.locator("#count").inner_text() == f"{shown} of {len(events())} events shown"
    dated_shown = page.evaluate(MARKS)
    assert dated_shown <= shown


@pytest.mark.parametrize(
    ("select", "value", "shown"),
    [("Language", "de", 3), ("Status", "planned", 2), ("Source", "pelabuhan-id", 2)],
    ids=["language", "status", "source"],
)
def test_filters(open_page: Opener, hand_page: Path, select: str, value: str, shown: int) -> None:
    page, _ = open_page(hand_page)
    page.get_by_label(select, exact=True).select_option(value)
    page.wait_for_function(f"() => ({VISIBLE})() === {shown}", timeout=5_000)
    page.get_by_role("button", name="Clear").click()
    page.wait_for_function(f"() => ({VISIBLE})() === {len(events())}", timeout=5_000)


def test_lanes_switch(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    ticks = "() => document.getElementById('chart').layout.yaxis.ticktext"
    assert page.evaluate(ticks)[0] == "Harbour Bridge"
    page.get_by_role("radio", name="language").check()
    page.wait_for_function(f"() => ({ticks})().length === 3", timeout=5_000)
    assert sorted(page.evaluate(ticks)) == ["de", "en", "id"]
    page.get_by_role("radio", name="source article").check()
    page.wait_for_function(f"() => ({ticks})().includes('Hafenbrücke wieder offen')", timeout=5_000)


def test_hostile_title_shows_literally(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    assert page.locator("img").count() == 0
    assert page.get_by_role("heading", name=XSS_TITLE).count() == 1
    assert page.get_by_text("He wrote </script><script>alert('x')</script> on the wall").count()
    _hover_mark(page, XSS_TITLE)
    page.locator("#chart .hoverlayer .hovertext").first.wait_for(timeout=5_000)
    hover = page.evaluate(
        "() => document.querySelector('#chart .hoverlayer .hovertext').textContent"
    )
    assert XSS_TITLE in hover
    page.get_by_label("Search", exact=True).fill("onerror")
    page.wait_for_function(f"() => ({VISIBLE})() === 1", timeout=5_000)


def test_keyboard_reaches_the_controls(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    reached = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate(
                "() => document.activeElement.id || "
                "document.activeElement.getAttribute('name') || ''"
            )
        )
    assert {"lanes", "search", "filter-language", "filter-source", "filter-status"} <= reached
    assert page.locator("#chart-text").inner_text().startswith("8 dated events")


def test_hover_tells_title_date_words_and_sources(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    _hover_mark(page, "Storm closes the harbour bridge")
    page.locator("#chart .hoverlayer .hovertext").first.wait_for(timeout=5_000)
    text = page.evaluate(
        "() => [...document.querySelectorAll('#chart .hoverlayer .hovertext tspan.line')]"
        ".map(t => t.textContent).join(' ')"
    )
    assert "Storm closes the harbour bridge" in text
    assert "Tue 12 Mar 2019" in text
    assert "‘on Tuesday’, ‘am Dienstag’" in text
    assert "Harbour bridge reopens after storm; Hafenbrücke wieder offen" in text


def test_undated_events_come_last(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    titles = page.locator("li.entry h3").all_inner_texts()
    assert titles[-1] == "Residents angry"
    assert page.get_by_role("heading", name="Undated").count() == 1


def test_print_hides_the_controls(open_page: Opener, hand_page: Path) -> None:
    page, _ = open_page(hand_page)
    page.emulate_media(media="print")
    assert not page.locator("form.filters").is_visible()
    assert not page.locator(".chart-controls").is_visible()
    assert page.locator("#entries li.entry").first.is_visible()
    assert page.get_by_text("The first bridge was built in the 1920s.").is_visible()  # unfolded
    page.emulate_media(media="screen")
    assert not page.get_by_text("The first bridge was built in the 1920s.").is_visible()


def test_cdn_page_offline_still_lists_and_filters(open_page: Opener, tmp_path: Path) -> None:
    path = tmp_path / "cdn.html"
    timeline = Timeline(documents=documents(), events=events())
    path.write_text(
        render(timeline, OutputFormat.HTML, Settings(plotly=PlotlyMode.CDN)), encoding="utf-8"
    )
    page, _ = open_page(path, offline=True)
    assert "could not be loaded" in page.locator("#chart").inner_text()
    page.get_by_label("Status", exact=True).select_option("planned")
    page.wait_for_function(f"() => ({VISIBLE})() === 2", timeout=5_000)
