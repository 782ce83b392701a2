"""Counted windows: "the next 3 days", "the past five years", "within 9 months",
"nos últimos cinco anos", "tiga hari ke depan".

The tagger keeps such a phrase a DURATION (``P3D``), as TimeBank annotates it; this step adds
the span of time it covers, a ``TimexRange`` counted from the publication date. TimeBank
anchors a past window's end and a coming window's start at the document's date (``endPoint``
/ ``beginPoint`` = DCT): "the past N units" are the whole days from N units before the date
to the day before it; "the next N units" the days from the day after it to N units after it;
"within N units" starts on the date itself. Quarters count whole calendar quarters ("the past
two quarters" told in October are the second and third). A window tied to another time
("the last four months of 2021", "three days after the attack") or an uncounted one ("the
coming weeks") is left alone. The window's ends are not written in the text: its ``first`` and
``last`` are synthetic member timexes spanning the whole window phrase, with the window rule's
id as their rule, and they are not added to the text's timexes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from timeline.model import Anchor, Granularity, Timex, TimexRange, TimexType
from timeline.temporal.calendar import add_months, interval
from timeline.temporal.grammar import alternation
from timeline.temporal.lexicon import LanguageDataError

WINDOW_FIELDS = {"id", "direction", "before", "after", "after_for", "examples"}
_CONTEXT = 40  # characters looked at beside a duration for its direction word
_COUNTED = re.compile(r"^P(?P<n>[1-9]\d{0,2})(?P<unit>[DWMYQ])$")
_COMPOUND = re.compile(r"\w-\w+$")
_DIGITS = re.compile(r"\d+")
_MONTHS_PER = {"M": 1, "Q": 3, "Y": 12}


class Direction(StrEnum):
    """Which side of the anchor a window lies on (``direction:`` of a window rule)."""

    NEXT = "next"  # the days after the anchor day
    PAST = "past"  # the days before the anchor day
    WITHIN = "within"  # from the anchor day on
    STARTING = "starting"  # from the date told after it: "3 days starting Monday"


@dataclass(frozen=True)
class WindowRule:
    """One compiled window rule: a direction word before or after a counted duration."""

    id: str
    direction: Direction
    before: re.Pattern[str] | None  # search: a word before the count ("next", "últimos")
    after: re.Pattern[str] | None  # search: a word after the unit ("ke depan", "terakhir")
    examples: tuple[str, ...]
    cues: tuple[str, ...] = ()  # the words, for a cheap look before the regexes
    gap: re.Pattern[str] | None = None  # starting: fullmatch between duration and date
    gap_before: re.Pattern[str] | None = None  # starting: between date and duration ("for")
    gap_after_for: re.Pattern[str] | None = None  # "for 2 hours from 2pm" ("from" alone: a day)
    lead_for: re.Pattern[str] | None = None  # search: a ``before`` word ends the text


@dataclass(frozen=True)
class WindowGrammar:
    """A language's window rules, what ties a window to another time ("of 2021"), and its
    number and unit words (a date read from "de komende drie dagen" must name a count)."""

    rules: tuple[WindowRule, ...] = ()
    tied: re.Pattern[str] | None = None
    count: re.Pattern[str] | None = None
    unit: re.Pattern[str] | None = None
    fillers: frozenset[str] = frozenset()  # may stand between the word and the count ("the")
    vague: re.Pattern[str] | None = None  # "a year or two": no count to window


def parse_windows(
    code: str,
    raw: Any,
    tied: list[str],
    numbers: list[str],
    units: list[str],
    fillers: Sequence[str] = (),
    ors: Sequence[str] = (),
) -> WindowGrammar:
    """Check and compile the ``windows:`` list of a ``ranges:`` section (``tied``: the
    ``window_tied`` words; ``numbers``, ``units``: the language's words)."""
    if raw is None:
        return WindowGrammar()
    if not isinstance(raw, list):
        raise LanguageDataError(f"{code}: ranges: windows must be a list of rules")
    return WindowGrammar(
        rules=tuple(_window(code, r) for r in raw),
        tied=re.compile(rf"\s*(?:{alternation(tied)})(?!\w)") if tied else None,
        count=re.compile(rf"\d|(?<!\w)(?:{alternation(numbers)})(?!\w)" if numbers else r"\d"),
        unit=re.compile(rf"(?<!\w)(?:{alternation(units)})(?!\w)") if units else None,
        fillers=frozenset(fillers),
        vague=re.compile(
            rf"\s+(?:{alternation(ors)})\s+(?:\d+|{alternation(numbers)})(?!\w)"
            rf"(?!\s+(?:{alternation(units)})(?!\w))"
        )
        if ors and numbers and units
        else None,
    )


def _words(code: str, raw: Any, what: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise LanguageDataError(f"{code}: window rule: {what} must be a list of words")
    return [w.lower() for w in raw]


def _window(code: str, raw: Any) -> WindowRule:
    if not isinstance(raw, dict) or not {"id", "direction", "examples"} <= raw.keys():
        raise LanguageDataError(f"{code}: every window rule needs id, direction, examples")
    unknown = raw.keys() - WINDOW_FIELDS
    if unknown:
        raise LanguageDataError(f"{code}: window rule {raw['id']}: unknown {sorted(unknown)}")
    rule_id = str(raw["id"])
    if not rule_id.startswith(f"{code}.range."):
        raise LanguageDataError(f"{code}: window rule id {rule_id!r} must be '{code}.range.*'")
    try:
        direction = Direction(str(raw["direction"]))
    except ValueError:
        raise LanguageDataError(f"{code}: window rule {rule_id}: direction") from None
    before, after = (
        _words(code, raw.get("before"), "before"),
        _words(code, raw.get("after"), "after"),
    )
    after_for = _words(code, raw.get("after_for"), "after_for")
    examples = _words(code, raw["examples"], "examples")
    if not (before or after) or not examples:
        raise LanguageDataError(f"{code}: window rule {rule_id} needs words and examples")
    return WindowRule(
        id=rule_id,
        direction=direction,
        # the word, then at most two words before the duration or up to three inside it
        before=re.compile(rf"(?<!\w)(?P<dir>{alternation(before)})(?:\s+[^\s,;.]+){{1,5}}$")
        if before
        else None,
        after=re.compile(rf"^(?:[^\s,;.]+\s+){{1,3}}(?:{alternation(after)})(?!\w)")
        if after
        else None,
        examples=tuple(str(e) for e in raw["examples"]),
        cues=tuple(before + after),
        gap=re.compile(rf"\s*,?\s*(?:{alternation(after)})\s+(?:the\s+)?")
        if direction is Direction.STARTING and after
        else None,
        gap_before=re.compile(rf"\s*,?\s*(?:{alternation(before)})\s+")
        if direction is Direction.STARTING and before
        else None,
        gap_after_for=re.compile(rf"\s*,?\s*(?:{alternation(after_for)})\s+")
        if direction is Direction.STARTING and after_for
        else None,
        lead_for=re.compile(rf"(?<!\w)(?:{alternation(before)})\s+$")
        if direction is Direction.STARTING and before
        else None,
    )


def find_windows(
    text: str, grammar: WindowGrammar, timexes: Sequence[Timex], dct: dt.date | None
) -> list[TimexRange]:
    """The windows the counted durations among ``timexes`` (in text order) cover, counted
    from ``dct``, or,
    in a narrative (the date told last before was read against the story: "am 7. April ...
    innerhalb der nächsten vier Tage"), from that day; none when that date is no day."""
    if dct is None or not grammar.rules:
        return []
    found = []
    told: Timex | None = None  # the last date told before ``t``
    previous: Timex | None = None
    for t in timexes:  # in text order
        if t.type is not TimexType.DURATION and t.first_day is not None:
            told, previous = t, told
        else:
            previous = told
        if t.type is not TimexType.DURATION and t.anchor is not Anchor.PUBLICATION:
            continue  # the cheap look: no count of units from the date
        counted = _counted(t, dct, grammar)
        if counted is None:
            continue
        window = _window_of(text, grammar, t)
        if window is None:
            continue
        rule, start, end = window
        if any(o is not t and o.start < t.start and o.end > start for o in timexes):
            continue  # "last Sunday 3 days": the word belongs to another timex
        n, unit = counted
        anchor, day = Anchor.PUBLICATION, dct
        narrative = previous is not None and previous.anchor is Anchor.PREVIOUS
        if t.type is TimexType.DURATION and previous is not None and narrative:
            if previous.granularity is not Granularity.DAY or previous.first_day is None:
                continue  # counted from a day of the story that no date names
            anchor, day = Anchor.PREVIOUS, previous.first_day
        days = _days(rule.direction, abs(n), unit, day)
        if days is None:
            continue
        first, last = days
        found.append(
            TimexRange(
                start=start,
                end=end,
                text=text[start:end],
                first=synthetic_member(text, start, end, first, rule.id, anchor),
                last=synthetic_member(text, start, end, last, rule.id, anchor),
                duration=t.value if t.type is TimexType.DURATION else f"P{abs(n)}{unit}",
                rule=rule.id,
                first_day=_span(first)[0],
                last_day=_span(last)[1],
            )
        )
    return found


_UNITS = {
    Granularity.DAY: "D",
    Granularity.WEEK: "W",
    Granularity.MONTH: "M",
    Granularity.YEAR: "Y",
}


def _counted(t: Timex, dct: dt.date, grammar: WindowGrammar) -> tuple[int, str] | None:
    """How many of which unit a duration counts ("P3D": 3, "D"); a date some units from the
    publication date ("in de komende drie dagen" read as the day it ends) counts them too,
    signed (its text must name the count: "next week" is a week, not a window)."""
    if t.mod is not None or _COMPOUND.search(t.text):
        return None  # "a 60-day deadline", "the next five-year term": a length, no window
    if t.type is TimexType.DURATION:
        m = _COUNTED.match(t.value)
        return (int(m["n"]), m["unit"]) if m else None
    unit = _UNITS.get(t.granularity) if t.granularity is not None else None
    if t.type is not TimexType.DATE or t.anchor is not Anchor.PUBLICATION or unit is None:
        return None
    if t.first_day is None:
        return None
    if unit == "D":
        n = (t.first_day - dct).days
    elif unit == "W":
        n = (t.first_day - (dct - dt.timedelta(days=dct.weekday()))).days // 7
    elif unit == "M":
        n = (t.first_day.year - dct.year) * 12 + t.first_day.month - dct.month
    else:
        n = t.first_day.year - dct.year
    said = t.text.lower()
    if n == 0 or grammar.count is None or grammar.unit is None:
        return None
    if grammar.count.search(said) is None or grammar.unit.search(said) is None:
        return None
    if (digits := _DIGITS.search(said)) and int(digits[0]) != abs(n):
        return None  # "the 15th day of next month": a day named, not 15 days counted
    return n, unit


def _window_of(text: str, grammar: WindowGrammar, t: Timex) -> tuple[WindowRule, int, int] | None:
    """The rule and span of the window phrase around the duration ``t``."""
    floor = max(0, t.start - _CONTEXT)
    head = text[floor : t.end].lower()
    tail = text[t.start : t.end + _CONTEXT].lower()
    around = text[floor : t.end + _CONTEXT].lower()
    for rule in grammar.rules:
        if rule.direction is Direction.STARTING or not any(cue in around for cue in rule.cues):
            continue
        start, end = None, t.end
        if rule.before is not None and (m := rule.before.search(head)) is not None:
            between = head[m.end("dir") : t.start - floor].split()
            # "within the 9 months", "innerhalb von 9 Monaten"; not "to last over a week"
            if not between or (len(between) == 1 and between[0] in grammar.fillers):
                start = min(floor + m.start(), t.start)
        if start is None and rule.after is not None:
            m = rule.after.match(tail)
            if m is not None and m.end() >= t.end - t.start:
                start, end = t.start, t.start + m.end()
        if start is None:
            continue
        after = text[end : end + _CONTEXT].lower()
        if grammar.vague is not None and grammar.vague.match(after):
            return None  # "within a year or two"
        if grammar.tied is not None and grammar.tied.match(after):
            return None  # "the last four months of 2021": counted from another time
        return rule, start, end
    return None


def _days(direction: Direction, n: int, unit: str, dct: dt.date) -> tuple[str, str] | None:
    """The values of the window's first and last member."""
    if unit == "Q" and direction is not Direction.WITHIN:
        return _quarters(direction, n, dct)
    try:
        if direction is Direction.PAST:
            return shift(dct, unit, -n).isoformat(), (dct - dt.timedelta(days=1)).isoformat()
        if direction is Direction.NEXT:
            return (dct + dt.timedelta(days=1)).isoformat(), shift(dct, unit, n).isoformat()
        last = shift(dct, unit, n) - dt.timedelta(days=1)
        return dct.isoformat(), last.isoformat()
    except (ValueError, OverflowError):
        return None


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` days, weeks, months, quarters or years."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    return add_months(day, n * _MONTHS_PER[unit])


def _quarters(direction: Direction, n: int, dct: dt.date) -> tuple[str, str] | None:
    """ "the past two quarters": the whole quarters before the current one (after it: next)."""
    current = dct.year * 4 + (dct.month - 1) // 3
    first, last = (
        (current - n, current - 1) if direction is Direction.PAST else (current + 1, current + n)
    )
    if first < 4:
        return None
    return f"{first // 4:04d}-Q{first % 4 + 1}", f"{last // 4:04d}-Q{last % 4 + 1}"


def _span(value: str) -> tuple[dt.date | None, dt.date | None]:
    found = interval(value)
    return (found[1], found[2]) if found else (None, None)


def synthetic_member(
    text: str, start: int, end: int, value: str, rule: str, anchor: Anchor
) -> Timex:
    """A synthetic end of a window: the whole phrase's span, a day (or a quarter) as value."""
    found = interval(value)
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=TimexType.DATE,
        value=value,
        rule=rule,
        anchor=anchor,
        granularity=found[0] if found else Granularity.DAY,
        first_day=found[1] if found else None,
        last_day=found[2] if found else None,
    )
