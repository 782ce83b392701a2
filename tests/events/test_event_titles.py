"""Titles say who did what in a few words: no date, no quotation, no reporting frame."""

from __future__ import annotations

import pytest

from tests.events.event_builders import timex
from timeline.event_lexicon import lexicon
from timeline.model import Timex
from timeline.titles import MAX_WORDS, frame_title, make_title, shorten


def title(lang: str, text: str, *dated: str) -> str:
    timexes: list[Timex] = [timex(text, phrase, "2019-03-12") for phrase in dated]
    return make_title(text, 0, timexes, lexicon(lang))


@pytest.mark.parametrize(
    ("lang", "text", "dated", "expected"),
    [
        pytest.param(
            "en",
            "Separately, a fire destroyed a grain warehouse on Tuesday, firefighters said.",
            ["Tuesday"],
            "A fire destroyed a grain warehouse",
            id="en-opener-date-frame",
        ),
        pytest.param(
            "en",
            "The mayor said on Monday that the bridge will reopen in May.",
            ["Monday"],
            "The mayor: the bridge will reopen in May",
            id="en-said-that",
        ),
        pytest.param(
            "en",
            "On Monday, Ana Duarte promised “a full and independent inquiry into the collapse”, "
            "according to state radio.",
            ["Monday"],
            "Ana Duarte promised",
            id="en-quote-attribution",
        ),
        pytest.param(
            "en",
            "The council (which met in private) approved the plan on Monday.",
            ["Monday"],
            "The council approved the plan",
            id="en-parenthesis",
        ),
        pytest.param(
            "de",
            "Die Brücke ist am Dienstag eingestürzt, teilte die Hafenbehörde mit.",
            ["Dienstag"],
            "Die Brücke ist eingestürzt",
            id="de-frame",
        ),
        pytest.param(
            "id",
            "Jembatan itu runtuh pada Selasa, kata otoritas pelabuhan.",
            ["Selasa"],
            "Jembatan itu runtuh",
            id="id-frame",
        ),
        pytest.param(
            "pt",
            "Segundo a prefeita, as obras vão começar em 25 de março.",
            ["25 de março"],
            "As obras vão começar",
            id="pt-attribution",
        ),
        pytest.param(
            "en",
            "The festival drew 40,000 visitors last year, when tickets were cheap.",
            ["last year"],
            "The festival drew 40,000 visitors, when tickets were cheap",
            id="en-number-comma",
        ),
    ],
)
def test_titles(lang: str, text: str, dated: list[str], expected: str) -> None:
    assert title(lang, text, *dated) == expected


def test_long_titles_are_cut_with_an_ellipsis() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    short = shorten(words)
    assert short.endswith("…") and len(short.split()) == MAX_WORDS


def test_a_quotation_alone_keeps_its_words() -> None:
    assert title("en", "“We will rebuild the bridge.”") == "We will rebuild the bridge"


@pytest.mark.parametrize(
    ("lang", "frame", "content", "expected"),
    [
        pytest.param(
            "en",
            "Okafor said on Tuesday",
            "Repairs will begin",
            "Okafor said: Repairs will begin",
            id="en",
        ),
        pytest.param(
            "de",
            "sagte Herr Okafor am Dienstag",
            "Die Arbeiten sollen beginnen",
            "Sagte Herr Okafor: Die Arbeiten sollen beginnen",
            id="de-noun-kept",
        ),
    ],
)
def test_announcement_titles(lang: str, frame: str, content: str, expected: str) -> None:
    dated = timex(frame, frame.split()[-1], "2019-03-12")
    assert frame_title(frame, 0, [dated], content, lexicon(lang)) == expected
