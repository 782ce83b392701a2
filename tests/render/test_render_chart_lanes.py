"""Chart lanes: the greedy cover gives the lanes a plain re-count after every pick gives."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.figure import MAX_LANES, _lanes


def _reference(keys: list[list[str]], counted: list[bool]) -> list[str]:
    """Each lane takes the name most marks (each counted once per mark) not yet in a lane
    share; ties go to the name met first."""
    if not any(counted):
        counted = [True] * len(keys)
    remaining = [ks for ks, c in zip(keys, counted, strict=True) if c and ks]
    top: list[str] = []
    while remaining and len(top) < MAX_LANES:
        name = Counter(k for ks in remaining for k in dict.fromkeys(ks)).most_common(1)[0][0]
        top.append(name)
        remaining = [ks for ks in remaining if name not in ks]
    return top


@pytest.mark.parametrize(
    ("keys", "lanes"),
    [
        pytest.param([["Merkel", "Scholz"], ["Scholz"], ["Macron"]], ["Scholz", "Macron"], id="de"),
        pytest.param([["Jokowi", "Jokowi"], ["Prabowo"]], ["Jokowi", "Prabowo"], id="id-repeat"),
        pytest.param([["Токаев"], ["Назарбаев"], ["Назарбаев"]], ["Назарбаев", "Токаев"], id="ru"),
    ],
)
def test_lane_names(keys: list[list[str]], lanes: list[str]) -> None:
    assert _lanes(keys, [True] * len(keys), "other")["names"][: len(lanes)] == lanes


@settings(max_examples=300, deadline=None)
@given(
    marks=st.lists(
        st.tuples(st.lists(st.sampled_from("abcdefghijklmn"), max_size=4), st.booleans()),
        max_size=40,
    )
)
def test_same_lanes_as_a_plain_recount(marks: list[tuple[list[str], bool]]) -> None:
    keys = [ks for ks, _ in marks]
    counted = [c for _, c in marks]
    top = _reference(keys, counted)
    assert _lanes(keys, counted, "other")["names"][: len(top)] == top
