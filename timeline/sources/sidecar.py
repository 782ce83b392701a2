"""Sidecar metadata: ``metadata.json`` or ``metadata.csv`` in a folder gives its articles' dates.

Scrapers often keep the publication date beside the text rather than in it. A sidecar maps
article ids (file stems or record ids) to ``published`` (also ``date``), and optionally
``title``, ``url`` and ``lang``. What a file says itself wins; a disagreement is a warning.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from timeline.model import Article
from timeline.sources.values import parse_day, parse_language, text_field

logger = logging.getLogger(__name__)

SIDECAR_NAMES = ("metadata.json", "metadata.csv")


@dataclass(frozen=True)
class SidecarEntry:
    """What a sidecar says about one article."""

    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()  # problems with this entry's own fields


@dataclass(frozen=True)
class Sidecar:
    """The entries of one folder's sidecar files and the problems found reading them."""

    entries: dict[str, SidecarEntry]
    warnings: tuple[str, ...] = ()  # problems of the file itself, not of one entry

    def apply(self, article: Article) -> Article:
        """Fill what the article does not say itself from its entry, if there is one."""
        entry = self.entries.get(article.id)
        if entry is None:
            return article
        notes = [*article.warnings, *entry.warnings]
        published = article.published or entry.published
        if article.published and entry.published and article.published != entry.published:
            notes.append(
                f"metadata: sidecar says {entry.published}, the file says {article.published}; "
                "kept the file's date"
            )
        return replace(
            article,
            published=published,
            title=article.title or entry.title or "",
            url=article.url or entry.url,
            language=article.language or entry.language,
            warnings=tuple(notes),
        )


def _entry(fields: dict[str, Any], where: str, warnings: list[str]) -> SidecarEntry:
    """One entry; a problem with its fields is logged and travels with the entry to its article."""
    raw = fields.get("published", fields.get("date", fields.get("dct")))
    published = parse_day(raw) if raw else None
    problems: list[str] = []
    if raw and published is None:
        problems.append(f"metadata: {where}: {raw!r} is not a day (YYYY-MM-DD); ignored")
    warnings.extend(problems)
    lang = text_field(fields, "lang", "language")
    return SidecarEntry(
        published,
        text_field(fields, "title"),
        text_field(fields, "url"),
        parse_language(lang),
        tuple(problems),
    )


def _from_json(text: str, name: str, warnings: list[str]) -> dict[str, SidecarEntry]:
    data = json.loads(text)
    out: dict[str, SidecarEntry] = {}
    if isinstance(data, dict):  # {"id": "2022-01-10"} or {"id": {"published": ...}}
        for key, value in data.items():
            fields = value if isinstance(value, dict) else {"published": value}
            out[str(key)] = _entry(fields, f"{name} {key}", warnings)
    elif isinstance(data, list):  # [{"id": ..., "published": ...}]
        for number, fields in enumerate(data, 1):
            doc_id = text_field(fields, "id", "doc_id") if isinstance(fields, dict) else None
            if doc_id is None or not isinstance(fields, dict):
                warnings.append(f"metadata: {name} item {number} has no id; ignored")
                continue
            out[doc_id] = _entry(fields, f"{name} {doc_id}", warnings)
    return out


def _from_csv(text: str, name: str, warnings: list[str]) -> dict[str, SidecarEntry]:
    rows = csv.DictReader(io.StringIO(text))
    out: dict[str, SidecarEntry] = {}
    for number, row in enumerate(rows, 2):
        fields = {str(k).strip().lower(): v for k, v in row.items() if k}
        doc_id = text_field(fields, "id", "doc_id", "file", "filename")
        if doc_id is None:
            warnings.append(f"metadata: {name} row {number} has no id; ignored")
            continue
        out[Path(doc_id).stem if "." in doc_id else doc_id] = _entry(
            fields, f"{name} row {number}", warnings
        )
    return out


def load_sidecar(folder: Path) -> Sidecar:
    """The sidecar metadata of ``folder`` (empty when it has none); never raises."""
    entries: dict[str, SidecarEntry] = {}
    warnings: list[str] = []
    for name in SIDECAR_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
            parse = _from_json if name.endswith(".json") else _from_csv
            entries.update(parse(text, name, warnings))
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
            warnings.append(f"metadata: {path} unreadable ({exc}); ignored")
    for warning in warnings:
        logger.warning("%s", warning)
    entry_warnings = {w for entry in entries.values() for w in entry.warnings}
    return Sidecar(entries, tuple(w for w in warnings if w not in entry_warnings))
