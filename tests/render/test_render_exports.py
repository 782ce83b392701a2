"""Exports: TimelineJS3 JSON with the fields it reads, a CSV per event, an ICS icalendar parses."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from timeline.model import Timeline
from timeline.render import OutputFormat, render
from timeline.render.exports import CSV_COLUMNS

#: Fields TimelineJS3 reads on a slide and on a date object (its JSON format documentation).
SLIDE_FIELDS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_FIELDS = {
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "format",
}


def _slides(timeline: Timeline) -> dict[str, dict]:
    data = json.loads(render(timeline, OutputFormat.TIMELINEJS))
    return {s["unique_id"]: s for s in data["events"]}


def test_timelinejs_fields(hand_timeline: Timeline) -> None:
    data = json.loads(render(hand_timeline, OutputFormat.TIMELINEJS))
    assert set(data["title"]) <= SLIDE_FIELDS
    for slide in data["events"]:
        assert set(slide) <= SLIDE_FIELDS
        assert isinstance(slide["start_date"]["year"], int)
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= DATE_FIELDS
        assert set(slide["text"]) == {"headline", "text"}
    assert "1 undated" in data["title"]["text"]["text"]


@pytest.mark.parametrize(
    ("event_id", "start", "end", "display"),
    [
        ("e-storm", {"year": 2019, "month": 3, "day": 12}, None, None),
        (
            "e-week",
            {"year": 2019, "month": 3, "day": 4},
            {"year": 2019, "month": 3, "day": 10},
            "around week 10 of 2019 (4–10 Mar 2019)",
        ),
        ("e-month", {"year": 2019, "month": 9}, None, None),
        ("e-1920s", {"year": 1920}, {"year": 1929}, "the 1920s"),
        ("e-2014", {"year": 2014}, None, "about 2014"),
    ],
    ids=["day", "approximate-week", "month", "decade", "approx-year"],
)
def test_timelinejs_dates(
    hand_timeline: Timeline, event_id: str, start: dict, end: dict | None, display: str | None
) -> None:
    slide = _slides(hand_timeline)[event_id]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_timelinejs_escapes_html(hand_timeline: Timeline) -> None:
    slide = _slides(hand_timeline)["e-xss"]
    assert slide["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "</script>" not in slide["text"]["text"]
    assert "&lt;/script&gt;" in slide["text"]["text"]


def test_csv_rows(hand_timeline: Timeline) -> None:
    rows = list(csv.DictReader(io.StringIO(render(hand_timeline, OutputFormat.CSV))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(hand_timeline.events)
    assert rows[-1]["id"] == "e-undated" and rows[-1]["date"] == ""
    storm = next(r for r in rows if r["id"] == "e-storm")
    assert storm["documents"] == "harbour-en; hafen-de"
    assert storm["published"] == "harbour-en=2019-03-14; hafen-de=2019-03-15"


@pytest.mark.parametrize("formula", ["=1+1", "+SUM(A1)", "@cmd", "-2+3"], ids=str)
def test_csv_neutralises_formulas(hand_timeline: Timeline, formula: str) -> None:
    from dataclasses import replace

    event = replace(hand_timeline.events[0], title=formula)
    timeline = replace(hand_timeline, events=(event,))
    row = next(csv.DictReader(io.StringIO(render(timeline, OutputFormat.CSV))))
    assert row["title"] == "'" + formula


def test_ics_parses(hand_timeline: Timeline) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(render(hand_timeline, OutputFormat.ICS))
    vevents = {str(v["uid"]): v for v in calendar.walk("VEVENT")}
    assert len(vevents) == 8  # every dated event; the undated one cannot be on a calendar
    storm = vevents["e-storm@timeline"]
    assert storm.decoded("dtstart") == dt.date(2019, 3, 12)
    assert storm.decoded("dtend") == dt.date(2019, 3, 13)
    week = vevents["e-week@timeline"]
    assert (week.decoded("dtstart"), week.decoded("dtend")) == (
        dt.date(2019, 3, 4),
        dt.date(2019, 3, 11),
    )
    decade = vevents["e-1920s@timeline"]
    assert (decade.decoded("dtstart"), decade.decoded("dtend")) == (
        dt.date(1920, 1, 1),
        dt.date(1930, 1, 1),
    )
    planned = vevents["e-open@timeline"]
    assert str(planned["status"]) == "TENTATIVE"
    assert str(planned["summary"]).endswith("(planned)")


def test_exports_of_an_empty_timeline(empty_timeline: Timeline) -> None:
    from icalendar import Calendar

    assert json.loads(render(empty_timeline, OutputFormat.TIMELINEJS))["events"] == []
    assert render(empty_timeline, OutputFormat.CSV).count("\n") == 1
    assert Calendar.from_ical(render(empty_timeline, OutputFormat.ICS)).walk("VEVENT") == []
