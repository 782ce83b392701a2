"""Exports other tools read: Knight Lab TimelineJS3 JSON, CSV (one row per event), iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import logging
from typing import Any

from timeline.model import Document, Event, EventDate, Granularity, Status, Timeline
from timeline.render.wording import (
    date_label,
    documents_by_id,
    duration_label,
    encodable,
    ordered_events,
    published_label,
    status_label,
)

logger = logging.getLogger(__name__)

#: Granularities TimelineJS can show exactly with year/month/day fields; others need display_date.
_EXACT_FOR_TIMELINEJS = {Granularity.DAY, Granularity.MONTH, Granularity.YEAR}
_SPREADSHEET_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "id", "date", "start", "end", "granularity", "mod", "date_label", "status", "approximate",
    "background", "duration", "title", "text", "language", "entities", "documents",
    "published", "weight", "conflicts",
)  # fmt: skip


def _tl_date(day: dt.date, granularity: Granularity) -> dict[str, Any]:
    """A TimelineJS3 date object with only the fields the precision supports."""
    out: dict[str, Any] = {"year": day.year}
    if granularity in (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY):
        return out
    out["month"] = day.month
    if granularity in (Granularity.MONTH, Granularity.QUARTER, Granularity.SEASON):
        return out
    out["day"] = day.day
    return out


def _needs_display_date(event: Event, date: EventDate) -> bool:
    return event.approximate or bool(date.mod) or date.granularity not in _EXACT_FOR_TIMELINEJS


def _tl_text(event: Event, documents: dict[str, Document]) -> str:
    """The slide body: the quote and its sources, HTML-escaped (TimelineJS renders HTML)."""
    parts = [f"<blockquote>{html.escape(event.text)}</blockquote>"]
    sources = []
    for mention in event.mentions:
        doc = documents.get(mention.document)
        name = html.escape(doc.title or doc.id if doc else mention.document)
        if doc and doc.url and doc.url.startswith(("http://", "https://")):
            name = f'<a href="{html.escape(doc.url, quote=True)}">{name}</a>'
        published = html.escape(published_label(doc.published, why=False)) if doc else "unknown"
        sources.append(f"<li>{name}, published {published}</li>")
    parts.append(f"<ul>{''.join(sources)}</ul>")
    flags = [status_label(event)] + (["approximate date"] if event.approximate else [])
    parts.append(f"<p>{html.escape(', '.join(flags))}</p>")
    return "".join(parts)


def _main_lane(event: Event) -> str:
    return event.entities[0] if event.entities else (event.language or "other")


def timelinejs_dict(timeline: Timeline) -> dict[str, Any]:
    """TimelineJS3's JSON: slides with ``start_date``/``end_date``, ``display_date``, ``group``.

    Undated events cannot be placed by TimelineJS; they are counted in the title slide.
    """
    documents = documents_by_id(timeline)
    slides = []
    undated = 0
    for event in ordered_events(timeline.events):
        date = event.date
        if date is None:
            undated += 1
            continue
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _tl_date(date.start, date.granularity),
            "text": {"headline": html.escape(event.title), "text": _tl_text(event, documents)},
            "group": _main_lane(event),
        }
        end = _tl_date(date.end, date.granularity)
        if end != slide["start_date"]:
            slide["end_date"] = end
        if _needs_display_date(event, date):
            label = date_label(date)
            slide["display_date"] = f"around {label}" if event.approximate else label
        if event.background:
            slide["background"] = {"color": "#eeeeee"}
        slides.append(slide)
    used = sum(1 for d in timeline.documents if str(d.status) == "ok")
    summary = f"{len(slides)} dated events from {used} articles"
    if undated:
        summary += f"; {undated} undated events are not shown"
    return {
        "title": {"text": {"headline": "Timeline", "text": html.escape(summary)}},
        "events": slides,
    }


def to_timelinejs(timeline: Timeline) -> str:
    """TimelineJS3 JSON text."""
    return json.dumps(timelinejs_dict(timeline), ensure_ascii=False, indent=2) + "\n"


def _cell(value: str) -> str:
    """Spreadsheet-safe text: a leading formula character is neutralised with an apostrophe."""
    return "'" + value if value.startswith(_SPREADSHEET_FORMULA_START) else value


def to_csv(timeline: Timeline) -> str:
    """One row per event, in chronological order, undated last; lists are joined with '; '."""
    documents = documents_by_id(timeline)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in ordered_events(timeline.events):
        date = event.date
        published = []
        for mention in event.mentions:
            doc = documents.get(mention.document)
            day = doc.published.date if doc else None
            published.append(f"{mention.document}={day.isoformat() if day else 'unknown'}")
        row = [
            event.id,
            date.value if date else "",
            date.start.isoformat() if date else "",
            date.end.isoformat() if date else "",
            str(date.granularity) if date else "",
            (date.mod or "") if date else "",
            date_label(date),
            str(event.status),
            "yes" if event.approximate else "no",
            "yes" if event.background else "no",
            event.duration or "",
            event.title,
            event.text,
            event.language or "",
            "; ".join(event.entities),
            "; ".join(dict.fromkeys(m.document for m in event.mentions)),
            "; ".join(published),
            f"{event.weight:g}",
            "; ".join(event.conflicts),
        ]
        writer.writerow([_cell(" ".join(str(v).split())) for v in row])
    return buffer.getvalue()


def _stamp(timeline: Timeline) -> dt.datetime:
    """A deterministic DTSTAMP: the latest publication day (the same input gives the same file)."""
    days = [d.published.date for d in timeline.documents if d.published.date]
    day = max(days) if days else dt.date(2000, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def to_ics(timeline: Timeline) -> str:
    """An iCalendar file: one all-day VEVENT per dated event over the days it covers."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    documents = documents_by_id(timeline)
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//chronology//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Timeline")
    stamp = _stamp(timeline)
    for event in ordered_events(timeline.events):
        date = event.date
        if date is None:
            continue
        item = CalendarEvent()
        item.add("uid", encodable(f"{event.id}@timeline"))
        item.add("dtstamp", stamp)
        item.add("dtstart", date.start)
        item.add("dtend", date.end + dt.timedelta(days=1))
        planned = " (planned)" if event.status is Status.PLANNED else ""
        item.add("summary", encodable(" ".join(event.title.split()) + planned))
        lines = [
            f"When: {date_label(date)}" + (" (approximate)" if event.approximate else ""),
            f"“{' '.join(event.text.split())}”",
        ]
        duration = duration_label(event.duration)
        if duration:
            lines.append(f"Lasting {duration}")
        for mention in event.mentions:
            doc = documents.get(mention.document)
            name = doc.title or doc.id if doc else mention.document
            lines.append(f"Source: {name} ({mention.document})")
        item.add("description", encodable("\n".join(lines)))
        item.add("status", "TENTATIVE" if event.status is Status.PLANNED else "CONFIRMED")
        item.add("transp", "TRANSPARENT")
        if event.entities:
            item.add("categories", [encodable(e) for e in event.entities])
        calendar.add_component(item)
    return calendar.to_ical().decode("utf-8")
