"""The JSON contract: names, order, schema validity, and JSON that cannot close a script tag."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Published, PubMethod, Timeline
from timeline.render import OutputFormat, render
from timeline.render.jsonout import embeddable_json, published_dict, schema_errors, to_dict


def test_every_output_validates(hand_timeline: Timeline, empty_timeline: Timeline) -> None:
    for timeline in (hand_timeline, empty_timeline):
        document = json.loads(render(timeline, OutputFormat.JSON))
        assert schema_errors(document) == []


def test_contract_names(hand_timeline: Timeline) -> None:
    data = to_dict(hand_timeline)
    assert data["schema"] == "timeline/1"
    assert set(data["documents"][0]) >= {"id", "source", "title", "language", "published"}
    assert set(data["documents"][0]["published"]) >= {
        "date",
        "earliest",
        "latest",
        "method",
        "evidence",
    }
    event = data["events"][0]
    assert set(event) >= {
        "id",
        "date",
        "status",
        "title",
        "text",
        "language",
        "entities",
        "mentions",
    }
    assert set(event["date"]) == {"value", "start", "end", "granularity", "mod"}
    assert set(event["mentions"][0]) >= {"document", "sentence", "start", "end", "timex"}
    assert set(event["mentions"][0]["timex"]) >= {"text", "start", "end", "value", "anchor"}


def test_events_sorted_and_undated_last(hand_timeline: Timeline) -> None:
    events = to_dict(hand_timeline)["events"]
    starts = [e["date"]["start"] for e in events if e["date"]]
    assert starts == sorted(starts)
    assert events[-1]["date"] is None
    assert [e["id"] for e in events][:3] == ["e-1800s", "e-1920s", "e-2014"]


@pytest.mark.parametrize(
    ("event_id", "value", "granularity", "start", "end"),
    [
        ("e-storm", "2019-03-12", "day", "2019-03-12", "2019-03-12"),
        ("e-week", "2019-W10", "week", "2019-03-04", "2019-03-10"),
        ("e-month", "2019-09", "month", "2019-09-01", "2019-09-30"),
        ("e-1920s", "192", "decade", "1920-01-01", "1929-12-31"),
        ("e-1800s", "18", "century", "1800-01-01", "1899-12-31"),
    ],
    ids=["day", "week", "month", "decade", "century"],
)
def test_dates_are_iso_at_their_precision(
    hand_timeline: Timeline, event_id: str, value: str, granularity: str, start: str, end: str
) -> None:
    event = next(e for e in to_dict(hand_timeline)["events"] if e["id"] == event_id)
    assert event["date"] == {
        "value": value,
        "start": start,
        "end": end,
        "granularity": granularity,
        "mod": None,
    }


def test_extra_fields(hand_timeline: Timeline) -> None:
    data = to_dict(hand_timeline)
    by_id = {e["id"]: e for e in data["events"]}
    assert by_id["e-week"]["approximate"] is True
    assert by_id["e-1920s"]["background"] is True
    assert by_id["e-open"]["duration"] == "P10D"
    assert by_id["e-open"]["conflicts"] == ["hafen-de says 2019-03-21"]
    assert by_id["e-open"]["status"] == "planned"
    skipped = next(d for d in data["documents"] if d["id"] == "broken")
    assert skipped["status"] == "skipped" and skipped["warnings"]


def test_stable_output(hand_timeline: Timeline) -> None:
    assert render(hand_timeline, OutputFormat.JSON) == render(hand_timeline, OutputFormat.JSON)


@pytest.mark.parametrize(
    "published",
    [Published.unknown(), Published(None, None, None, PubMethod.CORPUS, ("no related article",))],
    ids=["unknown", "corpus-without-date"],
)
def test_published_dict_without_a_date(published: Published) -> None:
    out = published_dict(published)
    assert out["date"] is None and out["method"] == str(published.method)


@pytest.mark.parametrize(
    "text",
    [
        "</script><script>alert(1)</script>",
        "<!-- x",
        "a & b > c",
        "line\u2028sep\u2029x",
        "Привет </SCRIPT >",
        "日本語 <img src=x onerror=alert(1)>",
    ],
    ids=["script-close", "comment", "ampersand", "line-separators", "cyrillic", "cjk"],
)
def test_embeddable_json_cannot_close_its_tag(text: str) -> None:
    embedded = embeddable_json({"t": text})
    assert not any(c in embedded for c in "<>&\u2028\u2029")
    assert json.loads(embedded) == {"t": text}


@given(
    st.recursive(
        st.text() | st.integers() | st.none() | st.booleans(),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_embeddable_json_round_trips(value: object) -> None:
    embedded = embeddable_json(value)
    assert "</" not in embedded and "<!--" not in embedded
    assert json.loads(embedded) == value
