"""Expressions in a page's furniture: Title-Case headlines, names and the dateline.

"Lucro Subiu 63% no Terceiro Trimestre" (a headline) and ABC's "This Week" (a programme) write
in capitals words that running text writes in lower case. A headline repeats what its article
says with the date in full, and a name is no date at all, so neither is resolved. Months,
weekdays, holidays and mods ("Anfang März") are left alone: some languages capitalise them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from timeline.temporal.expression import Expression

_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 2  # words apart: "Sieben-Tage-Schlacht" is one German word
_CLOCK_ABBREVIATION = 4  # "PM", "EST", "AEST" after a clock time
_LOOK_BACK = 12  # characters searched for the end of the previous sentence
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])[\s\"'“‘«(\[-]*$")


def in_title_case(text: str, e: Expression, nouns: Collection[str] = ()) -> bool:
    """Every word of a multi-word expression is capitalised though none must be.

    At a sentence start the first capital proves nothing ("Vier Tage später"); ``nouns`` are
    lower-case words the language always capitalises (German "Uhr" in "5 Uhr Nachmittags").
    """
    if e.month is not None or e.weekday is not None or e.holiday is not None or e.mod:
        return False
    words = [w for w in _WORD.findall(e.text) if w.lower() not in nouns]
    if e.part and ":" in e.part:  # "9 PM EST": a clock's abbreviations are capitals anyway
        words = [w for w in words if not (w.isupper() and len(w) <= _CLOCK_ABBREVIATION)]
    if min(len(words), len(e.text.split())) < _MIN_WORDS:
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return not _SENTENCE_START.search(text, max(0, e.start - _LOOK_BACK), e.start)


def is_dateline(text: str, e: Expression, dct: dt.date | None) -> bool:
    """A date alone on its line that restates the publication date (in either numeric order).

    The dateline dates the article, which the caller already knows; it dates no event. Read
    without a publication date (``pubdate`` reads ``extract``), it is kept.
    """
    if dct is None or e.year != dct.year or e.month is None or e.day is None:
        return False
    if (dct.month, dct.day) not in ((e.month, e.day), (e.day, e.month)):
        return False
    line_start = text.rfind("\n", 0, e.start) + 1
    line_end = text.find("\n", e.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip() == e.text.strip()
