"""TimeML output: the DCT, inline TIMEX3 tags, escaped text."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from timeline.temporal import tag, to_timeml


def test_timeml_document_round_trips_the_text() -> None:
    text = "Prices <rose> last week & fell yesterday."
    dct = dt.date(2022, 1, 12)
    root = ET.fromstring(to_timeml(text, tag(text, "en", dct), dct, "d1").encode())
    body = root.find("TEXT")
    assert body is not None and "".join(body.itertext()) == text
    values = [t.get("value") for t in body.iter("TIMEX3")]
    assert values == ["2022-W01", "2022-01-11"]
    dct_tag = root.find("DCT/TIMEX3")
    assert dct_tag is not None and dct_tag.get("value") == "2022-01-12"
