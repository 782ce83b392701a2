"""One name per actor across the timeline, whatever language or spelling each article used."""

from __future__ import annotations

import pytest

from tests.events.event_builders import candidate
from timeline.merge import merge_events
from timeline.name_keys import is_canonical_form


@pytest.mark.parametrize(
    ("name", "own"),
    [
        pytest.param("Russia", True, id="en-own"),
        pytest.param("Russland", False, id="de-exonym"),
        pytest.param("Russian", False, id="en-demonym"),
        pytest.param("Kasachstan", True, id="de-transliteration"),
        pytest.param("OTSC", False, id="pt-acronym-alias"),
    ],
)
def test_canonical_form(name: str, own: bool) -> None:
    assert is_canonical_form(name) is own


def test_every_event_shows_the_same_name_for_one_actor() -> None:
    candidates = [
        candidate("a", "Russland schickte Truppen.", "2019-03-11", ("Russland",), "de"),
        candidate("b", "Russian troops arrived in Rivermouth.", "2019-03-12", ("Russian",)),
        candidate("c", "A Rússia negou.", "2019-03-13", ("Russia", "Rivermouth"), "pt"),
        candidate("d", "Tokajew sprach.", "2019-03-14", ("Tokajew",), "de"),
        candidate("e", "Tokajew dankte.", "2019-03-20", ("Tokajew",), "de"),
        candidate("f", "Tokayev spoke.", "2019-03-25", ("Tokayev",)),
    ]
    events = merge_events(candidates)
    names = {name for event in events for name in event.entities}
    assert names == {"Russia", "Rivermouth", "Tokajew"}  # own forms win; then the commoner one
