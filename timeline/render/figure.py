"""The chart's data: one mark per dated event, its style, date label and lane in each lane mode.

The page's script turns this into a handful of Plotly traces (one per style, never one per
event) so that a page of ten thousand events still draws in a moment, and rebuilds them when
the reader switches lanes or filters. Everything the chart says is decided here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from typing import Any

from timeline.model import Document, Event, Granularity, Status
from timeline.render.wording import date_label

#: Above this many marks the scatter traces use WebGL (scattergl) instead of SVG.
WEBGL_THRESHOLD = 2500
#: Lanes shown by name; the rest share one "other" lane.
MAX_LANES = 10
#: Planned marks carry a visible "planned" label when the chart has at most this many marks.
LABEL_LIMIT = 200

OCCURRED_COLOUR = "#1b4f8a"
PLANNED_COLOUR = "#a33f00"
HALF_DAY = dt.timedelta(hours=12)


class LaneMode(StrEnum):
    """How the chart's rows are chosen."""

    ENTITY = "entity"
    SOURCE = "source"
    LANGUAGE = "language"


LANE_LABELS = {
    LaneMode.ENTITY: "main actors",
    LaneMode.SOURCE: "source article",
    LaneMode.LANGUAGE: "language",
}


@dataclass(frozen=True)
class MarkStyle:
    """One trace family: day points or spans, occurred or planned."""

    name: str
    span: bool
    planned: bool

    def plotly(self) -> dict[str, Any]:
        """Marker and span-line settings for Plotly."""
        colour = PLANNED_COLOUR if self.planned else OCCURRED_COLOUR
        marker: dict[str, Any] = {
            "color": colour,
            "size": 8 if self.span else 11,
            "symbol": ("diamond" if self.span else "circle") + ("-open" if self.planned else ""),
            # hollow marks are drawn by their outline; filled ones need none (and draw faster)
            "line": {"width": 2 if self.planned else 0, "color": colour},
        }
        line = {
            "color": "rgba(163,63,0,0.45)" if self.planned else "rgba(27,79,138,0.3)",
            "width": 9,
            "dash": "dash" if self.planned else "solid",
        }
        return {
            "name": self.name,
            "span": self.span,
            "planned": self.planned,
            "marker": marker,
            "line": line,
        }


STYLES = (
    MarkStyle("day", span=False, planned=False),
    MarkStyle("week, month, year or longer", span=True, planned=False),
    MarkStyle("planned (day)", span=False, planned=True),
    MarkStyle("planned (longer span)", span=True, planned=True),
)


def style_index(event: Event) -> int:
    """Index into ``STYLES``: precision (point or span) and status (hollow when planned)."""
    span = event.date is not None and (
        event.date.granularity is not Granularity.DAY or event.date.end != event.date.start
    )
    return int(span) + 2 * int(event.status is Status.PLANNED)


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _shift(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``moment + delta``, held at the calendar's ends instead of overflowing."""
    try:
        return moment + delta
    except OverflowError:
        return dt.datetime.max if delta > dt.timedelta(0) else dt.datetime.min


def _x(moment: dt.datetime) -> str:
    """Plotly's date string, zero-padded for years before 1000 (strftime does not pad them)."""
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    return f"{day} {moment.hour:02d}:{moment.minute:02d}"


def mark_label(event: Event) -> str:
    """The date as the hover box tells it: at its precision, with 'planned' and 'approximate'.
    (The page's script adds the title, the words the text used and the sources from the
    embedded timeline, so the page does not carry them twice.)"""
    flags = ["planned"] if event.status is Status.PLANNED else []
    if event.approximate:
        flags.append("approximate")
    return date_label(event.date) + (f" ({', '.join(flags)})" if flags else "")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lanes(keys: list[list[str]], counted: list[bool], other: str) -> dict[str, Any]:
    """Lane names (chosen among the ``counted`` marks: those in the main view, not the
    background; capped, 'other' last) and each mark's lane index (its first lane)."""
    if not any(counted):
        counted = [True] * len(keys)
    # Greedy cover: each lane takes the name shared by most marks no earlier lane holds, so
    # that no lane is left empty by marks that went to a bigger one. Each mark counts a name
    # once; a tie goes to the name met first.
    remaining = [tuple(dict.fromkeys(ks)) for ks, c in zip(keys, counted, strict=True) if c and ks]
    top: list[str] = []
    while remaining and len(top) < MAX_LANES:
        name = Counter(chain.from_iterable(remaining)).most_common(1)[0][0]
        top.append(name)
        remaining = [ks for ks in remaining if name not in ks]
    rank = {name: i for i, name in enumerate(top)}
    lane_of = []
    for ks in keys:
        ranked = [rank[k] for k in ks if k in rank]
        lane_of.append(min(ranked) if ranked else len(top))
    names = top + ([other] if len(top) in lane_of else [])
    return {"names": [html.escape(_clip(n, 40)) for n in names], "of": lane_of}


def _range(events: list[Event]) -> list[str] | None:
    """The x range that shows every one of ``events``, padded."""
    dated = [e.date for e in events if e.date is not None]
    if not dated:
        return None
    start = _moment(min(d.start for d in dated))
    end = _shift(_moment(max(d.end for d in dated)), dt.timedelta(days=1))
    pad = max((end - start) * 0.04, dt.timedelta(days=1))
    return [_x(_shift(start, -pad)), _x(_shift(end, pad))]


def main_period(events: list[Event]) -> tuple[dt.date, dt.date] | None:
    """Where the story happens: the middle 80% of its foreground events' mid-days."""
    days = sorted(
        e.date.start + (e.date.end - e.date.start) / 2
        for e in events
        if e.date is not None and not e.background
    )
    if not days:
        return None
    return days[len(days) // 10], days[-1 - len(days) // 10]


def _main_range(events: list[Event]) -> tuple[dt.datetime, dt.datetime] | None:
    """The main period widened by half its spread (at least a week)."""
    period = main_period(events)
    if period is None:
        return None
    low, high = period
    spread = max(high - low, dt.timedelta(days=7))
    return (
        _shift(_moment(low), -spread / 2),
        _shift(_moment(high), spread / 2 + dt.timedelta(days=1)),
    )


def _source_name(event: Event, documents: dict[str, Document]) -> str:
    """The title of the article an event is first cited from."""
    first = event.mentions[0].document
    doc = documents.get(first)
    return (doc.title or doc.id) if doc else first


@dataclass(frozen=True)
class _Span:
    """Where a mark over the days ``start..end`` lies: its middle, its ends, and whether it
    overlaps the main window."""

    x: str
    x0: str
    x1: str
    inside: bool


def _span(first: dt.date, last: dt.date, window: tuple[dt.datetime, dt.datetime] | None) -> _Span:
    """The mark over the days ``first..last`` (inclusive): to midnight after the last."""
    start = _moment(first)
    end = _shift(_moment(last), dt.timedelta(days=1))
    inside = window is None or (end > window[0] and start < window[1])
    return _Span(_x(start + (end - start) / 2), _x(start), _x(end), inside)


def chart_data(events: list[Event], documents: dict[str, Document]) -> dict[str, Any]:
    """Everything the page needs to draw the chart; ``event[j]`` is the chronology index of
    mark ``j`` (undated events have no mark)."""
    index: list[int] = []
    x: list[str] = []
    x0: list[str] = []
    x1: list[str] = []
    styles: list[int] = []
    labels: list[str] = []
    entity_keys: list[list[str]] = []
    source_keys: list[list[str]] = []
    language_keys: list[list[str]] = []
    counted: list[bool] = []
    window = _main_range(events)
    spans: dict[tuple[dt.date, dt.date], _Span] = {}  # many events share their days
    outside = 0
    for i, event in enumerate(events):
        if event.date is None:
            continue
        days = (event.date.start, event.date.end)
        span = spans.get(days)
        if span is None:
            span = spans[days] = _span(*days, window)
        index.append(i)
        x0.append(span.x0)
        x1.append(span.x1)
        x.append(span.x)
        styles.append(style_index(event))
        labels.append(mark_label(event))
        entity_keys.append(list(event.entities))
        source_keys.append([_source_name(event, documents)] if event.mentions else [])
        language_keys.append([event.language] if event.language else [])
        counted.append(not event.background and span.inside)
        outside += not span.inside
    lanes = {
        LaneMode.ENTITY.value: {
            "label": LANE_LABELS[LaneMode.ENTITY],
            **_lanes(entity_keys, counted, "other actors"),
        },
        LaneMode.SOURCE.value: {
            "label": LANE_LABELS[LaneMode.SOURCE],
            **_lanes(source_keys, counted, "other articles"),
        },
        LaneMode.LANGUAGE.value: {
            "label": LANE_LABELS[LaneMode.LANGUAGE],
            **_lanes(language_keys, counted, "unknown language"),
        },
    }
    main = [_x(window[0]), _x(window[1])] if window and outside else None
    return {
        "event": index,
        "x": x,
        "x0": x0,
        "x1": x1,
        "style": styles,
        "label": labels,
        "lanes": lanes,
        "styles": [s.plotly() for s in STYLES],
        "range": {"all": _range(events), "main": main, "outside": outside if main else 0},
        "webgl": len(index) > WEBGL_THRESHOLD,
        "labelPlanned": len(index) <= LABEL_LIMIT,
    }
