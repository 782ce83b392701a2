"""A page past the WebGL threshold still draws one mark per event, filters, and logs no error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hand_timelines import documents, events

from timeline.model import EventDate, Granularity, Timeline
from timeline.render import OutputFormat, render
from timeline.render.figure import WEBGL_THRESHOLD
from timeline.settings import Settings

pytestmark = pytest.mark.browser

COUNT = WEBGL_THRESHOLD + 500


def _many() -> Timeline:
    """Copies of the hand-made events spread over two years, every tenth one a month long."""
    base = [e for e in events() if e.date is not None]
    out = []
    for n in range(COUNT):
        event = base[n % len(base)]
        day = dt.date(2020, 1, 1) + dt.timedelta(days=n % 730)
        date = (
            EventDate(
                day.strftime("%Y-%m"), day.replace(day=1), day.replace(day=28), Granularity.MONTH
            )
            if n % 10 == 0
            else EventDate(day.isoformat(), day, day, Granularity.DAY)
        )
        out.append(
            replace(event, id=f"copy{n}", date=date, title=f"{event.title} #{n}", background=False)
        )
    return Timeline(documents=documents(), events=tuple(out))


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "timeline.html"
    path.write_text(render(_many(), OutputFormat.HTML, Settings()), encoding="utf-8")
    return path


def test_big_page_uses_webgl_and_filters(
    open_page: Callable[..., tuple[Any, Any]], big_page: Path
) -> None:
    page, _ = open_page(big_page)
    types = page.evaluate("() => document.getElementById('chart').data.map(t => t.type)")
    assert set(types) == {"scattergl"}
    marks = page.evaluate(
        "() => document.getElementById('chart').data"
        ".filter(t => t.meta === 'marks').reduce((n, t) => n + t.x.length, 0)"
    )
    assert marks == COUNT
    assert page.locator("#chart .gl-canvas").count() > 0
    assert "WebGL is not supported" not in page.locator("#chart").inner_text()
    page.get_by_label("Search", exact=True).fill("#2999")
    page.wait_for_function(
        "() => document.getElementById('count').textContent.startsWith('1 of')", timeout=20_000
    )
