"""Two bare clock times told beside a day: "between 3 and 8 yesterday", "Dienstag von 14.00
bis 14.30", "1 januari van 5 tot 6".

The tagger alone rightly ignores both numbers; only an opener ("between", "von", "van") with a
connector, right beside a day the tagger found, makes them a clock range. Without an opener
("Sunday 2-1") they stay what they usually are in news: a score.
"""

from __future__ import annotations

import re

from timeline.model import Granularity, Timex
from timeline.temporal.grammar import grammar_for
from timeline.temporal.range_context import FoundRange
from timeline.temporal.range_data import RangeGrammar, RangeRule
from timeline.temporal.range_frames import clause_end
from timeline.temporal.range_values import Point, member_timex, parse_point

_WINDOW = 64
_DAY_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_LATER_PARTS = ("AF", "EV", "NI")
_NOON = 12
_DIGIT = re.compile(r"\d")


def clocks_beside_day(
    text: str, grammar: RangeGrammar, members: list[Timex], i: int
) -> FoundRange | None:
    """A clock range of two bare numbers on the day ``members[i]`` (after it, else before)."""
    d = members[i]
    if d.granularity is not Granularity.DAY:
        return None
    limit = members[i + 1].start if i + 1 < len(members) else len(text)
    floor = members[i - 1].end if i > 0 else 0
    window_start = max(floor, d.start - _WINDOW)
    digit_after = _DIGIT.search(text, d.end, min(limit, d.end + _WINDOW)) is not None
    if not digit_after and _DIGIT.search(text, window_start, d.start) is None:
        return None  # the cheap look: no number beside the day
    part = d.value[-2:] if _DAY_PART.search(d.value) else None
    day = parse_point(_DAY_PART.sub("", d.value))
    if day is None or day.day is None or day.has_clock:
        return None
    after = text[d.end : min(limit, d.end + _WINDOW)].lower() if digit_after else ""
    before = text[window_start : d.start].lower()
    look_before = before.rstrip()[-1:].isdigit() or grammar.may_precede_day(before)
    for rule in grammar.rules:
        if rule.clocks_after_day is None or rule.clocks_before_day is None:
            continue
        m = rule.clocks_after_day.match(after)
        if m is not None and not _change_before(text, grammar, d.end + m.start("opener")):
            found = _found(
                text, grammar, rule, (d, day, part), m, d.end, (d.start, d.end + m.end())
            )
            if found is not None:
                return found
        m = rule.clocks_before_day.search(before) if look_before else None
        if m is not None and not _change_before(text, grammar, window_start + m.start("opener")):
            start = window_start + m.start("opener")
            found = _found(text, grammar, rule, (d, day, part), m, window_start, (start, d.end))
            if found is not None:
                return found
    return None


def _change_before(text: str, grammar: RangeGrammar, at: int) -> bool:
    """ "rose from 6 to 7 on Monday", "stiegen am Montag von 6 bis 7": a number's change, no
    clock range (a ``not_before`` word right before, or a verb of change in the clause)."""
    before = text[max(0, at - _WINDOW) : at].lower()
    if grammar.not_before.search(before) is not None:
        return True
    return grammar.changes is not None and grammar.changes.search(clause_end(before)) is not None


def _found(
    text: str,
    grammar: RangeGrammar,
    rule: RangeRule,
    on: tuple[Timex, Point, str | None],
    m: re.Match[str],
    offset: int,
    span: tuple[int, int],
) -> FoundRange | None:
    """The range of the clock pair ``m`` on the day ``on`` (its timex, point, part of day)."""
    d, day, part = on
    start, end = span
    hours = _hours(m, part, grammar.code)
    if hours is None:
        return None
    (h1, m1), (h2, m2) = hours
    first_span = (offset + m.start("hour"), offset + _end(m, ""))
    last_span = (offset + m.start("hour2"), offset + _end(m, "2"))
    first = _member(text, d, day, rule.id, first_span, h1, m1)
    last = _member(text, d, day, rule.id, last_span, h2, m2)
    return FoundRange(start, end, rule, first, last, None, None)


def _end(m: re.Match[str], suffix: str) -> int:
    return m.end(f"minute{suffix}") if m[f"minute{suffix}"] else m.end(f"hour{suffix}")


def _member(
    text: str, d: Timex, day: Point, rule: str, span: tuple[int, int], hour: int, minute: int
) -> Timex:
    start, end = span
    point = Point(day.year, day.month, day.day, hour, minute)
    return member_timex(d, start, end, text[start:end], point, rule, d.anchor)


def _hours(
    m: re.Match[str], part: str | None, code: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "3 and 8" in the evening are 15:00 and 20:00; "11-4" is 11:00 to 16:00; "5 bis
    sieben" is 5:00 to 7:00 (hour words of the language ``code``)."""
    h1, h2 = _hour(m["hour"], code), _hour(m["hour2"], code)
    if h1 is None or h2 is None:
        return None
    m1, m2 = int(m["minute"] or 0), int(m["minute2"] or 0)
    if part in _LATER_PARTS and h1 < _NOON and h2 <= _NOON:
        h1, h2 = h1 + _NOON, (h2 + _NOON if h2 < _NOON else h2)
    if (h2, m2) <= (h1, m1):
        if h2 >= _NOON or h2 + _NOON <= h1:
            return None
        h2 += _NOON
    if h1 > 24 or h2 > 24:
        return None
    return (h1, m1), (h2, m2)


def _hour(raw: str, code: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    value = grammar_for(code).data.word("number", raw)
    return value if isinstance(value, int) else None
