"""Edges of a period: "the first two weeks of 2021", "the last four months of 2021",
"nos primeiros dez dias do último ano", "die letzten drei Wochen dieses Jahres".

The tagger keeps the counted part a DURATION (``P2W``) and the period a DATE (``2021``); this
step adds the span of time the phrase covers, a ``TimexRange`` inside the period: its first N
units from the period's first day, or its last N units up to its last day. Weeks of a year are
calendar (ISO) weeks, as calendars and Recognizers-Text count them: "the first two weeks of
2021" are weeks 1 and 2 (4 to 17 January). A count larger than the period ("the first 15
months of 2020") makes no range. The words come from the ``period_edges:`` entry of a
language's ``ranges:`` section; the range's ends are synthetic members spanning the phrase,
as for the windows of ``range_windows.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from timeline.model import Anchor, Granularity, Timex, TimexRange, TimexType
from timeline.temporal.calendar import add_months
from timeline.temporal.grammar import alternation
from timeline.temporal.lexicon import LanguageDataError
from timeline.temporal.range_windows import synthetic_member

EDGE_FIELDS = {"id", "first", "last", "link", "examples"}
_COUNTED = re.compile(r"^P(?P<n>[1-9]\d{0,2})(?P<unit>[DWM])$")
_LOOK_BACK = 20  # characters before a duration searched for its edge word ("the first")
_PERIODS = (Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH)


@dataclass(frozen=True)
class EdgeGrammar:
    """A language's edge words: ``first``/``last`` before the count, ``link`` before the period."""

    id: str = ""
    first: re.Pattern[str] | None = None  # search: an edge word ending the text before a count
    last: re.Pattern[str] | None = None
    link: re.Pattern[str] | None = None  # match: spaces and a linking word ("of", "do", "des")


def parse_period_edges(code: str, raw: Any) -> EdgeGrammar:
    """Check and compile a ``period_edges:`` entry (None: the language has none)."""
    if raw is None:
        return EdgeGrammar()
    if not isinstance(raw, dict) or not {"id", "first", "last", "examples"} <= raw.keys():
        raise LanguageDataError(f"{code}: period_edges needs id, first, last and examples")
    if raw.keys() - EDGE_FIELDS:
        raise LanguageDataError(f"{code}: period_edges: unknown {sorted(raw.keys() - EDGE_FIELDS)}")
    if not str(raw["id"]).startswith(f"{code}.range."):
        raise LanguageDataError(f"{code}: period_edges id must be '{code}.range.*'")
    words = {k: [str(w).lower() for w in raw.get(k) or []] for k in ("first", "last", "link")}
    if not words["first"] or not words["last"]:
        raise LanguageDataError(f"{code}: period_edges: first and last must list words")

    def edge(k: str) -> re.Pattern[str]:
        # the word, then the count and its unit ("first [two weeks]", "ersten [zehn Tagen]")
        return re.compile(rf"(?<!\w)(?:{alternation(words[k])})(?:\s+\S+){{1,3}}$")

    link = alternation(words["link"]) if words["link"] else None
    return EdgeGrammar(
        id=str(raw["id"]),
        first=edge("first"),
        last=edge("last"),
        link=re.compile(rf"\s+(?:(?:{link})\s+)?" if link else r"\s+"),
    )


def find_period_edges(
    text: str, grammar: EdgeGrammar, timexes: Sequence[Timex]
) -> list[TimexRange]:
    """The ranges "the first/last N units of <period>" among ``timexes`` (in text order)."""
    if grammar.first is None or grammar.last is None or grammar.link is None:
        return []
    found = []
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    for t, period in pairwise(timexes):
        counted = _COUNTED.match(t.value) if t.type is TimexType.DURATION else None
        if counted is None or not _is_period(period):
            continue
        gap = grammar.link.fullmatch(lowered, t.end, period.start)
        if gap is None:
            continue
        said = lowered[max(0, t.start - _LOOK_BACK) : t.end]
        is_first = grammar.first.search(said) is not None
        if not is_first and grammar.last.search(said) is None:
            continue
        assert period.first_day is not None and period.last_day is not None
        days = _edge_days(
            is_first, int(counted["n"]), counted["unit"], period.first_day, period.last_day, period
        )
        if days is None:
            continue
        first, last = days
        start, end = t.start, period.end
        anchor = period.anchor
        found.append(
            TimexRange(
                start=start,
                end=end,
                text=text[start:end],
                first=synthetic_member(text, start, end, first.isoformat(), grammar.id, anchor),
                last=synthetic_member(text, start, end, last.isoformat(), grammar.id, anchor),
                duration=t.value,
                rule=grammar.id,
                first_day=first,
                last_day=last,
            )
        )
    return found


def over_windows(edges: list[TimexRange], windows: list[TimexRange]) -> list[TimexRange]:
    """The edges and the windows no edge overlaps: "the last 3 weeks of this year" is no
    window counted from today."""
    return edges + [
        w for w in windows if not any(e.start < w.end and w.start < e.end for e in edges)
    ]


def _is_period(t: Timex) -> bool:
    return (
        t.type is TimexType.DATE
        and t.granularity in _PERIODS
        and t.first_day is not None
        and t.last_day is not None
        and t.mod is None
        and t.anchor is not Anchor.PREVIOUS
    )


def _edge_days(
    is_first: bool, n: int, unit: str, begin: dt.date, end: dt.date, period: Timex
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the first (or last) ``n`` units of the period."""
    if unit == "W" and period.granularity is Granularity.YEAR:
        begin = dt.date.fromisocalendar(begin.year, 1, 1)
        end = dt.date.fromisocalendar(end.year + 1, 1, 1) - dt.timedelta(days=1)
    if is_first:
        after = _shift(begin, unit, n)
        return (
            (begin, after - dt.timedelta(days=1)) if after <= end + dt.timedelta(days=1) else None
        )
    first = _shift(end + dt.timedelta(days=1), unit, -n)
    return (first, end) if first >= begin else None


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    return add_months(day, n)
