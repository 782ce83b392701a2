"""What the readers know about an input: its format, and why it may have been skipped."""

from __future__ import annotations

from enum import StrEnum

from timeline.model import SkippedInput


class InputFormat(StrEnum):
    """The formats there is a reader for."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"


class SkipKind(StrEnum):
    """Why an input did not become an article: the summary line counts these."""

    BINARY = "binary"
    EMPTY = "empty"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    MALFORMED = "malformed"
    DUPLICATE = "duplicate"


#: File suffixes (lower case) and the format read from them.
SUFFIX_FORMATS: dict[str, InputFormat] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".json": InputFormat.JSON,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
}


def skipped(doc_id: str, source: str, kind: SkipKind, detail: str) -> SkippedInput:
    """A skipped input whose reason reads "kind: detail" (the summary groups by kind)."""
    return SkippedInput(id=doc_id, source=source, reason=f"{kind.value}: {detail}", kind=kind.value)
