"""End to end on articles written for the tests (tests/articles/): another story, other years.

Rivermouth (March 2019): a bridge collapse told in English (explicit dateline), German, Portuguese
and Indonesian (Kompas-style dateline), with a distractor fire on the same Tuesday. Lanterns
(June 2023): a Markdown article whose front matter gives the date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.e2e.timeline_queries import document, events_citing, on_day, sources
from timeline.model import PubMethod, Status, Timeline


def test_explicit_dateline_dates_the_article(own_timeline: Timeline) -> None:
    published = document(own_timeline, "en_newswire").published
    assert published.method is PubMethod.TEXT
    assert published.date == dt.date(2019, 3, 14)
    assert any("March 14, 2019" in quote for quote in published.evidence)


def test_front_matter_date_is_given(own_timeline: Timeline) -> None:
    published = document(own_timeline, "festival").published
    assert published.method is PubMethod.GIVEN
    assert published.date == published.earliest == published.latest == dt.date(2023, 6, 2)


@pytest.mark.parametrize("prefix", ["de_zeitung", "pt_jornal", "id_kompas"])
def test_undated_versions_fall_in_the_week_of_the_story(
    own_timeline: Timeline, prefix: str
) -> None:
    published = document(own_timeline, prefix).published
    assert published.date is not None
    assert dt.date(2019, 3, 12) <= published.date <= dt.date(2019, 3, 20)
    assert published.earliest and published.latest
    assert published.earliest <= published.date <= published.latest


def test_collapse_is_one_event_cited_in_four_languages(own_timeline: Timeline) -> None:
    collapse = on_day(
        events_citing(own_timeline, r"collapsed|eingestürzt|desabou|runtuh"), "2019-03-12"
    )
    assert collapse
    best = max(collapse, key=lambda e: len(e.mentions))
    assert {"en", "de", "pt", "id"} <= sources(best)
    assert best.status is Status.OCCURRED
    assert {m.language for m in best.mentions} >= {"en", "de", "pt", "id"}


def test_same_day_fire_stays_a_separate_event(own_timeline: Timeline) -> None:
    fire = on_day(events_citing(own_timeline, r"fire destroyed"), "2019-03-12")
    collapse = on_day(events_citing(own_timeline, r"collapsed|eingestürzt|desabou"), "2019-03-12")
    assert fire and collapse
    assert not {e.id for e in fire} & {e.id for e in collapse}
    assert all(sources(e) == {"en"} for e in fire)


def test_repairs_are_planned_for_march_25(own_timeline: Timeline) -> None:
    repairs = on_day(
        events_citing(own_timeline, r"repair|Reparatur|reparação|perbaikan"), "2019-03-25"
    )
    assert repairs
    assert all(e.status is Status.PLANNED for e in repairs)
    assert len({s for e in repairs for s in sources(e)}) >= 2


def test_warnings_of_2016_are_background(own_timeline: Timeline) -> None:
    warned = [e for e in own_timeline.events if e.date and e.date.value == "2016"]
    assert warned and all(e.background for e in warned)


def test_festival_saturday_is_planned_and_decade_is_background(own_timeline: Timeline) -> None:
    saturday = on_day(events_citing(own_timeline, r"lantern festival will return"), "2023-06-03")
    assert saturday and all(e.status is Status.PLANNED for e in saturday)
    decade = [e for e in own_timeline.events if e.date and e.date.value == "199"]
    assert decade and all(e.background for e in decade)


def test_counts_money_and_percentages_are_not_dates(own_timeline: Timeline) -> None:
    for event in own_timeline.events:
        assert event.date is None or 1900 <= event.date.start.year <= 2030, event


@pytest.mark.parametrize("furniture", ["Share this article", "Back to top", "(Foto: dpa)"])
def test_furniture_is_not_an_event(own_timeline: Timeline, furniture: str) -> None:
    assert not any(m.sentence.strip() == furniture for e in own_timeline.events for m in e.mentions)
