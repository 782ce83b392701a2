"""Join two resolved timexes told as one span of time into a ``TimexRange``.

"from May to October 2020", "5 to 6pm", "2014-2018", "vom 3. bis 5. März": the tagger finds
each member on its own (TimeML annotates them so); this step, after resolution, looks only
where a connector of the language (``ranges:`` in ``lang/<code>.yaml``) sits right beside a
member. A member may be a bare number the tagger alone rightly ignores ("5", "3.", "92"): the
range completes it from the other member (hour and half of the day, month, year), and a
member without a year takes the other's, or the year told after the range ("from April to
June in 2017"). Nothing that is no date is joined: a range needs one member the tagger found,
and the language's "not a date" cues ("percent", "aged", "pages") still hold.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.model import Anchor, Granularity, Timex, TimexRange, TimexType
from timeline.temporal.range_bare import bare_after, bare_before, opener_start
from timeline.temporal.range_clock_days import clock_on_told_day, dash_clocks_beside_day
from timeline.temporal.range_clocks import clocks_beside_day
from timeline.temporal.range_context import (
    FoundRange,
    aligned,
    beside,
    in_order,
    year_of_previous,
)
from timeline.temporal.range_data import MemberKind, RangeGrammar, RangeRule, range_grammar
from timeline.temporal.range_listed_days import listed_day_ranges
from timeline.temporal.range_period_edges import find_period_edges, over_windows
from timeline.temporal.range_reread import in_part_of_day, with_frames
from timeline.temporal.range_spans import durations_from_dates
from timeline.temporal.range_values import (
    duration,
    mod_day,
    parse_point,
    revalued,
)
from timeline.temporal.range_windows import find_windows

logger = logging.getLogger(__name__)

_MAX_GAP = 24  # characters between two tagged members
_JOINABLE = (TimexType.DATE, TimexType.TIME)


@dataclass(frozen=True)
class Tagged:
    """The timexes of a text (members corrected and completed) and the ranges they form."""

    timexes: tuple[Timex, ...]
    ranges: tuple[TimexRange, ...] = ()


def join_ranges(
    text: str, lang: str, timexes: Sequence[Timex], dct: dt.date | None = None
) -> Tagged:
    """The ranges among ``timexes`` of ``text``, and the windows counted from ``dct`` ("the
    next 3 days"); never raises (warns and joins nothing)."""
    if not isinstance(text, str):
        return Tagged(tuple(timexes))
    try:
        grammar = range_grammar(str(lang or "en"))
        joined = _join(text, grammar, sorted(timexes, key=_position))
        lowered = text.lower()
        if len(lowered) != len(text):  # offsets must hold in the lower-case text
            return joined
        found = list(joined.timexes), list(joined.ranges)
        found = with_frames(text, lowered, grammar, *found, dct)
        found = in_part_of_day(text, lowered, grammar, *found)
        found[1].extend(listed_day_ranges(text, lowered, grammar, *found))  # "Tue or Wed 9-5"
        out, ranges = sorted(found[0], key=_position), found[1]
        windows = find_windows(text, grammar.windows, out, dct)
        ranges += over_windows(find_period_edges(text, grammar.edges, out), windows)
        ranges += durations_from_dates(text, grammar.windows.rules, out, ranges)
        if not ranges:
            return joined
        return Tagged(tuple(out), tuple(sorted(ranges, key=_position_of)))
    except Exception as error:  # ranges are a bonus: the timexes must still come out
        logger.warning(
            "temporal.ranges: nothing joined in a %d-character text: %s", len(text), error
        )
        return Tagged(tuple(timexes))


def _position_of(r: TimexRange) -> tuple[int, int]:
    return r.start, r.end


def _position(t: Timex) -> tuple[int, int]:
    return t.start, t.end


def _join(text: str, grammar: RangeGrammar, members: list[Timex]) -> Tagged:
    if not grammar.rules:
        return Tagged(tuple(members))
    out = list(members)
    added: list[Timex] = []
    ranges: list[TimexRange] = []
    used: set[int] = set()
    for i, timex in enumerate(members):
        if i in used or not _joinable(timex):
            continue
        found = _find(text, grammar, members, i, used)
        if found is None:
            found = clocks_beside_day(text, grammar, members, i)
            if found is None:
                found = dash_clocks_beside_day(text, grammar, members, i)
            if found is None:
                continue
            used.add(i)
        else:
            found = beside(text, grammar, members, found, used)
        span = duration(found.first, found.last)
        if span is None:
            continue
        found = replace(found, first=_as_point(found.first), last=_as_point(found.last))
        for index, member in ((found.first_index, found.first), (found.last_index, found.last)):
            if index is None:
                added.append(member)
            else:
                used.add(index)
                out[index] = member
        ranges.append(
            TimexRange(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                first=found.first,
                last=found.last,
                duration=span,
                rule=found.rule.id,
                first_day=mod_day(found.first, as_first=True),
                last_day=mod_day(found.last, as_first=False),
            )
        )
    if not ranges:
        return Tagged(tuple(members))
    return Tagged(tuple(sorted(out + added, key=_position)), tuple(ranges))


_CONNECTOR_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


def _as_point(member: Timex) -> Timex:
    """A member is the range's begin or end point: "until" or "seit" before it (a mod the
    tagger took from the connector: "bis Juni 1940" BEFORE) says nothing more of it."""
    return replace(member, mod=None) if member.mod in _CONNECTOR_MODS else member


def _joinable(t: Timex) -> bool:
    return t.type in _JOINABLE and (t.first_day is not None or parse_point(t.value) is not None)


def _find(
    text: str, grammar: RangeGrammar, members: list[Timex], i: int, used: set[int]
) -> FoundRange | None:
    """A range with ``members[i]`` as its first member (or its last, after a bare one)."""
    a = members[i]
    if i > 0 and year_of_previous(text, grammar, members[i - 1], a):
        return None
    following = members[i + 1] if i + 1 < len(members) else None
    if (
        following is not None
        and i + 1 not in used
        and _joinable(following)
        and following.start - a.end <= _MAX_GAP
    ):
        found = _tagged_pair(text, grammar, a, following, i, i + 1, a.end)
        if found is not None:
            return found
        found = _pair_after_own_year(text, grammar, members, i, used)
        if found is not None:
            return found
    limit = following.start if following is not None else len(text)
    found = bare_after(text, grammar, a, i, limit)
    if found is not None:
        return found
    floor = members[i - 1].end if i > 0 else 0
    return bare_before(text, grammar, a, i, floor)


def _pair_after_own_year(
    text: str, grammar: RangeGrammar, members: list[Timex], i: int, used: set[int]
) -> FoundRange | None:
    """ "26 June in 2019 to 28 June in 2020": the first member with the year told after it."""
    a, year = members[i], members[i + 1]
    if i + 2 >= len(members) or i + 2 in used or not year_of_previous(text, grammar, a, year):
        return None
    b, pa, py = members[i + 2], parse_point(a.value), parse_point(year.value)
    if pa is None or py is None or py.year is None or not _joinable(b):
        return None
    if b.start - year.end > _MAX_GAP:
        return None
    dated = revalued(a, replace(pa, year=py.year), Anchor.ABSOLUTE)
    found = _tagged_pair(text, grammar, dated, b, i, i + 2, year.end)
    if found is not None:
        used.add(i + 1)
    return found


def _tagged_pair(
    text: str, grammar: RangeGrammar, a: Timex, b: Timex, i: int, j: int, gap_start: int
) -> FoundRange | None:
    """Two members the tagger found, ``members[i]`` and ``members[j]``, if a rule joins them."""
    gap = text[gap_start : b.start].lower()
    into_b = text[gap_start : b.start + _lead(b)].lower()
    for rule in grammar.rules:
        if not rule.gap.fullmatch(gap) and not (into_b != gap and rule.gap.fullmatch(into_b)):
            continue
        start = opener_start(text, rule, a.start, _lead(a))
        if start is None or not _kinds_allowed(rule, a, b) or _year_qualifies(text, a, b):
            continue
        if _unlike_without_opener(rule, gap, a, b):
            continue
        first, last = aligned(grammar, a, b, rule.needs_opener)
        if first is not None and last is not None:  # "3am - 12pm next Monday"
            first, last = clock_on_told_day(grammar.code, first, last)
        if first is None or last is None or not in_order(first, last):
            continue
        return FoundRange(start, b.end, rule, first, last, i, j)
    return None


_ENDING_SPANS = (Granularity.WEEK, Granularity.QUARTER, Granularity.SEASON)


def _unlike_without_opener(rule: RangeRule, gap: str, a: Timex, b: Timex) -> bool:
    """ "its first quarter to September", "the week to Friday": without an opener, a week,
    quarter or season "to" a date of another kind is the span ending then, no range."""
    if rule.needs_opener or not gap.strip()[:1].isalpha():
        return False
    return a.granularity in _ENDING_SPANS and b.granularity != a.granularity


_FIRST_WORD = re.compile(r"[^\W\d]+\s+(?=\S)")


def _lead(t: Timex) -> int:
    """Length of a member's first word when the tagger kept a preposition in it ("à 18h")."""
    m = _FIRST_WORD.match(t.text)
    return m.end() if m else 0


def _kind(t: Timex) -> MemberKind:
    point = parse_point(t.value)
    if point is not None and point.has_clock:
        return MemberKind.TIME
    return MemberKind.YEAR if point is not None and point.year_only else MemberKind.DATE


def _kinds_allowed(rule: RangeRule, a: Timex, b: Timex) -> bool:
    kinds = {_kind(a), _kind(b)}
    if MemberKind.TIME in kinds and len(kinds) > 1:
        return False  # a day and a clock time are no range ("Monday 5pm")
    if rule.max_years is not None and not _within_years(a, b, rule.max_years):
        return False
    return rule.members is None or kinds <= rule.members


def _within_years(a: Timex, b: Timex, years: int) -> bool:
    if a.first_day is None or b.first_day is None:
        return False
    return 0 < b.first_day.year - a.first_day.year <= years


def _year_qualifies(text: str, a: Timex, b: Timex) -> bool:
    """ "triwulan I-2015", "Q1-2017": a year written tight after a dash qualifies what stands
    before it (no year of its own) and ends no range."""
    gap = text[a.end : b.start]
    point = parse_point(b.value)
    tight = len(gap) == 1 and not gap.isalnum()
    return tight and point is not None and point.year_only and a.anchor is not Anchor.ABSOLUTE
