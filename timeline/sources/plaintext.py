"""Plain-text articles: the first non-empty line is the title, the whole file is the text."""

from __future__ import annotations

from timeline.model import Article, SkippedInput
from timeline.sources.kinds import SkipKind, skipped

#: Titles longer than this are cut: a first "line" may be a whole unwrapped article.
MAX_TITLE = 300


def first_line(text: str) -> str:
    """The first non-empty line, stripped and cut to ``MAX_TITLE`` characters."""
    for line in text.splitlines():
        if line.strip():
            title = " ".join(line.split())
            return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"
    return ""


def read_plain_text(
    doc_id: str, source: str, text: str, warnings: tuple[str, ...] = ()
) -> Article | SkippedInput:
    """One article from decoded text; offsets of later stages point into this same text."""
    if not text.strip():
        return skipped(doc_id, source, SkipKind.EMPTY, "no text (only whitespace)")
    return Article(id=doc_id, source=source, title=first_line(text), text=text, warnings=warnings)
