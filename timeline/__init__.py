"""timeline: a dated, cited chronology from a pile of multilingual news articles.

The public API: ``build`` reads sources and returns a ``Timeline``; ``tag`` finds and resolves
temporal expressions in one text; ``infer_published`` dates one article from its own text.
Heavy dependencies (spaCy, plotly, dateparser) load only when a stage needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.model import (
    Anchor,
    Article,
    Candidate,
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
from timeline.settings import Settings

if TYPE_CHECKING:
    from timeline.api import build, build_from_articles
    from timeline.pubdate import infer_published
    from timeline.temporal import tag

__all__ = [
    "Anchor",
    "Article",
    "Candidate",
    "Document",
    "Event",
    "EventDate",
    "Granularity",
    "Mention",
    "PubMethod",
    "Published",
    "Settings",
    "Status",
    "Timeline",
    "Timex",
    "TimexType",
    "build",
    "build_from_articles",
    "infer_published",
    "tag",
]

_LAZY = {
    "build": "timeline.api",
    "build_from_articles": "timeline.api",
    "infer_published": "timeline.pubdate",
    "tag": "timeline.temporal",
}


def __getattr__(name: str) -> Any:
    """Import the stage behind a public function on first use, keeping ``import timeline`` light."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
