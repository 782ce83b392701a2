"""Fixtures for the publication-date tests: expressions built by hand on short texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression

MakeExpr = Callable[..., Expression]


@pytest.fixture
def mark() -> MakeExpr:
    """``mark(text, phrase, **fields)``: the Expression for the first ``phrase`` in ``text``."""

    def make(text: str, phrase: str, nth: int = 0, **fields: Any) -> Expression:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        fields.setdefault("type", TimexType.DATE)
        fields.setdefault("rule", "test.hand")
        fields.setdefault("granularity", Granularity.DAY)
        return Expression(start=start, end=start + len(phrase), text=phrase, **fields)

    return make
