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
