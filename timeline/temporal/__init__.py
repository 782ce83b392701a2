"""The temporal tagger: find temporal expressions, then resolve them to TIMEX3 values.

``extract`` says what the text literally says (cheap, usable before a publication date is
known); ``resolve`` anchors it; ``tag`` does both; ``to_timeml`` writes a TimeML document.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Timex
from timeline.temporal.expression import Expression
from timeline.temporal.extract import extract
from timeline.temporal.resolve import resolve
from timeline.temporal.timeml import to_timeml

__all__ = ["Expression", "extract", "resolve", "tag", "to_timeml"]


def tag(text: str, lang: str, dct: dt.date | None) -> list[Timex]:
    """Extract and resolve the temporal expressions of ``text`` against ``dct``."""
    return resolve(text, extract(text, lang), dct, lang)
