"""The plain-text chronology: one block per event, readable in a terminal or an e-mail."""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right

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
# How textwrap (break_on_hyphens) cuts a text into the chunks a line may end after: spaces,
# words and, inside a hyphenated word or around an em-dash written as hyphens, their parts.
_CHUNKS = textwrap.TextWrapper.wordsep_re
# Where that pattern may cut a word at all: a hyphen with a letter (its ``[^\d\W]``) on each
# side, or two hyphens. A text without either breaks only at its spaces. (Written to start at
# the hyphen, which the regex engine finds quickly.)
_BREAKABLE_HYPHEN = re.compile(r"-(?:-|(?<=[^\d\W]-)[^\d\W])")


def greedy_wrap(text: str, width: int, first: str, rest: str) -> list[str] | None:
    """The lines ``textwrap.wrap`` makes of ``text`` (words separated by single spaces), or
    None when textwrap would split a word longer than a line, or there is no text.

    Several times faster than textwrap, which the chronology of a large collection spent most
    of its time in: a line ends at the last chunk end within its width, found with
    ``str.rfind`` (in most texts only spaces may end a line) or by bisection among the chunk
    ends textwrap's own pattern gives."""
    first_width, rest_width = width - len(first), width - len(rest)
    if not text or min(first_width, rest_width) < 1:
        return None
    if "-" in text and _BREAKABLE_HYPHEN.search(text):
        return _wrap_at_chunks(text, first, rest, first_width, rest_width)
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


def _wrap_at_chunks(
    text: str, first: str, rest: str, first_width: int, rest_width: int
) -> list[str] | None:
    """``greedy_wrap`` where a line may also end inside a word, after a hyphen."""
    ends = [0]
    end = -1
    for word in text.split(" "):
        end += 1
        if end:
            ends.append(end)  # the space before the word is a chunk of its own
        if "-" in word and _BREAKABLE_HYPHEN.search(word):
            for piece in _CHUNKS.split(word):
                if piece:
                    end += len(piece)
                    ends.append(end)
        else:
            end += len(word)
            ends.append(end)
    lines: list[str] = []
    indent, limit, at = first, first_width, 0
    while len(text) - at > limit:
        j = bisect_right(ends, at + limit) - 1
        end = ends[j]
        if ends[j + 1] - end > limit:
            return None  # the next chunk fits no line: textwrap splits it
        # a space ends the line's last chunk or starts the next line's first: both dropped
        lines.append(indent + text[at : end - 1 if text[end - 1] == " " else end])
        indent, limit, at = rest, rest_width, end + 1 if text[end] == " " else end
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
    quote = " ".join(event.text.split())
    for mention in event.mentions:
        doc = documents.get(mention.document)
        name = doc.title or doc.id if doc else mention.document
        published = published_label(doc.published, why=False) if doc else "unknown"
        lines += _wrap(f"- {name} [{mention.document}], published {published}")
        lines += _wrap(
            f"date: {resolution_note(mention, doc.published if doc else None)}", INDENT + "    "
        )
        if " ".join(mention.sentence.split()) != quote:
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
    lines.append("")  # the closing line break, joined in rather than appended to a copy
    return "\n".join(lines)
