"""Clock ranges on a day the text names once: "between 3am - 12pm next Monday", "Monday 3-8",
"6-8 next Monday", "Montag 9-11".

Two cases the other range steps leave out:

- a range of two clock times where only one member names its day ("3am - 12pm next Monday",
  "Monday 10am to 2pm"): the clock told alone is on that day too (it was resolved on the
  narrative's day); an end told alone before its start is on the next day ("from 10pm to
  2am", "von 22 Uhr bis 2 Uhr");
- two bare hours joined by a dash (a connector symbol of a rule without an opener) right
  beside a day, with no opener: "Monday 3-8". News writes scores that way ("beat Uruguay 5-4
  on Thursday", "97-92 Wednesday night"), so both hours must be clock hours (1..12), the
  first before the second ("11-4", "12-4" after noon only after the day), no joiner word
  between pair and day, and no verb of change or score word before the pair.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from timeline.model import Granularity, Timex
from timeline.temporal.grammar import grammar_for
from timeline.temporal.range_context import FoundRange
from timeline.temporal.range_data import RangeGrammar, RangeRule
from timeline.temporal.range_frames import clause_end
from timeline.temporal.range_values import Point, member_timex, parse_point, revalued

__all__ = ["clock_on_told_day", "dash_clocks_beside_day"]

_CLOCK_KINDS = ("time",)
_DAY_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_LATER_PARTS = ("AF", "EV", "NI")
_NOON = 12
_HOUR = re.compile(r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?")
_PAIR_END = re.compile(r"(?![\w:%$€£]|[.,/–-]\d)")
_SPACES = re.compile(r"[ \t]+")
_DIGIT_NEAR = re.compile(r"[ \t]+\d")
_DIGIT_NEAR_END = re.compile(r"\d[ \t]+$")
_LOOK = 40


@cache
def _lone_clock_rules(code: str) -> frozenset[str]:
    """Ids of the rules of language ``code`` that build a clock time with no day of its own."""
    return frozenset(r.id for r in grammar_for(code).rules if r.kind in _CLOCK_KINDS)


def clock_on_told_day(code: str, a: Timex, b: Timex) -> tuple[Timex, Timex]:
    """ "between 3am - 12pm next Monday": the clock told alone ("3am", resolved on the
    narrative's day) takes the day its partner names after its own clock (not "from 2pm till
    tomorrow 4:30pm"), or the day before when it would come after it ("from 11pm to 1am
    Tuesday"); an end told alone is on the day of the start, or the next day ("from 9pm
    Monday to 3am", "von 22 Uhr bis 2 Uhr")."""
    lone = _lone_clock_rules(code)
    pa, pb = parse_point(a.value), parse_point(b.value)
    if pa is None or pb is None or not (pa.has_clock and pb.has_clock):
        return a, b
    if pa.day is None or pb.day is None:
        return a, b
    if a.rule in lone and b.rule in lone:  # "von 22 Uhr bis 2 Uhr": over midnight
        end = _shifted(pb, 1) if _overnight(pa, pb) else None
        return (a, revalued(b, end, a.anchor)) if end is not None else (a, b)
    if (a.rule in lone) == (b.rule in lone):
        return a, b
    if a.rule in lone and b.text[:1].isdigit():
        same_day = replace(pa, year=pb.year, month=pb.month, day=pb.day)
        start = same_day if _before(same_day, pb) else _shifted(same_day, -1)
        if start is None or start == pa:
            return a, b
        return revalued(a, start, b.anchor), b
    if b.rule in lone:
        same_day = replace(pb, year=pa.year, month=pa.month, day=pa.day)
        end = same_day if _before(pa, same_day) else _shifted(same_day, 1)
        if end is None or end == pb:
            return a, b
        return a, revalued(b, end, a.anchor)
    return a, b


def _overnight(first: Point, last: Point) -> bool:
    """An end at midnight or in the small hours after an evening start, both told on one day:
    the end is on the day after."""
    same_day = (first.year, first.month, first.day) == (last.year, last.month, last.day)
    midnight = (last.hour or 0, last.minute or 0) == (0, 0)
    small_hours = (last.hour or 0) < _NOON <= (first.hour or 0)
    return same_day and (midnight or small_hours) and not _before(first, last)


def _before(first: Point, last: Point) -> bool:
    return (first.hour or 0, first.minute or 0) < (last.hour or 0, last.minute or 0)


def _shifted(point: Point, days: int) -> Point | None:
    if point.year is None or point.month is None or point.day is None:
        return None
    day = dt.date(point.year, point.month, point.day) + dt.timedelta(days=days)
    return replace(point, year=day.year, month=day.month, day=day.day)


def dash_clocks_beside_day(
    text: str, grammar: RangeGrammar, members: list[Timex], i: int
) -> FoundRange | None:
    """ "Monday 3-8", "6-8 next Monday": two bare hours joined by a dash right beside the day
    ``members[i]``; None when there are none or they may be a score."""
    d = members[i]
    if d.granularity is not Granularity.DAY:
        return None
    if not (
        _DIGIT_NEAR.match(text, d.end)
        or _DIGIT_NEAR_END.search(text, max(0, d.start - _LOOK), d.start)
    ):
        return None  # the cheap look: no number right beside the day
    rule = _dash_rule(grammar)
    if rule is None:
        return None
    part = d.value[-2:] if _DAY_PART.search(d.value) else None
    day = parse_point(_DAY_PART.sub("", d.value))
    if day is None or day.day is None or day.has_clock:
        return None
    lowered = text.lower()
    limit = members[i + 1].start if i + 1 < len(members) else len(text)
    floor = members[i - 1].end if i > 0 else 0
    pair = _pair_after(lowered, grammar, rule, d.end, limit)
    told_after = pair is not None
    if pair is None:
        pair = _pair_before(lowered, grammar, rule, d.start, floor)
    if pair is None:
        return None
    start, end, m1, m2 = pair
    hours = _hours(m1, m2, part, told_after)
    span = (d.start, end) if told_after else (start, d.end)
    if hours is None or _score_before(lowered, grammar, span[0]):
        return None
    (h1, n1), (h2, n2) = hours
    first = _member(text, d, day, rule.id, m1, h1, n1)
    last = _member(text, d, day, rule.id, m2, h2, n2)
    return FoundRange(span[0], span[1], rule, first, last, None, None)


def _dash_rule(grammar: RangeGrammar) -> RangeRule | None:
    """The rule without an opener whose connector is a dash ("8-9am")."""
    return next((r for r in grammar.rules if not r.needs_opener and r.gap.fullmatch("-")), None)


_Pair = tuple[int, int, re.Match[str], re.Match[str]]


def _pair_at(lowered: str, rule: RangeRule, at: int) -> _Pair | None:
    """Two hours and the dash between them, starting at ``at`` (start, end, both hours)."""
    m1 = _HOUR.match(lowered, at)
    if m1 is None:
        return None
    gap = rule.gap.match(lowered, m1.end())
    if gap is None or not gap.group().strip() or gap.group().strip()[:1].isalnum():
        return None
    m2 = _HOUR.match(lowered, gap.end())
    if m2 is None or not _PAIR_END.match(lowered, m2.end()):
        return None
    return at, m2.end(), m1, m2


def _pair_after(
    lowered: str, grammar: RangeGrammar, rule: RangeRule, at: int, limit: int
) -> _Pair | None:
    spaces = _SPACES.match(lowered, at)
    if spaces is None or spaces.end() >= limit:
        return None
    found = _pair_at(lowered, rule, spaces.end())
    if found is None or found[1] > limit or _not_a_clock_after(lowered, grammar, found[1]):
        return None
    return found


def _pair_before(
    lowered: str, grammar: RangeGrammar, rule: RangeRule, at: int, floor: int
) -> _Pair | None:
    window = lowered[max(floor, at - _LOOK) : at]
    if not window.endswith((" ", "\t")):
        return None
    start = max(floor, at - _LOOK)
    for m in re.finditer(r"(?<![\w:.,/-])\d", window):
        found = _pair_at(lowered, rule, start + m.start())
        if found is not None and not lowered[found[1] : at].strip():
            return found
    return None


def _not_a_clock_after(lowered: str, grammar: RangeGrammar, end: int) -> bool:
    """ "Monday 5-6 March", "Friday 3-4 percent": a date or a number, no clock range."""
    rest = lowered[end : end + _LOOK]
    stripped = rest.lstrip()
    if grammar.month_word.match(stripped) is not None:
        return True
    return grammar.not_after is not None and grammar.not_after.match(rest) is not None


def _score_before(lowered: str, grammar: RangeGrammar, at: int) -> bool:
    """ "beat them Sunday 3-8", "rose Monday 6-8": a score or a change of values."""
    before = lowered[max(0, at - _LOOK * 2) : at]
    if grammar.not_before.search(before) is not None:
        return True
    return grammar.changes is not None and grammar.changes.search(clause_end(before)) is not None


def _hours(
    m1: re.Match[str], m2: re.Match[str], part: str | None, told_after: bool
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "3-8" is 3:00 to 8:00 (15:00 to 20:00 in the evening); "11-4" after a day is 11:00 to
    16:00; a pair going down otherwise ("5-4") is a score."""
    h1, h2 = int(m1["hour"]), int(m2["hour"])
    n1, n2 = int(m1["minute"] or 0), int(m2["minute"] or 0)
    if (h2, n2) <= (h1, n1):
        if not (told_after and h1 >= _NOON - 1 and h2 < h1):
            return None
        h2 += _NOON
    elif part in _LATER_PARTS and h2 < _NOON:
        h1, h2 = h1 + _NOON, h2 + _NOON
    return (h1, n1), (h2, n2)


def _member(
    text: str, d: Timex, day: Point, rule: str, m: re.Match[str], hour: int, minute: int
) -> Timex:
    point = Point(day.year, day.month, day.day, hour, minute)
    return member_timex(d, m.start(), m.end(), text[m.start() : m.end()], point, rule, d.anchor)
