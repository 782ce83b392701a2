"""The plain-text chronology: one block per event, readable in a terminal or an e-mail."""

from __future__ import annotations

import re
import textwrap

from timeline.model import DocStatus, Document, Event, Timeline
from timeline.render.wording import (
    date_label,
    documents_by_id,
    duration_label,
    ordered_events,
    published_label,
    resolution_note,
    status_label,
)

WIDTH = 100
INDENT = "    "
# Where textwrap (break_on_hyphens) may break a word: a hyphen with a letter on each side, or
# an em-dash written as two hyphens. Its letter class is ``[^\d\W]``, used here too.
_BREAKABLE_HYPHEN = re.compile(r"[^\d\W]-[^\d\W]|--")


def greedy_wrap(text: str, width: int, first: str, rest: str) -> list[str] | None:
    """The lines ``textwrap.wrap`` makes of ``text`` (words separated by single spaces), or
    None when textwrap could differ: a hyphen between letters or a double hyphen (textwrap
    may break there), a word longer than a line (textwrap splits it) or no text. Several
    times faster than textwrap, which the chronology of a large collection spends most on."""
    first_width, rest_width = width - len(first), width - len(rest)
    if not text or min(first_width, rest_width) < 1:
        return None
    if "-" in text and _BREAKABLE_HYPHEN.search(text):
        return None
    if rest_width > first_width and max(map(len, text.split(" "))) > first_width:
        return None  # a word too long for the first line but not for the next ones
    lines: list[str] = []
    indent, limit, at = first, first_width, 0
    while len(text) - at > limit:
        # the last space that keeps this line within its width ends it
        cut = text.rfind(" ", at, at + limit + 1)
        if cut < 0:
            return None  # a word longer than the line: textwrap splits it
        lines.append(indent + text[at:cut])
        indent, limit, at = rest, rest_width, cut + 1
    lines.append(indent + text[at:])
    return lines


def _wrap(text: str, indent: str = INDENT) -> list[str]:
    flat = " ".join(text.split())
    rest = indent + "  "
    fast = greedy_wrap(flat, WIDTH, indent, rest)
    if fast is not None:
        return fast
    return textwrap.wrap(flat, WIDTH, initial_indent=indent, subsequent_indent=rest) or [indent]


def _flags(event: Event) -> str:
    flags = [status_label(event)]
    if event.approximate:
        flags.append("approximate")
    if event.background:
        flags.append("background")
    duration = duration_label(event.duration)
    if duration:
        flags.append(f"lasting {duration}")
    return ", ".join(flags)


def event_block(event: Event, documents: dict[str, Document]) -> list[str]:
    """The lines of one event: date, title, quote, sources and how each date was resolved."""
    lines = [f"{date_label(event.date)} — {' '.join(event.title.split())}"]
    lines.append(f"{INDENT}[{_flags(event)}]" + (f" {event.language}" if event.language else ""))
    lines += _wrap(f"“{event.text}”")
    if event.entities:
        lines += _wrap("who/what: " + ", ".join(event.entities))
    for mention in event.mentions:
        doc = documents.get(mention.document)
        name = doc.title or doc.id if doc else mention.document
        published = published_label(doc.published, why=False) if doc else "unknown"
        lines += _wrap(f"- {name} [{mention.document}], published {published}")
        lines += _wrap(
            f"date: {resolution_note(mention, doc.published if doc else None)}", INDENT + "    "
        )
        if " ".join(mention.sentence.split()) != " ".join(event.text.split()):
            lines += _wrap(f"“{mention.sentence}” ({mention.language})", INDENT + "    ")
    for conflict in event.conflicts:
        lines += _wrap(f"! sources disagree: {conflict}")
    return lines


def _header(timeline: Timeline) -> list[str]:
    used = [d for d in timeline.documents if d.status is DocStatus.OK]
    languages = sorted({d.language for d in used if d.language})
    lines = [
        f"Timeline: {len(timeline.events)} events from {len(used)} articles"
        + (f" ({', '.join(languages)})" if languages else ""),
        "",
        "Articles:",
    ]
    for doc in timeline.documents:
        if doc.status is DocStatus.OK:
            lines += _wrap(
                f"{doc.id}: {doc.title or '(untitled)'} — {doc.language or '?'}, "
                f"published {published_label(doc.published)}",
                "  ",
            )
        else:
            reason = doc.warnings[0] if doc.warnings else "skipped"
            lines += _wrap(f"{doc.id}: skipped ({reason})", "  ")
    for warning in timeline.warnings:
        lines += _wrap(f"warning: {warning}", "  ")
    return lines


def to_text(timeline: Timeline) -> str:
    """The whole chronology as plain text, dated events first in order, undated ones last."""
    documents = documents_by_id(timeline)
    lines = _header(timeline)
    undated_heading = False
    for event in ordered_events(timeline.events):
        if event.date is None and not undated_heading:
            lines += ["", "Undated:"]
            undated_heading = True
        lines.append("")
        lines += event_block(event, documents)
    if not timeline.events:
        lines += ["", "No dated events were found."]
    return "\n".join(lines) + "\n"
