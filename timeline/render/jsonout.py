"""The JSON contract (schema ``timeline/1``): what ``timeline json`` prints and the page embeds.

Names follow the contract exactly; extra fields (document status, warnings and url; event
approximate, background, weight, duration, conflicts) are additions other sites may ignore.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from functools import lru_cache
from importlib import resources
from json.encoder import encode_basestring as _encode_string
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


def to_json(timeline: Timeline) -> str:
    """The JSON text, indented, UTF-8 characters kept as they are, one trailing newline."""
    return indented_json(to_dict(timeline)) + "\n"


class _NotPlainJson(TypeError):
    """A value ``indented_json`` leaves to ``json.dumps`` (not a plain JSON type)."""


def indented_json(data: Any) -> str:
    """Exactly ``json.dumps(data, ensure_ascii=False, indent=2)``, about twice as fast.

    With ``indent`` the standard library encodes in pure Python through nested generators;
    this writes the same pieces into one list. Anything but plain dicts (with string keys),
    lists, strings, numbers, booleans and None is left to ``json.dumps`` itself."""
    pieces: list[str] = []
    try:
        _encode_into(data, "\n", pieces)
    except (_NotPlainJson, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(pieces)


def _encode_into(value: Any, newline: str, out: list[str]) -> None:
    """Append the indented JSON of ``value``; ``newline`` is the line break before its items'
    parent indent (so ``newline + "  "`` starts each item)."""
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        opener = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlainJson(key)
            opener_key = opener + _encode_string(key) + ": "
            opener = "," + inner
            if type(item) is str:  # most values: one piece, no call
                out.append(opener_key + _encode_string(item))
            else:
                out.append(opener_key)
                _encode_into(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        opener = "[" + inner
        for item in value:
            out.append(opener)
            opener = "," + inner
            _encode_into(item, inner, out)
        out.append(newline + "]")
    else:
        raise _NotPlainJson(type(value).__name__)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def embeddable_json(data: Any) -> str:
    """Compact JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>``
    or ``&`` can close the tag or start a comment, and U+2028/U+2029 are escaped too."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
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
