"""The temporal tagger: find temporal expressions, then resolve them to TIMEX3 values.

``extract`` says what the text literally says (cheap, usable before a publication date is
known); ``resolve`` anchors it; ``tag`` does both and completes the members of ranges;
``tag_with_ranges`` also returns the ranges ("from May to October 2020", "5 to 6pm");
``to_timeml`` writes a TimeML document.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Timex
from timeline.temporal.expression import Expression
from timeline.temporal.extract import extract
from timeline.temporal.ranges import Tagged, join_ranges
from timeline.temporal.resolve import resolve
from timeline.temporal.timeml import to_timeml

__all__ = [
    "Expression",
    "Tagged",
    "extract",
    "join_ranges",
    "resolve",
    "tag",
    "tag_with_ranges",
    "to_timeml",
]


def tag(text: str, lang: str, dct: dt.date | None) -> list[Timex]:
    """Extract and resolve the temporal expressions of ``text`` against ``dct``.

    Members of ranges come as the range reads them ("5" of "5 to 6pm" is a timex at 17:00).
    """
    return list(tag_with_ranges(text, lang, dct).timexes)


def tag_with_ranges(text: str, lang: str, dct: dt.date | None) -> Tagged:
    """The timexes of ``text`` and the ranges two of them form; never raises."""
    return join_ranges(text, lang, resolve(text, extract(text, lang), dct, lang), dct)
