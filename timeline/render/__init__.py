"""Render a ``Timeline``: the JSON contract, plain text, the HTML page and exports."""

from __future__ import annotations

import logging
from enum import StrEnum

from timeline.model import Timeline
from timeline.settings import Settings

logger = logging.getLogger(__name__)


class OutputFormat(StrEnum):
    """Every output the CLI can write."""

    JSON = "json"
    TEXT = "text"
    HTML = "html"
    TIMELINEJS = "timelinejs"
    CSV = "csv"
    ICS = "ics"


def render(timeline: Timeline, fmt: OutputFormat, settings: Settings | None = None) -> str:
    """The text of ``timeline`` in ``fmt``, always encodable as UTF-8 (undecodable characters
    of the input become U+FFFD, with a warning)."""
    from timeline.garbage import collecting_less
    from timeline.render.wording import encodable, has_lone_surrogates

    with collecting_less():
        text = _render(timeline, fmt, settings or Settings())
    if has_lone_surrogates(text):
        logger.warning("%s output: undecodable characters in the input shown as U+FFFD", fmt)
        text = encodable(text)
    return text


def _render(timeline: Timeline, fmt: OutputFormat, settings: Settings) -> str:
    """Dispatch to the renderer of ``fmt``; each is imported only when used."""
    if fmt is OutputFormat.JSON:
        from timeline.render.jsonout import to_json

        return to_json(timeline)
    if fmt is OutputFormat.TEXT:
        from timeline.render.text import to_text

        return to_text(timeline)
    if fmt is OutputFormat.HTML:
        from timeline.render.html import to_html

        return to_html(timeline, settings)
    from timeline.render import exports

    return {
        OutputFormat.TIMELINEJS: exports.to_timelinejs,
        OutputFormat.CSV: exports.to_csv,
        OutputFormat.ICS: exports.to_ics,
    }[fmt](timeline)
