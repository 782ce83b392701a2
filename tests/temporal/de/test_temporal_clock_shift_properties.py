"""Property tests: counted shifts in minutes and hours resolve to the minute (future) and read
back as the same duration (past narrative), in German and Dutch texts written here."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)
FUTURE = {"de": "Der Bus kommt in {n} Minuten.", "nl": "De bus komt over {n} minuten."}
PAST = {"de": "Er war in {n} Minuten fertig.", "nl": "Hij was over {n} minuten klaar."}
_DURATION = re.compile(r"PT(\d+)([HM])")


@pytest.mark.parametrize("lang", sorted(FUTURE))
@settings(max_examples=60, deadline=None)
@given(minutes=st.integers(min_value=1, max_value=6000))
def test_future_minutes_resolve_to_the_minute(lang: str, minutes: int) -> None:
    found = tag(FUTURE[lang].format(n=minutes), lang, DCT)
    moment = dt.datetime.combine(DCT, dt.time()) + dt.timedelta(minutes=minutes)
    assert [t.value for t in found] == [moment.strftime("%Y-%m-%dT%H:%M")]


@pytest.mark.parametrize("lang", sorted(PAST))
@settings(max_examples=60, deadline=None)
@given(minutes=st.integers(min_value=1, max_value=6000))
def test_past_minutes_read_back_as_the_same_duration(lang: str, minutes: int) -> None:
    found = tag(PAST[lang].format(n=minutes), lang, DCT)
    assert len(found) == 1
    m = _DURATION.fullmatch(found[0].value)
    assert m is not None, found[0].value
    assert int(m[1]) * (60 if m[2] == "H" else 1) == minutes
