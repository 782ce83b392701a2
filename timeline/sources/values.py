"""Field values given by inputs (front matter, JSON records, sidecars) turned into typed values."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_COMPACT_DAY = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")


def parse_day(value: Any) -> dt.date | None:
    """A day from a date, a datetime, "YYYY-MM-DD[Thh:mm...]" or "YYYYMMDD"; None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value) or _COMPACT_DAY.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def text_field(record: dict[str, Any], *names: str) -> str | None:
    """The first of ``names`` present with a non-empty scalar value, as stripped text."""
    for name in names:
        value = record.get(name)
        if value is None or isinstance(value, dict | list):
            continue
        text = str(value).strip()
        if text:
            return text
    return None


_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def parse_language(value: Any) -> str | None:
    """The primary language subtag of a tag an input gives ("de-DE", "pt_BR", "EN" -> de, pt,
    en); None when it is not a language tag."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE_TAG.match(value)
    return match.group(1).lower() if match else None
