"""Hypothesis over the whole pipeline: random and adversarial text never raises (issue 7)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.api import build_from_articles
from timeline.model import Article, DocStatus, Timeline
from timeline.settings import DEFAULT_LANGUAGES, Settings
from timeline.sources import read_sources

#: Pieces that look like dates, or nearly: impossible days, huge years, dates in many languages.
DATEISH = [
    "31 February 2022",
    "February 31, 2022",
    "31. Februar 2022",
    "31 de fevereiro de 2022",
    "31 Februari 2022",
    "on 30/02/2021",
    "year 99999",
    "in 99999",
    "99999-01-01",
    "0000-00-00",
    "2022-13-45",
    "on Monday January 10",
    "Montag, 10. Januar",
    "Senin (10/1/2022)",
    "segunda-feira, 10 de janeiro",
    "last week",
    "in two days",
    "the 1920s",
    "in den 1920er Jahren",
    "Q5 2022",
    "week 54 of 2021",
    "24:61",
    "32.13.2020",
    "1 000 000 BC",
    "-5000",
    "10^100",
    "17 + 11",
    "8,000",
    "68%",
    "Tuesday Tuesday Tuesday",
    "yesterday tomorrow today",
]
ADVERSARIAL = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(DATEISH),
    st.builds(
        lambda ch, n: ch * n,
        st.sampled_from(["a", "9", ".", "\n", "Mon ", "é", "字"]),
        st.integers(0, 5000),
    ),  # long lines, no spaces, digit runs, blank runs
    st.builds(
        "".join,
        st.lists(
            st.sampled_from(
                [
                    "Kazakhstan",
                    "Казахстан",
                    "哈萨克斯坦",
                    "كازاخستان",
                    "\u200f",
                    "\u0000",
                    "\x07",
                    "\ud7ff",
                    "\t",
                    "\r\n",
                    "🙂",
                    "Ⅻ",
                    "١٢",
                    "²",
                    " ",
                ]
            ),
            max_size=60,
        ),
    ),
)
TEXTS = st.lists(ADVERSARIAL, min_size=1, max_size=8).map(" ".join)
LANGUAGES = st.one_of(st.none(), st.sampled_from([*DEFAULT_LANGUAGES, "xx", "zz-ZZ", ""]))
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return Article(
        id=draw(st.text(min_size=1, max_size=12)),
        source="fuzz",
        title=draw(st.text(max_size=40)),
        text=draw(TEXTS),
        language=draw(LANGUAGES),
        published=draw(DATES),
        metadata_published=draw(DATES),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=1, max_size=4, unique_by=lambda a: a.id))
def test_the_pipeline_never_raises(batch: list[Article]) -> None:
    timeline = build_from_articles(batch, Settings(jobs=1, quiet=True))
    assert isinstance(timeline, Timeline)
    assert len(timeline.documents) == len(batch)
    # The orchestration turns a stage's exception into this warning; none may be needed.
    failures = [w for d in timeline.documents for w in d.warnings if w.startswith("internal:")]
    assert not failures
    for event in timeline.events:
        if event.date is not None:
            assert event.date.start <= event.date.end


@settings(max_examples=40, deadline=None)
@given(
    st.binary(max_size=3000),
    st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv", ""]),
)
def test_any_file_is_read_or_skipped_never_raised(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"input{suffix}").write_bytes(data)
        items = list(read_sources([tmp], Settings()))
    for item in items:
        reason = getattr(item, "reason", "")
        assert "\n" not in reason


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=2000), st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_any_file_goes_through_the_whole_pipeline(data: bytes, suffix: str) -> None:
    from timeline.api import build

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / f"input{suffix}").write_bytes(data)
        timeline = build([tmp], Settings(jobs=1, quiet=True))
    assert all(d.status in (DocStatus.OK, DocStatus.SKIPPED) for d in timeline.documents)
