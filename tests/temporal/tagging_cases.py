"""Shared checking of tagging tables: each case is text, expected (span, value) pairs, no-dates."""

from __future__ import annotations

import datetime as dt

from timeline.model import Timex
from timeline.temporal import tag


def tagged(text: str, lang: str, dct: dt.date | None) -> dict[str, Timex]:
    """The timexes of ``text`` by their text (the last one wins on repeats)."""
    return {t.text: t for t in tag(text, lang, dct)}


def check_values(text: str, lang: str, dct: dt.date | None, expected: dict[str, str]) -> None:
    found = tagged(text, lang, dct)
    got = {span: found[span].value if span in found else None for span in expected}
    assert got == expected, f"all found: {[(t.text, t.value) for t in found.values()]}"


def check_no_dates(text: str, lang: str, dct: dt.date | None) -> None:
    found = tag(text, lang, dct)
    assert found == [], [(t.text, t.value, t.rule) for t in found]
