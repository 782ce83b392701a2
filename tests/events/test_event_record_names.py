"""An event's names and the one name per key across the timeline, against the counting they
replaced (kept here as the reference), on names spelt as several languages spell them."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.event_builders import candidate
from timeline.event_records import MAX_ENTITIES, _entities, event_record, one_name_per_key
from timeline.model import Candidate, Event
from timeline.name_keys import canonical_key, is_canonical_form

NAMES = [
    "Russia",
    "Russland",
    "Russian",
    "Rússia",
    "Tokayev",
    "Tokajew",
    "Kassym-Jomart Tokayev",
    "Lavrov",
    "Lawrow",
    "Sergei Lavrov",
    "Minsk",
    "Kazakhstan",
    "Kasachstan",
    "Cazaquistão",
    "Almaty",
    "Alma-Ata",
]


def old_entities(members: list[Candidate]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for c in members:
        for name in c.entities:
            key = canonical_key(name)
            counts[key] += 1
            shown.setdefault(key, name)
    first_seen = {key: n for n, key in enumerate(shown)}
    ordered = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))
    return tuple(shown[k] for k in ordered[:MAX_ENTITIES])


def old_one_name_per_key(events: list[Event]) -> list[Event]:
    counts: Counter[str] = Counter(name for event in events for name in event.entities)
    forms: dict[str, list[str]] = {}
    for name in sorted(counts):
        forms.setdefault(canonical_key(name), []).append(name)
    shown: dict[str, str] = {}
    for group in forms.values():
        chosen = max(group, key=lambda n: (is_canonical_form(n), counts[n], -len(n), n))
        shown.update(dict.fromkeys(group, chosen))
    out = []
    for event in events:
        names = tuple(dict.fromkeys(shown[name] for name in event.entities))
        out.append(event if names == event.entities else replace(event, entities=names))
    return out


def told(n: int, names: list[str], language: str) -> Candidate:
    return candidate(f"{language}_{n}", f"Sentence {n}.", "2022-01-05", tuple(names), language)


members_strategy = st.lists(
    st.tuples(st.lists(st.sampled_from(NAMES), max_size=16), st.sampled_from(["en", "de", "pt"])),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(members_strategy)
def test_an_event_names_its_keys_as_the_counting_did(
    told_names: list[tuple[list[str], str]],
) -> None:
    members = [told(n, names, language) for n, (names, language) in enumerate(told_names)]
    assert _entities(members) == old_entities(members)


@settings(max_examples=150, deadline=None)
@given(st.lists(members_strategy, min_size=1, max_size=8))
def test_the_timeline_shows_one_name_per_key_as_before(
    groups: list[list[tuple[list[str], str]]],
) -> None:
    events = []
    for g, told_names in enumerate(groups):
        members = [
            told(10 * g + n, names, language) for n, (names, language) in enumerate(told_names)
        ]
        events.append(event_record(members, members[0], members[0].date, ()))
    assert one_name_per_key(events) == old_one_name_per_key(events)


def test_the_commonest_key_comes_first_then_the_first_seen() -> None:
    members = [
        told(1, ["Lavrov", "Minsk"], "en"),
        told(2, ["Minsk", "Lawrow"], "de"),
        told(3, ["Almaty", "Minsk"], "pt"),
    ]
    assert _entities(members) == ("Minsk", "Lavrov", "Almaty")
