"""``collecting_less`` raises the collector's thresholds for a block and always restores them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from timeline.garbage import BUILD_THRESHOLDS, collecting_less


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


@pytest.mark.parametrize(
    ("start", "inside"),
    [
        ((700, 10, 10), BUILD_THRESHOLDS),
        ((500_000, 10, 10), (500_000, *BUILD_THRESHOLDS[1:])),
        ((0, 10, 10), (0, 10, 10)),
    ],
    ids=["default", "caller-higher-kept", "collection-off-kept"],
)
def test_raised_inside_restored_after(
    thresholds: tuple[int, int, int], start: tuple[int, int, int], inside: tuple[int, int, int]
) -> None:
    gc.set_threshold(*start)
    with collecting_less():
        assert gc.get_threshold() == inside
    assert gc.get_threshold() == start


def test_restored_when_the_block_raises(thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), collecting_less():
        raise RuntimeError("boom")
    assert gc.get_threshold() == thresholds
