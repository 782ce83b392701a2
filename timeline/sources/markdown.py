"""Markdown articles: YAML front matter gives title, date, url and language; marks are stripped.

Only the marks a reader does not see are removed (heading hashes, emphasis, link targets,
images, quote markers, bullets): the words and their order stay as written.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from typing import Any

from timeline.model import Article, SkippedInput
from timeline.sources.kinds import SkipKind, skipped
from timeline.sources.plaintext import read_plain_text
from timeline.sources.values import parse_day, parse_language

logger = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)

#: (pattern, replacement) applied in order; each removes one kind of Markdown mark.
_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),  # HTML comments
    (re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE), ""),  # code fences (content kept)
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link definitions
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # inline links: keep the label
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    (_HEADING, r"\1"),  # ATX headings
    (re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$", re.MULTILINE), ""),  # setext underlines, rules
    (re.compile(r"^[ \t]*(?:[*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE), r"\1"),  # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis *
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis _
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
)


def strip_markdown(text: str) -> str:
    """The text a reader sees when the Markdown is rendered (approximately, and cheaply)."""
    for pattern, replacement in _MARKS:
        text = pattern.sub(replacement, text)
    return text


def split_front_matter(text: str) -> tuple[dict[str, Any], str, tuple[str, ...]]:
    """(front matter fields, body, warnings); a broken header is a warning, not a lost file."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, ()
    import yaml

    body = text[match.end() :]
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        return {}, body, (f"front-matter: not valid YAML{where}; header ignored",)
    if not isinstance(fields, dict):
        return {}, body, ("front-matter: not a mapping of fields; header ignored",)
    return {str(k).lower(): v for k, v in fields.items()}, body, ()


def read_markdown(
    doc_id: str, source: str, text: str, warnings: tuple[str, ...] = ()
) -> Article | SkippedInput:
    """One article from a Markdown file, with what its front matter says."""
    fields, body, header_warnings = split_front_matter(text)
    heading = _HEADING.search(body)
    plain = strip_markdown(body)
    base = read_plain_text(doc_id, source, plain, warnings + header_warnings)
    if isinstance(base, SkippedInput):
        return skipped(doc_id, source, SkipKind.EMPTY, "no text after the front matter")
    notes = list(base.warnings)
    published: dt.date | None = None
    raw_date = fields.get("date", fields.get("published"))
    if raw_date is not None:
        published = parse_day(raw_date)
        if published is None:
            notes.append(f"front-matter: date {raw_date!r} is not a day (YYYY-MM-DD); ignored")
    title = fields.get("title")
    language = fields.get("language", fields.get("lang"))
    url = fields.get("url", fields.get("link"))
    return replace(
        base,
        title=str(title).strip()
        if title
        else (heading.group(1).strip() if heading else base.title),
        language=parse_language(language),
        published=published,
        url=str(url) if url else None,
        warnings=tuple(notes),
    )
