"""Ranges whose members the tagger did not find alone: "from march to may", "tussen 15.00 en
17.00", "van 9 tot 11 uur", "entre as 15 e as 17 horas".

Alone, a lower-case "march" or "may" is a verb, "15.00" a price and "11 uur" eleven hours;
inside a range frame (an opener, a member, a connector, a member) they are months and clock
times. A clock pair needs a clock cue, minutes in both ("15.00") or an hour word after it
("uur", "horas", "o'clock"): "von 5 bis 6" alone may be anything. A verb of change before the
opener ("rose from 6 to 7") is a change of values (``not_before``). Both members take the
publication date's day (clocks) or year (months), as the tagger does for a lone clock time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.model import Anchor, Timex, TimexType
from timeline.temporal.calendar import interval
from timeline.temporal.range_data import RangeGrammar
from timeline.temporal.range_values import Point

_NOON = 12
_CLOCK_PARTS = re.compile(r"(?P<hour>0\d(?=\d\d$)|\d{1,2})(?:[:.h]?(?P<minute>\d\d))?")
_CHANGE_WINDOW = 40
_CLAUSE = re.compile(r"[.;!?\n]")


def clause_end(before: str) -> str:
    """The part of ``before`` after its last sentence or clause break."""
    breaks = list(_CLAUSE.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


@dataclass(frozen=True)
class Frame:
    """Two members read inside a range frame (offsets into the text; rule: the range rule)."""

    start: int
    end: int
    rule_id: str
    first: Timex
    last: Timex


def find_frames(text: str, lowered: str, grammar: RangeGrammar, dct: dt.date | None) -> list[Frame]:
    """The frames of ``text`` (``lowered``: the text in lower case, as long as it)."""
    if dct is None or grammar.frame is None:
        return []
    rules, month_number = grammar.frame_rules, dict(grammar.month_numbers)
    not_before, not_after, changes = grammar.not_before, grammar.not_after, grammar.changes
    frames = []
    for m in frame_matches(lowered, grammar.frame, grammar.frame_starts):
        if m.start() > 0 and lowered[m.start() - 1].isalnum():
            continue
        gap = m["mgap"] if m["m1"] else m["cgap"]
        rule_id = next(
            (i for i, opener, g in rules if opener.fullmatch(m["opener"]) and g.fullmatch(gap)),
            None,
        )
        if rule_id is None:
            continue
        before = lowered[max(0, m.start() - _CHANGE_WINDOW) : m.start()]
        if not_before.search(before):
            continue  # "rose from 9.30 to 11.30": a change of values
        if m["h1"] and not m["unit"] and changes is not None and changes.search(clause_end(before)):
            continue  # "stiegen am Montag von 9.30 bis 11.30"
        frame = (
            _months(text, m, rule_id, month_number, dct)
            if m["m1"]
            else _clocks(
                text, m, rule_id, dct, grammar.part_after.match(lowered, m.end()) is not None
            )
        )
        if frame is None:
            continue
        if not_after is not None and not_after.match(lowered[frame.end : frame.end + 48]):
            continue  # "van 15.00 tot 17.00 euro"
        frames.append(frame)
    return frames


def frame_matches(
    lowered: str, regex: re.Pattern[str], starts: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The frame regex's matches: tried only where an opener starts (found by ``str.find``,
    much faster than a regex scan when openers are long words: "from", "between")."""
    if not starts:
        yield from regex.finditer(lowered)
        return
    for start in starts:
        at = lowered.find(start)
        while at != -1:
            m = regex.match(lowered, at)
            if m is not None:
                yield m
            at = lowered.find(start, at + 1)


def _months(
    text: str, m: re.Match[str], rule_id: str, month_number: dict[str, int], dct: dt.date
) -> Frame | None:
    first_month, last_month = month_number.get(m["m1"]), month_number.get(m["m2"])
    if first_month is None or last_month is None or first_month == last_month:
        return None
    # the nearest such span: "from nov to march" told in January began in the last November
    year = min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: abs(y * 12 + first_month - (dct.year * 12 + dct.month)),
    )
    first = Point(year, first_month)
    last = Point(year + (last_month < first_month), last_month)
    return Frame(
        m.start(),
        m.end(),
        rule_id,
        frame_member(text, m.start("m1"), m.end("m1"), first, rule_id),
        frame_member(text, m.start("m2"), m.end("m2"), last, rule_id),
    )


def _clocks(text: str, m: re.Match[str], rule_id: str, dct: dt.date, in_part: bool) -> Frame | None:
    a, b = _CLOCK_PARTS.fullmatch(m["h1"]), _CLOCK_PARTS.fullmatch(m["h2"])
    if a is None or b is None:
        return None
    if not m["unit"] and not (a["minute"] and b["minute"]) and not in_part:
        return None  # "von 5 bis 6": no clock cue ("in the afternoon" is one)
    h1, m1, h2, m2 = int(a["hour"]), int(a["minute"] or 0), int(b["hour"]), int(b["minute"] or 0)
    if (h2, m2) <= (h1, m1):
        if h2 >= _NOON or h2 + _NOON <= h1:
            return None
        h2 += _NOON  # "11 to 2 o'clock"
    if h1 > 24 or h2 > 24:
        return None
    end = m.end("unit") if m["unit"] else m.end("h2")
    day = (dct.year, dct.month, dct.day)
    return Frame(
        m.start(),
        end,
        rule_id,
        frame_member(text, m.start("h1"), m.end("h1"), Point(*day, h1, m1), rule_id),
        frame_member(text, m.start("h2"), end, Point(*day, h2, m2), rule_id),
    )


def frame_member(text: str, start: int, end: int, point: Point, rule_id: str) -> Timex:
    value = point.value()
    found = interval(value.split("T")[0])
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=TimexType.TIME if point.has_clock else TimexType.DATE,
        value=value,
        rule=rule_id,
        anchor=Anchor.PUBLICATION,
        granularity=found[0] if found else None,
        first_day=found[1] if found else None,
        last_day=found[2] if found else None,
    )
