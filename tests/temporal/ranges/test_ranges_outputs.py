"""Ranges in the outputs: `timeline tag` JSON lines, TimeML, and properties on any text."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import cli
from timeline.temporal import tag_with_ranges, to_timeml

DCT = dt.date(2022, 1, 12)


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "duration"),
    [
        ("en", "The fair runs from May 3 to 5 and closes at 6pm.", "from May 3 to 5", "P3D"),
        ("de", "Die Messe läuft vom 3. bis 5. März.", "vom 3. bis 5. März", "P3D"),
        (
            "id",
            "Pameran dibuka dari Mei hingga Oktober 2020.",
            "dari Mei hingga Oktober 2020",
            "P6M",
        ),
    ],
    ids=["en", "de", "id"],
)
def test_tag_jsonl_lists_ranges_with_their_members(
    tmp_path: Path, lang: str, text: str, phrase: str, duration: str
) -> None:
    path = tmp_path / "in.jsonl"
    record = {"doc_id": "d1", "text": text, "dct": DCT.isoformat(), "lang": lang}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    [joined] = out["ranges"]
    assert set(joined) == {"start", "end", "text", "first", "last", "duration", "rule"}
    assert (joined["text"], joined["duration"]) == (phrase, duration)
    assert text[joined["start"] : joined["end"]] == phrase
    timexes = {(t["start"], t["end"], t["value"]) for t in out["timexes"]}
    for member in (joined["first"], joined["last"]):
        assert (member["start"], member["end"], member["value"]) in timexes


@pytest.mark.parametrize(
    ("lang", "text", "values", "window"),
    [
        (
            "en",
            "Shops close from 5 to 6pm.",
            ("2022-01-12T17:00", "2022-01-12T18:00", "PT1H"),
            False,
        ),
        ("pt", "A guerra durou de 1914 a 1918.", ("1914", "1918", "P5Y"), False),
        ("en", "Sales fell over the past five years.", ("2017-01-12", "2022-01-11", "P5Y"), True),
        (
            "de",
            "Das passiert in den nächsten drei Tagen.",
            ("2022-01-13", "2022-01-15", "P3D"),
            True,
        ),
    ],
    ids=["en-range", "pt-range", "en-past-window", "de-next-window"],
)
def test_timeml_writes_a_range_as_a_non_consuming_duration(
    lang: str, text: str, values: tuple[str, str, str], window: bool
) -> None:
    """Both ends of a range are the members' TIMEX3s; a window's ends are empty TIMEX3s
    anchored on the document's creation time."""
    tagged = tag_with_ranges(text, lang, DCT)
    root = ET.fromstring(to_timeml(text, tagged.timexes, DCT, "d1", tagged.ranges).encode())
    body = root.find("TEXT")
    assert body is not None and "".join(body.itertext()) == text
    tags = {t.get("tid"): t for t in body.iter("TIMEX3")}
    [duration] = [t for t in tags.values() if t.get("beginPoint")]
    assert duration.get("type") == "DURATION" and not duration.text
    begin, end = tags[duration.get("beginPoint")], tags[duration.get("endPoint")]
    assert (begin.get("value"), end.get("value"), duration.get("value")) == values
    if window:
        assert begin.get("anchorTimeID") == "t0" and not begin.text


DATEISH = st.lists(
    st.one_of(
        st.sampled_from(
            ["from", "to", "between", "and", "vom", "bis", "de", "a", "-", "–", "/", " ", ".",
             "May", "März", "maio", "April 9", "6pm", "Uhr", "2014", "1990", "92", "the 21st",
             "in", "of", ",", "percent", "aged", "Monday", "yesterday", "10/25", "3:00",
             "next", "past", "within", "days", "years", "nächsten", "Tagen", "últimos", "anos",
             "march", "may", "uur", "15.00", "in the afternoon", "Anfang", "Ende", "rose"]
        ),
        st.integers(min_value=0, max_value=2100).map(str),
    ),
    max_size=20,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=DATEISH,
    lang=st.sampled_from(["en", "de", "pt", "nl", "id", "xx"]),
    dct=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_ranges_never_raise_and_slice_to_their_text(
    text: str, lang: str, dct: dt.date | None
) -> None:
    tagged = tag_with_ranges(text, lang, dct)
    spans = {(t.start, t.end) for t in tagged.timexes}
    for joined in tagged.ranges:
        assert text[joined.start : joined.end] == joined.text
        assert joined.duration.startswith("P")
        if joined.synthetic_ends:  # a counted window: its ends are not in the text
            assert joined.first_day is not None and joined.last_day is not None
            assert joined.first_day <= joined.last_day
            continue
        assert joined.start <= joined.first.start < joined.last.end <= joined.end
        assert (joined.first.start, joined.first.end) in spans
        assert (joined.last.start, joined.last.end) in spans
        assert joined.duration.startswith("P")
        if joined.first_day is not None and joined.last_day is not None:
            assert joined.first_day <= joined.last_day
    for timex in tagged.timexes:
        assert text[timex.start : timex.end] == timex.text


def test_bad_input_joins_nothing() -> None:
    assert tag_with_ranges(None, "en", DCT).ranges == ()  # type: ignore[arg-type]
    assert tag_with_ranges("from 5 to 6pm", "en", "soon").timexes  # type: ignore[arg-type]
