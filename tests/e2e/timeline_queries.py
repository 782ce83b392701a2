"""Small queries over a built Timeline, so that end-to-end tests read like the expectations."""

from __future__ import annotations

import datetime as dt
import re

from timeline.model import Document, Event, Timeline


def document(timeline: Timeline, prefix: str) -> Document:
    """The document whose id starts with ``prefix``."""
    found = [d for d in timeline.documents if d.id.startswith(prefix)]
    assert len(found) == 1, f"{prefix}: {[d.id for d in timeline.documents]}"
    return found[0]


def events_citing(timeline: Timeline, *patterns: str) -> list[Event]:
    """Events one of whose mention sentences matches every regex pattern (case-insensitive)."""
    out = []
    for event in timeline.events:
        for mention in event.mentions:
            if all(re.search(p, mention.sentence, re.IGNORECASE) for p in patterns):
                out.append(event)
                break
    return out


def on_day(events: list[Event], day: str) -> list[Event]:
    """Events dated exactly that day."""
    wanted = dt.date.fromisoformat(day)
    return [e for e in events if e.date and e.date.start == wanted and e.date.end == wanted]


def sources(event: Event) -> set[str]:
    """Document id prefixes (before the first underscore) that an event cites."""
    return {m.document.split("_")[0] for m in event.mentions}
