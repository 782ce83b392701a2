"""Read inputs into articles: text, Markdown, HTML, JSON and JSON Lines files, folders, stdin.

``read_sources`` streams ``Article`` or ``SkippedInput`` items; a bad file is never fatal.
"""

from __future__ import annotations

from timeline.sources.collection import read_sources
from timeline.sources.kinds import InputFormat, SkipKind

__all__ = ["InputFormat", "SkipKind", "read_sources"]
