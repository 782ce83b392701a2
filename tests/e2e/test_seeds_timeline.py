"""What a user reading the five seed articles expects of their timeline (issue 2).

Nothing in the package knows these articles: the expectations are checked here, on the output.
Events are found by what their sentences say, never by position or id.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.e2e.timeline_queries import document, events_citing, on_day, sources
from timeline.model import Granularity, PubMethod, Status, Timeline

JAN_11, JAN_13 = dt.date(2022, 1, 11), dt.date(2022, 1, 13)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_dated_in_january_2022_with_evidence(
    seeds_timeline: Timeline, prefix: str
) -> None:
    published = document(seeds_timeline, prefix).published
    assert published.date is not None
    assert (published.date.year, published.date.month) == (2022, 1)
    assert published.earliest and published.latest
    assert published.earliest <= published.date <= published.latest
    assert published.evidence


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_weekday_cues_date_articles_from_their_own_text(
    seeds_timeline: Timeline, prefix: str
) -> None:
    published = document(seeds_timeline, prefix).published
    assert published.method is PubMethod.TEXT
    assert published.date is not None and JAN_11 <= published.date <= JAN_13


def test_german_weekdays_narrow_the_corpus_period(seeds_timeline: Timeline) -> None:
    """004 names weekdays, no month or year: the corpus gives the week, its text the days."""
    published = document(seeds_timeline, "004").published
    assert published.date is not None and JAN_11 <= published.date <= JAN_13
    assert published.earliest and published.latest
    assert published.earliest >= JAN_11 and published.latest <= dt.date(2022, 1, 14)
    assert any("Dienstag" in quote for quote in published.evidence)


@pytest.mark.parametrize(("prefix", "shift"), [("002", "in two days"), ("004", "in zwei Tagen")])
def test_shift_ahead_of_the_speech_bounds_the_writing_day(
    seeds_timeline: Timeline, prefix: str, shift: str
) -> None:
    """ "leaving in two days, Tokayev said on Tuesday": written by Tuesday 11 + 2 (+ a day)."""
    published = document(seeds_timeline, prefix).published
    assert published.latest is not None and published.latest <= dt.date(2022, 1, 14)
    assert any(shift in line and "2022-01-13" in line for line in published.evidence)


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_articles_without_own_dates_are_dated_from_the_corpus(
    seeds_timeline: Timeline, prefix: str
) -> None:
    published = document(seeds_timeline, prefix).published
    assert published.method is PubMethod.CORPUS
    assert published.earliest and published.latest
    assert (published.latest - published.earliest).days >= 2  # wider than a text-dated article
    shared = next(line for line in published.evidence if "shared:" in line)
    assert re.search(r"shared: .*\b[A-Z]", shared)  # names as the articles spell them


@pytest.mark.parametrize("prefix", ["000", "003", "004"])
def test_corpus_evidence_quotes_names_as_written(
    seeds_timeline: Timeline, seeds_dir: Path, prefix: str
) -> None:
    """Every shared name the evidence quotes is written so in a seed article, not a key."""
    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.iterdir()))
    published = document(seeds_timeline, prefix).published
    shared = next(line for line in published.evidence if "shared:" in line)
    names = shared.split("shared: ", 1)[1].rstrip(")").split(", ")
    assert names and all(name in texts for name in names), names


@pytest.mark.parametrize(
    "who",
    [
        pytest.param((r"Xi", r"Tokayev|Tokaev|Tokajew|Kazakh counterpart"), id="xi-tokayev"),
        pytest.param((r"Wang", r"Lavrov|Lawrow"), id="wang-lavrov"),
        pytest.param((r"Xi", r"Lukashenko|Lukachenko|Lukaschenko"), id="xi-lukashenko"),
        pytest.param((r"CSTO", r"Video|virtual|summit|Treffen"), id="csto-summit"),
    ],
)
def test_january_10_events(seeds_timeline: Timeline, who: tuple[str, str]) -> None:
    assert on_day(events_citing(seeds_timeline, *who), "2022-01-10")


def test_the_four_january_10_events_stay_apart(seeds_timeline: Timeline) -> None:
    calls = {
        "xi-tokayev": (r"\bXi\b", r"Tokayev|Kazakh counterpart"),
        "wang-lavrov": (r"\bWang\b", r"Lavrov|Lawrow"),
        "xi-lukashenko": (r"\bXi\b", r"Lukashenko|Lukachenko|Lukaschenko"),
        "csto": (r"CSTO", r"Videoschaltung|virtual|summit"),
    }
    ids = {
        name: {e.id for e in on_day(events_citing(seeds_timeline, *p), "2022-01-10")}
        for name, p in calls.items()
    }
    for name, found in ids.items():
        assert found, name
    names = list(ids)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not ids[a] & ids[b], f"{a} and {b} were merged"


@pytest.mark.parametrize(
    ("who", "cited"),
    [
        pytest.param((r"Wang", r"Lavrov|Lawrow"), {"001", "004"}, id="wang-lavrov"),
        pytest.param(
            (r"\bXi\b", r"Lukashenko|Lukachenko|Lukaschenko"), {"002", "004"}, id="xi-lukashenko"
        ),
    ],
)
def test_same_call_told_by_two_articles_is_one_event(
    seeds_timeline: Timeline, who: tuple[str, str], cited: set[str]
) -> None:
    events = on_day(events_citing(seeds_timeline, *who), "2022-01-10")
    assert any(cited <= sources(e) for e in events), [sorted(sources(e)) for e in events]


def test_protests_from_january_2(seeds_timeline: Timeline) -> None:
    events = events_citing(seeds_timeline, r"January 2\b")
    assert any(e.date and e.date.start == dt.date(2022, 1, 2) for e in events)


def test_troop_arrival_is_the_week_before_and_approximate(seeds_timeline: Timeline) -> None:
    week = [
        e
        for e in seeds_timeline.events
        if e.date and e.date.start == dt.date(2022, 1, 3) and e.date.end == dt.date(2022, 1, 9)
    ]
    assert week, "nothing dated to the week of 3-9 January"
    assert any(e.date and e.date.granularity is Granularity.WEEK for e in week)
    troops = [
        e
        for e in week
        if any(re.search(r"troops|soldiers|Truppen|pasukan", m.sentence) for m in e.mentions)
    ]
    assert troops and all(e.approximate or e.date.granularity is Granularity.WEEK for e in troops)


def test_tokayev_announcement_on_tuesday(seeds_timeline: Timeline) -> None:
    events = on_day(
        events_citing(seeds_timeline, r"Tuesday|Dienstag", r"Tokayev|Tokajew"), "2022-01-11"
    )
    assert any(e.status is Status.OCCURRED for e in events)


def test_withdrawal_planned_two_days_after_the_speech_for_ten_days(
    seeds_timeline: Timeline,
) -> None:
    events = on_day(events_citing(seeds_timeline, r"leaving|Rückzug"), "2022-01-13")
    assert events, "the withdrawal is not on 2022-01-13"
    assert all(e.status is Status.PLANNED for e in events)
    announcement = on_day(events_citing(seeds_timeline, r"leaving|Rückzug"), "2022-01-11")
    assert not {e.id for e in events} & {e.id for e in announcement}
    assert any(e.duration == "P10D" for e in events_citing(seeds_timeline, r"ten days|withdrawal"))


def test_reforms_promised_by_september(seeds_timeline: Timeline) -> None:
    events = events_citing(seeds_timeline, r"by September")
    assert any(e.date and e.date.value == "2022-09" and e.status is Status.PLANNED for e in events)


@pytest.mark.parametrize("value", ["1916", "192", "1970", "2014", "2017"])
def test_background_years(seeds_timeline: Timeline, value: str) -> None:
    found = [e for e in seeds_timeline.events if e.date and e.date.value == value]
    assert found, value
    assert all(e.background for e in found)


def test_numbers_are_not_dates(seeds_timeline: Timeline) -> None:
    for event in seeds_timeline.events:
        for mention in event.mentions:
            timex = mention.timex
            if timex is None:
                continue
            text = timex.text.strip()
            if re.fullmatch(r"1[89]\d\d|20\d\d", text):
                assert timex.value == text, timex  # a bare year is a date only as that year
                continue
            assert not re.fullmatch(r"[\d.,]+|\d+ *%|17 \+ 11.*", text), timex
    years = {e.date.start.year for e in seeds_timeline.events if e.date}
    assert years <= set(range(1900, 2023))


@pytest.mark.parametrize(
    "furniture",
    [
        "News Today",
        "You May Also Like",
        "Back to top button",
        "(Gambar: Getty)",
        "(Bild: Getty)",
        "17 + 11",
        "Leave a Reply",
    ],
)
def test_page_furniture_never_becomes_an_event(seeds_timeline: Timeline, furniture: str) -> None:
    for event in seeds_timeline.events:
        assert furniture not in event.title
        assert all(m.sentence.strip() != furniture for m in event.mentions)
