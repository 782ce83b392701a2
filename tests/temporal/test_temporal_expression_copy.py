"""``revised`` gives what ``dataclasses.replace`` gives: equal, same ``repr``, same field order."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Granularity, Tense, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.expression_copy import revised

_BASE = Expression(4, 13, "yesterday", TimexType.DATE, "en.deictic_day", Granularity.DAY)

_CHANGES: dict[str, st.SearchStrategy[Any]] = {
    "start": st.integers(0, 50),
    "text": st.sampled_from(["Tuesday", "gestern", "hier", "ontem", "kemarin"]),
    "type": st.sampled_from(list(TimexType)),
    "granularity": st.none() | st.sampled_from(list(Granularity)),
    "unit": st.none() | st.sampled_from(list(Granularity)),
    "offset": st.none() | st.integers(-3, 3),
    "tense": st.sampled_from(list(Tense)),
    "mod": st.none() | st.sampled_from(["START", "END", "APPROX"]),
    "value": st.none() | st.sampled_from(["P2D", "PT90M"]),
    "speech_start": st.none() | st.integers(0, 9),
    "moved_by": st.none() | st.tuples(st.sampled_from(list(Granularity)), st.integers(-2, 2)),
}


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional=_CHANGES))
def test_revised_is_replace(changes: dict[str, Any]) -> None:
    expected = replace(_BASE, **changes)
    got = revised(_BASE, **changes)
    assert got == expected
    assert repr(got) == repr(expected)
    assert list(vars(got)) == [f.name for f in fields(Expression)]
    assert vars(_BASE) == vars(replace(_BASE))  # the original is untouched


@dataclass(frozen=True)
class _Tagged(Expression):
    """A subclass: copied with ``replace``, which knows its own fields."""

    note: str = ""


@pytest.mark.parametrize(
    ("expression", "changes"),
    [
        (_Tagged(0, 5, "today", TimexType.DATE, "en.today", note="x"), {"tense": Tense.PAST}),
        (_BASE, {"tense": Tense.FUTURE, "mod": "END"}),
    ],
    ids=["subclass", "two-fields"],
)
def test_revised_of_other_shapes(expression: Expression, changes: dict[str, Any]) -> None:
    got = revised(expression, **changes)
    assert type(got) is type(expression)
    assert got == replace(expression, **changes)


def test_revised_rejects_unknown_fields_like_replace() -> None:
    with pytest.raises(TypeError):
        revised(_BASE, weekday_name="Tuesday")


def test_an_expression_with_a_post_init_is_copied_by_replace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once ``Expression`` checks or derives something in ``__post_init__``, every copy must
    run it: ``revised`` then leaves the copying to ``replace``."""
    import timeline.temporal.expression_copy as expression_copy

    calls: list[str] = []

    def spying_replace(expression: Expression, **changes: Any) -> Expression:
        calls.append("replace")
        return replace(expression, **changes)

    monkeypatch.setattr(expression_copy, "_PLAIN", False)
    monkeypatch.setattr(expression_copy, "replace", spying_replace)
    assert revised(_BASE, tense=Tense.PAST) == replace(_BASE, tense=Tense.PAST)
    assert calls == ["replace"]
