"""The fast indented JSON writer gives exactly the bytes ``json.dumps(indent=2)`` gives."""

from __future__ import annotations

import json
import math
from enum import IntEnum, StrEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.jsonout import indented_json


class _Status(StrEnum):
    PLANNED = "planned"


class _Level(IntEnum):
    HIGH = 3


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
        pytest.param(
            [{"a": 1, "b": {"a": 1, "b": None}}, {"a": 2, "b": {"a": "x", "b": [1]}}],
            id="one-shape-at-two-depths",
        ),
        pytest.param([{"a": 1, "b": 2}, {"b": 2, "a": 1}, {"a": 1}], id="same-keys-other-order"),
        pytest.param([{"x": True}, {"x": 1}, {"x": 1.0}, {"x": "1"}], id="same-shape-other-types"),
        pytest.param({"ключ": "значение", "schlüssel": ["wert", "straße"]}, id="ru-de-keys"),
        pytest.param({"status": _Status.PLANNED, "n": _Level.HIGH}, id="enum-values"),
    ],
)
def test_same_text_as_json_dumps(data: Any) -> None:
    assert indented_json(data) == _reference(data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"titel": "Rathaus"}, id="de-plain"),
        pytest.param({"when": {1, 2}}, id="left-to-json-dumps"),
    ],
)
def test_end_is_joined_in(data: Any) -> None:
    try:
        reference = _reference(data) + "\n"
    except TypeError:
        with pytest.raises(TypeError):
            indented_json(data, end="\n")
        return
    assert indented_json(data, end="\n") == reference


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


# Few key names, so that dicts of one shape recur at one depth and at several.
_SHAPED = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "date", "ключ", '"q"']), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(data=_SHAPED)
def test_recurring_shapes_never_differ_from_json_dumps(data: Any) -> None:
    assert indented_json(data) == _reference(data)
