"""The fast indented JSON writer gives exactly the bytes ``json.dumps(indent=2)`` gives."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.jsonout import indented_json


def _reference(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"title": "Protesters stormed the city hall", "n": 3}, id="en"),
        pytest.param({"title": "Demonstranten stürmten das Rathaus", "tags": ["ü", "ß"]}, id="de"),
        pytest.param({"judul": "Pengunjuk rasa menyerbu balai kota", "x": None}, id="id"),
        pytest.param({"t": 'Алматы «аэропорт»\u2028\n\t"q"', "w": 0.5}, id="ru-escapes"),
        pytest.param({"empty": {}, "none": [], "nested": [[], [{}]]}, id="empty-containers"),
        pytest.param({"b": True, "f": False, "i": -7, "big": 10**30}, id="scalars"),
        pytest.param([math.nan, math.inf, -math.inf, 1e-9, 2.0], id="special-floats"),
        pytest.param(("a", ("b",)), id="tuples"),
        pytest.param({1: "int key", None: "none key"}, id="non-string-keys"),
        pytest.param("just a string", id="top-level-string"),
    ],
)
def test_same_text_as_json_dumps(data: Any) -> None:
    assert indented_json(data) == _reference(data)


def test_unknown_types_fail_as_json_dumps_does() -> None:
    with pytest.raises(TypeError):
        indented_json({"when": object()})


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(data=_JSON)
def test_never_differs_from_json_dumps(data: Any) -> None:
    assert indented_json(data) == _reference(data)
