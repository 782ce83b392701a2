"""The JSON contract (schema ``timeline/1``): what ``timeline json`` prints and the page embeds.

Names follow the contract exactly; extra fields (document status, warnings and url; event
approximate, background, weight, duration, conflicts) are additions other sites may ignore.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import weakref
from functools import lru_cache
from importlib import resources
from typing import Any

from timeline.model import (
    Document,
    Event,
    EventDate,
    Mention,
    Published,
    Timeline,
    Timex,
)
from timeline.render.json_indent import indented_json
from timeline.render.wording import ordered_events

logger = logging.getLogger(__name__)

SCHEMA_ID = "timeline/1"
SCHEMA_FILE = "timeline-1.json"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def published_dict(published: Published) -> dict[str, Any]:
    """``documents[].published``: best day, bounds, method and the evidence that decided
    (plus ``alternatives``: other days the text allows when it cannot pick a year)."""
    return {
        "date": _iso(published.date),
        "earliest": _iso(published.earliest),
        "latest": _iso(published.latest),
        "method": str(published.method),
        "evidence": [str(item) for item in published.evidence],
        "alternatives": [_iso(alt.date) for alt in published.alternatives if alt.date],
    }


def document_dict(document: Document) -> dict[str, Any]:
    """One ``documents[]`` entry."""
    return {
        "id": document.id,
        "source": document.source,
        "title": document.title,
        "language": document.language,
        "published": published_dict(document.published),
        "status": str(document.status),
        "warnings": [str(w) for w in document.warnings],
        "url": document.url,
    }


def date_dict(date: EventDate | None) -> dict[str, Any] | None:
    """``events[].date``: TIMEX3 value, inclusive ISO days, granularity and mod."""
    if date is None:
        return None
    return {
        "value": date.value,
        "start": _iso(date.start),
        "end": _iso(date.end),
        "granularity": str(date.granularity),
        "mod": date.mod,
    }


def timex_dict(timex: Timex | None) -> dict[str, Any] | None:
    """``mentions[].timex``: the expression that dated a mention, and its anchor."""
    if timex is None:
        return None
    return {
        "text": timex.text,
        "start": timex.start,
        "end": timex.end,
        "value": timex.value,
        "anchor": str(timex.anchor),
        "type": str(timex.type),
        "mod": timex.mod,
    }


def mention_dict(mention: Mention) -> dict[str, Any]:
    """One ``events[].mentions[]`` entry: the sentence of one article that tells the event."""
    return {
        "document": mention.document,
        "sentence": mention.sentence,
        "start": mention.start,
        "end": mention.end,
        "timex": timex_dict(mention.timex),
        "language": mention.language,
        "status": str(mention.status),
        "date": date_dict(mention.date),
    }


def event_dict(event: Event) -> dict[str, Any]:
    """One ``events[]`` entry."""
    return {
        "id": event.id,
        "date": date_dict(event.date),
        "status": str(event.status),
        "title": event.title,
        "text": event.text,
        "language": event.language,
        "entities": list(event.entities),
        "mentions": [mention_dict(m) for m in event.mentions],
        "approximate": event.approximate,
        "background": event.background,
        "weight": round(float(event.weight), 6),
        "duration": event.duration,
        "conflicts": list(event.conflicts),
    }


def to_dict(timeline: Timeline) -> dict[str, Any]:
    """The whole document; events sorted by start day, undated ones last."""
    return {
        "schema": SCHEMA_ID,
        "documents": [document_dict(d) for d in timeline.documents],
        "events": [event_dict(e) for e in ordered_events(timeline.events)],
        "warnings": [str(w) for w in timeline.warnings],
    }


class _LastDict:
    """``to_dict`` of the last timeline asked for, shared read-only by the JSON output and the
    page (which embeds the same document): a build renders both from one timeline, and the
    timeline is frozen all the way down, so its identity decides. Held through a weak
    reference, so the cache never keeps a timeline alive."""

    def __init__(self) -> None:
        self._timeline: weakref.ref[Timeline] | None = None
        self._data: dict[str, Any] = {}

    def get(self, timeline: Timeline) -> dict[str, Any]:
        if self._timeline is None or self._timeline() is not timeline:
            self._data = to_dict(timeline)
            self._timeline = weakref.ref(timeline, self._forget)
        return self._data

    def _forget(self, gone: weakref.ref[Timeline]) -> None:
        if self._timeline is gone:  # not an older timeline's late notice
            self._timeline, self._data = None, {}


_last_dict = _LastDict()


def shared_dict(timeline: Timeline) -> dict[str, Any]:
    """``to_dict(timeline)``, computed once for consecutive renderings of one timeline.
    Callers must not change it (``to_dict`` gives a copy of one's own)."""
    return _last_dict.get(timeline)


def to_json(timeline: Timeline) -> str:
    """The JSON text, indented, UTF-8 characters kept as they are, one trailing newline."""
    return indented_json(shared_dict(timeline), end="\n")


def embeddable_json(data: Any) -> str:
    """Compact JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>``
    or ``&`` can close the tag or start a comment, and U+2028/U+2029 are escaped too."""
    # the data is a tree made for the page, never a cycle: the C encoder need not track ids
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of ``timeline/1``, shipped as package data."""
    text = resources.files("timeline.render").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def schema_errors(document: Any) -> list[str]:
    """Every way ``document`` breaks the schema, one line each (empty when it is valid)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in sorted(
            validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]
        )
    ]
