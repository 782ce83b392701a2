"""Whatever text the articles hold, every renderer answers, the JSON stays valid and the page
shows the text instead of running it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import EventDate, Granularity, Timeline
from timeline.render import OutputFormat, render
from timeline.render.jsonout import schema_errors
from timeline.settings import PlotlyMode, Settings

HOSTILE = st.text(
    alphabet=st.sampled_from(list("<>&\"'/ \n\u2028\u2029=;aZ\u00e9\u4e2d\U0001f600"))
    | st.characters(),
    max_size=40,
)
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=HOSTILE, text=HOSTILE, entity=HOSTILE, day=DAYS, granularity=st.sampled_from(Granularity)
)
def test_any_text_renders_everywhere(
    hand_timeline: Timeline,
    title: str,
    text: str,
    entity: str,
    day: dt.date,
    granularity: Granularity,
) -> None:
    event = replace(
        hand_timeline.events[0],
        title=title,
        text=text,
        entities=(entity,),
        date=EventDate(day.isoformat(), day, day, granularity),
    )
    document = replace(hand_timeline.documents[0], title=title)
    timeline = replace(
        hand_timeline,
        events=(event, *hand_timeline.events[1:]),
        documents=(document, *hand_timeline.documents[1:]),
    )
    assert schema_errors(json.loads(render(timeline, OutputFormat.JSON))) == []
    for fmt in (OutputFormat.TEXT, OutputFormat.TIMELINEJS, OutputFormat.CSV, OutputFormat.ICS):
        assert render(timeline, fmt)
    page = render(timeline, OutputFormat.HTML, Settings(plotly=PlotlyMode.CDN))
    if "<" in title:
        assert f"<h3>{title}</h3>" not in page
    body = page.split('<script type="application/json"', 1)[1].split("</script>", 1)[0]
    assert "<" not in body.split(">", 1)[1]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            DAYS,
            st.integers(min_value=0, max_value=4000),
            st.booleans(),
            st.lists(st.text(max_size=6), max_size=3),
        ),
        max_size=30,
    )
)
def test_chart_data_has_one_mark_per_dated_event(
    specs: list[tuple[dt.date, int, bool, list[str]]],
) -> None:
    from hand_timelines import documents, events

    from timeline.render.figure import MAX_LANES, chart_data
    from timeline.render.wording import documents_by_id, ordered_events

    template = events()[0]
    made = []
    for n, (start, length, background, entities) in enumerate(specs):
        end = dt.date.fromordinal(min(start.toordinal() + length, dt.date.max.toordinal()))
        granularity = Granularity.DAY if start == end else Granularity.YEAR
        made.append(
            replace(
                template,
                id=f"e{n}",
                date=EventDate("x", start, end, granularity),
                background=background,
                entities=tuple(entities),
            )
        )
    ordered = ordered_events(made)
    chart = chart_data(ordered, documents_by_id(Timeline(documents(), ())))
    assert len(chart["event"]) == len(made)
    for lanes in chart["lanes"].values():
        assert len(lanes["of"]) == len(made)
        assert all(0 <= lane < len(lanes["names"]) for lane in lanes["of"])
        assert len(lanes["names"]) <= MAX_LANES + 1
