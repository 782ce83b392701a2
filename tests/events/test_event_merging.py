"""Merging candidates of several articles and languages into events; weights, filters, order."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.event_builders import candidate
from tests.events.ferry_story import story
from timeline.events import find_candidates
from timeline.merge import merge_events
from timeline.model import Candidate, Event, Granularity, Status
from timeline.settings import Settings


def ferry_candidates() -> list[Candidate]:
    return [c for t in story() for c in find_candidates(t.article, t.lang, t.published, t.timexes)]


def citing(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if any(word in m.sentence for m in e.mentions)]


def on(events: list[Event], day: str) -> list[Event]:
    return [
        e for e in events if e.date and e.date.start == e.date.end == dt.date.fromisoformat(day)
    ]


def documents(event: Event) -> set[str]:
    return {m.document for m in event.mentions}


def test_grounding_told_in_three_languages_is_one_event(settings: Settings) -> None:
    events = merge_events(ferry_candidates(), settings)
    grounding = [e for e in on(events, "2021-09-06") if "Aurora" in " ".join(e.entities)]
    assert len(grounding) == 1
    assert documents(grounding[0]) == {"en_ferry", "de_faehre", "pt_balsa"}
    assert {m.language for m in grounding[0].mentions} == {"en", "de", "pt"}
    assert grounding[0].weight == 4.0  # three sources and a day


def test_same_day_storm_stays_apart(settings: Settings) -> None:
    events = merge_events(ferry_candidates(), settings)
    storm = citing(on(events, "2021-09-06"), "storm")
    assert len(storm) == 1 and documents(storm[0]) == {"en_ferry"}
    assert "Aurora" not in storm[0].entities


def test_planned_inquiry_and_its_announcement_are_separate(settings: Settings) -> None:
    events = merge_events(ferry_candidates(), settings)
    inquiry = on(events, "2021-09-20")
    assert len(inquiry) == 1
    assert inquiry[0].status is Status.PLANNED and inquiry[0].duration == "P3W"
    assert documents(inquiry[0]) == {"en_ferry", "de_faehre", "pt_balsa"}
    announced = on(events, "2021-09-07")
    assert announced and all(e.status is Status.OCCURRED for e in announced)
    assert not {e.id for e in announced} & {inquiry[0].id}


def test_background_event_is_kept_and_marked(settings: Settings) -> None:
    events = merge_events(ferry_candidates(), settings)
    assert [e.background for e in events if e.date and e.date.value == "1998"] == [True]


CALLS = [
    # four different events on one day: two calls sharing a caller, a meeting, a summit
    candidate(
        "a",
        "Minister Ana Duarte called Pedro Alves on Monday.",
        "2021-09-06",
        ("Ana Duarte", "Pedro Alves"),
    ),
    candidate(
        "b",
        "Ministerin Ana Duarte telefonierte am Montag mit Pedro Alves.",
        "2021-09-06",
        ("Ana Duarte", "Pedro Alves"),
        "de",
    ),
    candidate(
        "a",
        "Duarte also called Lena Fischer of Norland on Monday.",
        "2021-09-06",
        ("Duarte", "Lena Fischer", "Norland"),
        start=60,
    ),
    candidate(
        "c",
        "A ministra Ana Duarte ligou na segunda-feira para Lena Fischer.",
        "2021-09-06",
        ("Ana Duarte", "Lena Fischer"),
        "pt",
    ),
    candidate(
        "b",
        "Premier Tom Berg traf am Montag Lena Fischer in Oslo.",
        "2021-09-06",
        ("Tom Berg", "Lena Fischer", "Oslo"),
        "de",
        start=80,
    ),
    candidate(
        "c",
        "A cimeira do Conselho Nórdico decorreu por vídeo na segunda-feira.",
        "2021-09-06",
        ("Conselho Nórdico",),
        "pt",
        start=90,
    ),
    candidate(
        "a",
        "The Nordic Council summit met by video on Monday.",
        "2021-09-06",
        ("Nordic Council",),
        start=120,
    ),
]


def test_different_events_on_one_day_stay_apart(settings: Settings) -> None:
    events = merge_events(CALLS, settings)
    groups = sorted(
        sorted(f"{m.document}:{m.sentence.split()[0]}" for m in e.mentions) for e in events
    )
    assert ["a:Minister", "b:Ministerin"] in groups  # Duarte-Alves, en + de
    assert ["a:Duarte", "c:A"] in groups  # Duarte-Fischer, en + pt
    assert ["b:Premier"] in groups  # Berg-Fischer alone
    assert len(events) >= 5


def test_a_week_mention_joins_the_day_it_contains(settings: Settings) -> None:
    day = candidate(
        "a",
        "The ferry Aurora ran aground off Kestrel Bay.",
        "2021-09-06",
        ("Aurora", "Kestrel Bay"),
    )
    week = candidate(
        "b",
        "Die Fähre Aurora lief diese Woche vor Kestrel Bay auf.",
        "2021-09-06",
        ("Aurora", "Kestrel Bay"),
        "de",
        granularity=Granularity.WEEK,
        last="2021-09-12",
        approximate=True,
    )
    (event,) = merge_events([week, day], settings)
    assert event.date is not None and event.date.granularity is Granularity.DAY
    assert not event.approximate and event.conflicts == ()


def test_a_mention_one_day_off_is_merged_and_flagged(settings: Settings) -> None:
    told = [
        candidate(
            "a",
            "Ferry Aurora grounded off Kestrel Bay with captain Ines Moreau.",
            "2021-09-06",
            ("Aurora", "Kestrel Bay", "Ines Moreau"),
        ),
        candidate(
            "b",
            "Fähre Aurora mit Kapitänin Ines Moreau vor Kestrel Bay.",
            "2021-09-06",
            ("Aurora", "Kestrel Bay", "Ines Moreau"),
            "de",
        ),
        candidate(
            "c",
            "Balsa Aurora da comandante Ines Moreau encalhou em Kestrel Bay.",
            "2021-09-07",
            ("Aurora", "Kestrel Bay", "Ines Moreau"),
            "pt",
        ),
    ]
    (event,) = merge_events(told, settings)
    assert event.date is not None and event.date.value == "2021-09-06"
    assert len(event.conflicts) == 1 and event.conflicts[0].startswith("c dates it 2021-09-07")


def test_two_mentions_of_one_article_are_never_merged(settings: Settings) -> None:
    told = [
        candidate(
            "a", "Aurora ran aground off Kestrel Bay.", "2021-09-06", ("Aurora", "Kestrel Bay")
        ),
        candidate(
            "a",
            "Aurora ran aground off Kestrel Bay again.",
            "2021-09-06",
            ("Aurora", "Kestrel Bay"),
            start=50,
        ),
    ]
    assert len(merge_events(told, settings)) == 2


def test_sorted_by_date_with_undated_last(settings: Settings) -> None:
    told = [
        candidate("a", "Undated thing happened to Aurora.", None, ("Aurora",)),
        candidate("a", "Later thing at Kestrel Bay.", "2021-09-20", ("Kestrel Bay",), start=40),
        candidate("b", "Earlier thing in Dunmore.", "2021-09-06", ("Dunmore",)),
    ]
    events = merge_events(told, settings)
    assert [e.date.value if e.date else None for e in events] == ["2021-09-06", "2021-09-20", None]


@pytest.mark.parametrize(
    ("since", "until", "top", "expected"),
    [
        pytest.param("2021-09-07", None, None, ["2021-09-20"], id="since"),
        pytest.param(None, "2021-09-07", None, ["2021-09-06"], id="until"),
        pytest.param(None, None, 1, ["2021-09-06"], id="top-keeps-heaviest"),
    ],
)
def test_settings_filter(
    since: str | None, until: str | None, top: int | None, expected: list[str]
) -> None:
    told = [
        candidate("a", "Aurora grounded.", "2021-09-06", ("Aurora",)),
        candidate("b", "Aurora lief auf.", "2021-09-06", ("Aurora",), "de"),
        candidate("a", "Inquiry on Aurora opens.", "2021-09-20", ("Inquiry",), start=40),
        candidate("a", "Undated.", None, ()),
    ]
    settings = Settings(
        since=dt.date.fromisoformat(since) if since else None,
        until=dt.date.fromisoformat(until) if until else None,
        top=top,
    )
    assert [e.date.value for e in merge_events(told, settings) if e.date] == expected


def test_no_candidates_no_events(settings: Settings) -> None:
    assert merge_events([], settings) == []


def signature(events: list[Event]) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    return [(e.id, tuple((m.document, m.start) for m in e.mentions)) for e in events]


def test_the_order_of_files_does_not_matter(settings: Settings) -> None:
    candidates = ferry_candidates() + CALLS
    expected = signature(merge_events(candidates, settings))
    for seed in range(5):
        shuffled = candidates[:]
        random.Random(seed).shuffle(shuffled)
        assert signature(merge_events(shuffled, settings)) == expected


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(len(CALLS)))))
def test_merging_is_invariant_under_permutation(order: list[int]) -> None:
    base = signature(merge_events(CALLS))
    assert signature(merge_events([CALLS[i] for i in order])) == base


def test_a_vaguer_mention_naming_only_the_story_protagonists_stays_apart(
    settings: Settings,
) -> None:
    told = [
        candidate(
            "a", "Okafor and Duarte met in Norland.", "2021-09-06", ("Okafor", "Duarte", "Norland")
        ),
        candidate(
            "b",
            "Norland hosted talks this month with Lima.",
            "2021-09-01",
            ("Norland", "Lima"),
            granularity=Granularity.MONTH,
            last="2021-09-30",
            approximate=True,
        ),
        candidate("c", "Norland welcomed Okafor.", "2021-08-01", ("Norland", "Okafor")),
        candidate("d", "Norland and Lima signed a deal.", "2021-07-01", ("Norland", "Lima")),
    ]
    events = merge_events(told, settings)
    day = on(events, "2021-09-06")
    assert len(day) == 1 and documents(day[0]) == {"a"}


def test_event_entities_are_shown_once_per_key(settings: Settings) -> None:
    told = [
        candidate("a", "Lavrov met Tokayev.", "2021-09-06", ("Sergey Lavrov", "Tokayev")),
        candidate("b", "Lawrow traf Tokajew.", "2021-09-06", ("Sergej Lawrow", "Tokajew"), "de"),
    ]
    (event,) = merge_events(told, settings)
    assert event.entities == ("Sergey Lavrov", "Tokayev")


def test_a_failure_while_merging_keeps_every_event(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("index exploded")

    monkeypatch.setattr("timeline.merge._fold_genitives", broken)
    events = merge_events(CALLS, settings)
    assert len(events) == len(CALLS)
    assert "index exploded" in caplog.text


@pytest.mark.parametrize(
    ("first", "second", "granularity", "last", "merged"),
    [
        pytest.param(
            ("en", "Ferries have crossed between Aurora and Kestrel Bay since the 19th century."),
            ("de", "Seit dem 19. Jahrhundert fahren Fähren zwischen Aurora und Kestrel Bay."),
            Granularity.CENTURY,
            "1900-12-31",
            False,
            id="century-en-de-apart",
        ),
        pytest.param(
            ("en", "Ferries first crossed between Aurora and Kestrel Bay in the 1890s."),
            ("pt", "As balsas começaram a ligar Aurora e Kestrel Bay na década de 1890."),
            Granularity.DECADE,
            "1899-12-31",
            True,
            id="decade-en-pt-merged",
        ),
    ],
)
def test_a_century_is_too_vague_to_merge(
    settings: Settings,
    first: tuple[str, str],
    second: tuple[str, str],
    granularity: Granularity,
    last: str,
    merged: bool,
) -> None:
    start = "1801-01-01" if granularity is Granularity.CENTURY else "1890-01-01"
    told = [
        candidate(
            doc, text, start, ("Aurora", "Kestrel Bay"), lang, granularity=granularity, last=last
        )
        for doc, (lang, text) in zip("ab", (first, second), strict=True)
    ]
    assert len(merge_events(told, settings)) == (1 if merged else 2)


@pytest.mark.parametrize(
    ("week_text", "week_entities", "lang", "joins"),
    [
        pytest.param(
            "Norland backed Lima this week, the ministry said.",
            ("Norland", "Lima"),
            "en",
            False,
            id="en-protagonists-only-stay-apart",
        ),
        pytest.param(
            "Norland unterstützte diese Woche Lima und Okafor.",
            ("Norland", "Lima", "Okafor"),
            "de",
            True,
            id="de-shared-rare-name-joins",
        ),
    ],
)
def test_a_vague_mention_needs_more_than_the_protagonists(
    settings: Settings,
    week_text: str,
    week_entities: tuple[str, ...],
    lang: str,
    joins: bool,
) -> None:
    day = candidate(
        "a", "Okafor of Norland met Lima envoys.", "2021-09-06", ("Okafor", "Norland", "Lima")
    )
    others = [  # Norland and Lima are named by every article: the story's protagonists
        candidate(doc, f"Norland and Lima talked ({doc}).", "2021-06-01", ("Norland", "Lima"))
        for doc in "cde"
    ]
    week = candidate(
        "b",
        week_text,
        "2021-09-06",
        week_entities,
        lang,
        granularity=Granularity.WEEK,
        last="2021-09-12",
        approximate=True,
    )
    events = merge_events([day, week, *others], settings)
    (told,) = [e for e in events if any(m.document == "a" for m in e.mentions)]
    assert (documents(told) == {"a", "b"}) is joins
