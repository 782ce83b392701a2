"""The plain-text chronology reads in order, says every date at its precision, cites sources."""

from __future__ import annotations

import pytest

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.render.text import to_text


def test_order_and_undated_last(hand_timeline: Timeline) -> None:
    text = to_text(hand_timeline)
    order = [
        "the 19th century",
        "the 1920s",
        "about 2014",
        "week 10 of 2019",
        "Tue 12 Mar 2019",
        "Fri 15 Mar 2019",
        "Wed 20 Mar 2019",
        "September 2019",
        "Undated:",
    ]
    positions = [text.index(label) for label in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "expected",
    [
        "'on Tuesday' counted back from the publication date 2019-03-14",
        "'am Dienstag' counted back from the publication date 2019-03-15",
        "“Der Sturm hatte die Brücke am Dienstag geschlossen.” (de)",
        "[planned, lasting 10 days] id",
        "[occurred, approximate] en",
        "[occurred, background] de",
        "! sources disagree: hafen-de says 2019-03-21",
        "broken: skipped (binary: looks like a PDF)",
        "published 2019-03-14 (inferred from related articles; between 2019-03-10 and 2019-03-20)",
    ],
    ids=[
        "en-weekday",
        "de-weekday",
        "second-language-quote",
        "planned-duration",
        "approximate",
        "background",
        "conflict",
        "skipped-input",
        "corpus-dated",
    ],
)
def test_says(hand_timeline: Timeline, expected: str) -> None:
    assert expected in " ".join(to_text(hand_timeline).split())


def test_text_is_not_escaped(hand_timeline: Timeline) -> None:
    assert "<img src=x onerror=alert(1)>" in render(hand_timeline, OutputFormat.TEXT)


def test_empty(empty_timeline: Timeline) -> None:
    assert "No dated events were found." in to_text(empty_timeline)
