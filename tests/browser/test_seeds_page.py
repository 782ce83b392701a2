"""The seeds' page as a user opens it: built by the real pipeline, drawn without an error, and
photographed for the README (docs/screenshot.png)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.settings import Settings

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"


@pytest.fixture(scope="module")
def seeds_page(seeds_timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "timeline.html"
    path.write_text(render(seeds_timeline, OutputFormat.HTML, Settings()), encoding="utf-8")
    return path


def test_seeds_page_draws_every_event(
    open_page: Callable[..., tuple[Any, Any]], seeds_page: Path, seeds_timeline: Timeline
) -> None:
    page, _ = open_page(seeds_page)
    dated = sum(1 for e in seeds_timeline.events if e.date is not None)
    marks = page.evaluate(
        "() => document.getElementById('chart').data"
        ".filter(t => t.meta === 'marks').reduce((n, t) => n + t.x.length, 0)"
    )
    assert marks == dated
    assert page.locator("li.entry").count() == len(seeds_timeline.events)
    assert {"id", "en", "de"} <= set(
        page.evaluate("() => [...document.querySelectorAll('blockquote[lang]')].map(b => b.lang)")
    )


def test_screenshot_of_the_seeds_page(
    open_page: Callable[..., tuple[Any, Any]], seeds_page: Path
) -> None:
    page, _ = open_page(seeds_page)
    page.set_viewport_size({"width": 1280, "height": 1100})
    page.evaluate("() => document.fonts.ready")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
