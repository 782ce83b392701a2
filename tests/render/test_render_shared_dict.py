"""The JSON output and the page share one ``to_dict`` per timeline, and never a stale one."""

from __future__ import annotations

import dataclasses
import gc

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.render.jsonout import shared_dict, to_dict


def test_one_timeline_gets_one_dict(hand_timeline: Timeline) -> None:
    first = shared_dict(hand_timeline)
    assert shared_dict(hand_timeline) is first
    assert first == to_dict(hand_timeline)


def test_another_timeline_gets_its_own(hand_timeline: Timeline) -> None:
    shared_dict(hand_timeline)
    fewer = dataclasses.replace(hand_timeline, events=hand_timeline.events[:2])
    assert shared_dict(fewer) == to_dict(fewer)
    assert shared_dict(hand_timeline) == to_dict(hand_timeline)


def test_an_equal_copy_is_not_taken_for_the_same(hand_timeline: Timeline) -> None:
    copy = dataclasses.replace(hand_timeline)
    assert shared_dict(copy) is not shared_dict(hand_timeline)


def test_a_dead_timeline_is_forgotten_and_an_older_one_does_not_clear_a_newer(
    hand_timeline: Timeline,
) -> None:
    older = dataclasses.replace(hand_timeline, warnings=("older",))
    shared_dict(older)
    newer = dataclasses.replace(hand_timeline, warnings=("newer",))
    kept = shared_dict(newer)
    del older
    gc.collect()
    assert shared_dict(newer) is kept
    assert kept["warnings"] == ["newer"]


def test_json_and_page_render_alike_in_any_order(hand_timeline: Timeline) -> None:
    page_first = render(hand_timeline, OutputFormat.HTML), render(hand_timeline, OutputFormat.JSON)
    other = dataclasses.replace(hand_timeline)
    json_first = render(other, OutputFormat.JSON), render(other, OutputFormat.HTML)
    assert page_first == (json_first[1], json_first[0])
