"""The one-line account of what happened to every input, for the end of stderr."""

from __future__ import annotations

from collections import Counter

from timeline.model import DocStatus, Timeline


def summary_line(timeline: Timeline) -> str:
    """ "2,452 read, 2,449 used, 3 skipped: 2 binary, 1 empty" (kinds by count, then by name)."""
    read = len(timeline.documents)
    used = sum(d.status is DocStatus.OK for d in timeline.documents)
    skipped = [d for d in timeline.documents if d.status is DocStatus.SKIPPED]
    line = f"{read:,} read, {used:,} used, {len(skipped):,} skipped"
    if skipped:
        kinds = Counter(skip_kind(d.warnings[0] if d.warnings else "") for d in skipped)
        ordered = sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
        line += ": " + ", ".join(f"{n:,} {kind}" for kind, n in ordered)
    return line


def skip_kind(reason: str) -> str:
    """The category before the first colon of a skip reason ("binary: looks like a PDF")."""
    head, sep, _ = reason.partition(":")
    return head.strip() if sep and head.strip() and " " not in head.strip() else "other"
