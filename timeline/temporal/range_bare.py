"""Range members the tagger left bare ("5" in "5 to 6pm", "92" in "1990-92", "3." in "vom 3.
bis 5. März"), completed from the tagged member beside them, and where a range's opener starts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.model import Timex
from timeline.temporal.grammar import grammar_for
from timeline.temporal.range_context import FoundRange, in_order
from timeline.temporal.range_data import MemberKind, RangeGrammar, RangeRule
from timeline.temporal.range_values import Bare, Point, complete_bare, member_timex, parse_point

WINDOW = 48  # characters looked at beside a member for a bare one (and an opener)


def opener_start(text: str, rule: RangeRule, at: int, lead: int = 0) -> int | None:
    """Where the range opens: ``at``, or its opener's start; None when a needed one is missing.

    The opener may be the first word of the member itself ("dalle 17" in "dalle 17 alle 18").
    """
    if rule.opener is None:
        return at
    window_start = max(0, at - WINDOW)
    m = rule.opener.search(text[window_start:at].lower())
    if m is None and lead:
        m = rule.opener.search(text[window_start : at + lead].lower())
    if m is None:
        return None
    return window_start + m.start("opener")


def _too_many_years(rule: RangeRule, partner: Point, point: Point) -> bool:
    """ "1939/40" is a season; a rule's ``max_years`` keeps "2010/20" apart."""
    if rule.max_years is None or not point.year_only:
        return False
    if partner.year is None or point.year is None:
        return True
    return point.year - partner.year > rule.max_years


def bare_after(text: str, grammar: RangeGrammar, a: Timex, i: int, limit: int) -> FoundRange | None:
    """ "April 9 through 17", "1990-92": a tagged first member, then a bare last one."""
    partner = parse_point(a.value)
    if partner is None:
        return None
    window = text[a.end : min(limit, a.end + WINDOW)].lower()
    if not window or window[0].isalnum() or not grammar.may_follow(window):
        return None
    for rule in grammar.rules:
        m = rule.bare_after.match(window)
        if m is None:
            continue
        start = opener_start(text, rule, a.start)
        if start is None or _not_a_date_after(grammar, text, a.end + m.end("bare")):
            continue
        point = complete_bare(_bare(grammar, m), partner, bare_first=False)
        if point is not None and _too_many_years(rule, partner, point):
            continue
        if point is None or (rule.members is not None and _point_kind(point) not in rule.members):
            continue
        b_start, b_end = a.end + m.start("bare"), a.end + _bare_end(m, point)
        last = member_timex(a, b_start, b_end, text[b_start:b_end], point, rule.id, a.anchor)
        last = replace(last, mod=_bare(grammar, m).mod)
        if in_order(a, last):
            return FoundRange(start, b_end, rule, a, last, i, None)
    return None


def bare_before(
    text: str, grammar: RangeGrammar, b: Timex, i: int, floor: int
) -> FoundRange | None:
    """ "vom 3. bis 5. März", "5 to 6pm": a bare first member, then a tagged last one."""
    partner = parse_point(b.value)
    if partner is None:
        return None
    window_start = max(floor, b.start - WINDOW)
    window = text[window_start : b.start].lower()
    if not window or window[-1].isalnum() or not grammar.may_precede(window):
        return None
    for rule in grammar.rules:
        m = rule.bare_before.search(window)
        if m is None:
            continue
        a_start = window_start + m.start("bare")
        if _not_a_date_before(grammar, text, a_start):
            continue
        point = complete_bare(_bare(grammar, m), partner, bare_first=True)
        if point is None or (rule.members is not None and _point_kind(point) not in rule.members):
            continue
        a_end = window_start + _bare_end(m, point)
        first = member_timex(b, a_start, a_end, text[a_start:a_end], point, rule.id, b.anchor)
        first = replace(first, mod=_bare(grammar, m).mod)
        if not in_order(first, b):
            continue
        start = window_start + m.start("opener") if rule.opener is not None else a_start
        return FoundRange(start, b.end, rule, first, b, None, i)
    return None


def _bare_end(m: re.Match[str], point: Point) -> int:
    """Where a bare member ends: an ordinal's dot belongs to a day, not to a year or an hour
    ("1990-92." ends a sentence)."""
    if m["num"] and (point.year_only or point.has_clock):
        return m.end("minute") if m["minute"] else m.end("num")
    return m.end("bare")


def _point_kind(point: Point) -> MemberKind:
    if point.has_clock:
        return MemberKind.TIME
    return MemberKind.YEAR if point.year_only else MemberKind.DATE


def _bare(grammar: RangeGrammar, m: re.Match[str]) -> Bare:
    data = grammar_for(grammar.code).data
    if m["n1"]:
        month, day = (m["n1"], m["n2"]) if data.numeric_order == "mdy" else (m["n2"], m["n1"])
        return Bare(int(day), month=int(month))
    if m["month"]:
        return Bare(None, month=int(data.word("month", m["month"])))
    if m["ordinal"]:
        return Bare(int(data.word("ordinal", m["ordinal"])), ordinal=True)
    if m["mod"]:
        return Bare(None, mod=dict(grammar.mods).get(m["mod"]))
    minute = int(m["minute"]) if m["minute"] else None
    ordinal = bool(m.groupdict().get("suffix"))
    return Bare(int(m["num"]), minute=minute, ordinal=ordinal, digits=len(m["num"]))


def _not_a_date_after(grammar: RangeGrammar, text: str, end: int) -> bool:
    """ "5 to 6 percent", "18 to 25 people": the tagger's own cues after a number."""
    after = text[end : end + WINDOW].lower()
    return grammar.not_after is not None and grammar.not_after.match(after) is not None


def _not_a_date_before(grammar: RangeGrammar, text: str, start: int) -> bool:
    """ "aged 18 to 25", "pages 10-12", "$5 to 6pm"? : cues right before the bare member."""
    before = text[max(0, start - WINDOW) : start].lower()
    if grammar.not_before.search(before):
        return True
    return grammar.not_before_numbers is not None and bool(
        grammar.not_before_numbers.search(before[-8:])
    )
