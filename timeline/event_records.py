"""Event records from merged tellings: dates, titles and names chosen, mentions cited, weights,
and the filters and order the outputs use."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from timeline.model import Candidate, Event, EventDate, Granularity, Status
from timeline.name_keys import canonical_key, is_canonical_form
from timeline.settings import Settings

MAX_ENTITIES = 12
SPECIFICITY = {
    Granularity.DAY: 1.0,
    Granularity.WEEK: 0.8,
    Granularity.MONTH: 0.6,
    Granularity.SEASON: 0.5,
    Granularity.QUARTER: 0.5,
    Granularity.YEAR: 0.4,
    Granularity.DECADE: 0.2,
    Granularity.CENTURY: 0.1,
}


def _event_id(candidates: Sequence[Candidate]) -> str:
    parts = sorted(
        f"{c.mention.document}:{c.mention.start}:{c.mention.end}:{c.date.value if c.date else '-'}"
        for c in candidates
    )
    return "e" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def _entities(members: Sequence[Candidate]) -> tuple[str, ...]:
    """Names of the event, one per key, the most frequent first."""
    counts: dict[str, int] = {}  # in the order the keys are first seen
    shown: dict[str, str] = {}
    for candidate in members:
        for name in candidate.entities:
            key = canonical_key(name)
            if key in counts:
                counts[key] += 1
            else:
                counts[key] = 1
                shown[key] = name
    if len(counts) > 1 and max(counts.values()) > 1:
        ordered = sorted(counts, key=lambda k: -counts[k])  # stable: first seen first on ties
    else:
        ordered = list(counts)
    return tuple(shown[k] for k in ordered[:MAX_ENTITIES])


def one_name_per_key(events: list[Event]) -> list[Event]:
    """Show each entity under one name across the whole timeline.

    Articles in several languages spell one actor several ways ("Russia", "Russland", "Russian";
    "Tokayev", "Tokajew"): a reader, and the page's lanes, should see one. The name chosen for a
    key is the commonest form that is the key's own (not an exonym or demonym), else the commonest.
    """
    counts: Counter[str] = Counter(name for event in events for name in event.entities)
    forms: dict[str, list[str]] = {}
    for name in sorted(counts):
        forms.setdefault(canonical_key(name), []).append(name)
    shown: dict[str, str] = {}
    for group in forms.values():
        if len(group) == 1:  # the only form (most keys): nothing to choose between
            shown[group[0]] = group[0]
            continue
        chosen = max(group, key=lambda n: (is_canonical_form(n), counts[n], -len(n), n))
        shown.update(dict.fromkeys(group, chosen))  # one choice per group, not per name
    out = []
    for event in events:
        names = tuple(dict.fromkeys(shown[name] for name in event.entities))
        out.append(event if names == event.entities else replace(event, entities=names))
    return out


def event_record(
    members: Sequence[Candidate],
    founder: Candidate,
    date: EventDate | None,
    conflicts: Sequence[str],
) -> Event:
    """The event a group of merged tellings makes: founded (dated and titled) by its most
    precise telling, citing every one, weighted by how many articles tell it."""
    cited = [c.mention for c in members]
    if len(cited) > 1:  # most events are told once
        cited.sort(key=lambda m: (m.document, m.start, m.end))
    told = [c.duration for c in members if c.duration]
    durations = Counter(told) if told else None
    documents = {m.document for m in cited}
    specificity = SPECIFICITY.get(date.granularity, 0.0) if date else 0.0
    return Event(
        id=_event_id(members),
        date=date,
        status=Status.OCCURRED
        if any(c.status is Status.OCCURRED for c in members)
        else Status.PLANNED,
        title=founder.title,
        text=founder.mention.sentence,
        language=founder.mention.language,
        entities=_entities(members),
        mentions=tuple(cited),
        approximate=all(c.approximate for c in members),
        background=founder.background,
        duration=min(durations, key=lambda d: (-durations[d], d)) if durations else None,
        weight=round(len(documents) + specificity, 3),
        conflicts=tuple(conflicts),
    )


def kept(events: list[Event], settings: Settings) -> list[Event]:
    """The events ``--since``, ``--until`` and ``--top`` keep."""
    if settings.since or settings.until:
        events = [
            e
            for e in events
            if e.date is not None
            and (settings.since is None or e.date.end >= settings.since)
            and (settings.until is None or e.date.start <= settings.until)
        ]
    if settings.top is not None and settings.top >= 0:
        events = sorted(events, key=lambda e: (-e.weight, e.id))[: settings.top]
    return events


def chronological(event: Event) -> tuple[object, ...]:
    """Sort key: by start and end day, the heavier first, undated events last."""
    if event.date is None:
        return (1, dt.date.max, dt.date.max, -event.weight, event.id)
    return (0, event.date.start, event.date.end, -event.weight, event.id)
