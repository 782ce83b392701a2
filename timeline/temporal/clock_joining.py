"""A day and its clock time as one expression: "Tuesday at 9 a.m.", "10 p.m. Wednesday",
"today at 9", "Montag um 8", "amanhã às 9".

Two steps after the rules have run: a clock time a language writes only after a day
(``day_clock`` rules: "at 5" alone is a score or a count) is looked for right after each day;
then a day and a clock expression side by side, with a ``clock_joiner`` word between, are joined.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.model import Granularity, TimexType
from timeline.temporal.builders import BUILDERS, Match
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar


def _is_clock(e: Expression) -> bool:
    """A clock time alone ("9 a.m."): zero days from the narrative's day, with a time."""
    return e.anaphoric and e.offset == 0 and bool(e.part) and ":" in str(e.part)


_DAY_PARTS = ("MO", "AF", "EV", "NI")
_LATER_PARTS = ("AF", "EV", "NI")  # "tomorrow evening at 7" is 19:00
_NOON = 12
_SMALL_HOURS_END = 6  # "tonight at 1" is 01:00, "tonight at 9" 21:00


def _is_day(e: Expression) -> bool:
    """A single day a clock time may belong to ("Tuesday", "tomorrow evening", "May 3")."""
    return (
        e.granularity is Granularity.DAY
        and (not e.part or e.part in _DAY_PARTS)
        and not e.anaphoric
        and (e.day is not None or e.weekday is not None or e.unit is Granularity.DAY)
    )


def join_clock_times(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """ "Tuesday at 9 a.m.", "10 p.m. Wednesday": one expression, the day with its time."""
    if grammar.clock_joiner is None or len(expressions) < 2:
        return expressions
    out: list[Expression] = []
    for e in expressions:
        previous = out[-1] if out else None
        if previous is not None and grammar.clock_joiner.fullmatch(lowered, previous.end, e.start):
            day, clock = (previous, e) if _is_clock(e) else (e, previous)
            if _is_day(day) and _is_clock(clock):
                start, end = previous.start, e.end
                out[-1] = replace(
                    day,
                    start=start,
                    end=end,
                    text=text[start:end],
                    part=_clock_in_part(str(clock.part), day.part),
                    type=TimexType.TIME,
                )
                continue
        out.append(e)
    return out


def _clock_in_part(clock: str, part: str | None) -> str:
    """A clock time told with a later part of the day: "7" in the evening is 19:00; "1" at
    night stays 01:00 (small hours), "9" at night is 21:00."""
    hour, minute = clock.split(":", 1)
    if not hour.isdigit() or int(hour) >= _NOON or part not in _LATER_PARTS:
        return clock
    if part == "NI" and int(hour) < _SMALL_HOURS_END:
        return clock
    return f"{int(hour) + _NOON:02d}:{minute}"


_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?")
_NUMBER_GOES_ON = re.compile(r"[.,:]?\d")


def attach_day_clocks(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """ "today at 9", "Monday at 2.30", "amanhã às 9", "heute Abend um 8": a clock time that
    a language writes only after a day (``day_clock`` rules) becomes that day's time; alone,
    "at 5" stays no time (a score, a count)."""
    if not grammar.day_clocks:
        return expressions
    out: list[Expression] = []
    index = 0
    while index < len(expressions):
        e = expressions[index]
        index += 1
        clock = (
            _day_clock_after(text, lowered, grammar, e)
            if _is_day(e) and not _has_clock(e)
            else None
        )
        if clock is None:
            out.append(e)
            continue
        following = expressions[index] if index < len(expressions) else None
        if following is not None and following.start < clock.end:
            if following.end > clock.end:  # "today at 9 a.m.": the joiner step takes it whole
                out.append(e)
                continue
            index += 1  # a shorter reading inside the clock ("5" of "at 5.30") is dropped
        out.append(
            replace(
                e,
                end=clock.end,
                text=text[e.start : clock.end],
                part=_clock_in_part(str(clock.part), e.part),
                type=TimexType.TIME,
            )
        )
    return out


def _has_clock(e: Expression) -> bool:
    """Already told to the minute ("today at 9")."""
    return bool(e.part and ":" in e.part)


def _day_clock_after(
    text: str, lowered: str, grammar: Grammar, day: Expression
) -> Expression | None:
    """The longest ``day_clock`` match right after ``day`` (a comma or spaces between)."""
    gap = _GAP.match(lowered, day.end)
    position = gap.end() if gap else day.end
    best: Expression | None = None
    for rule in grammar.day_clocks:
        m = rule.regex.match(lowered, position)
        if m is None or m.end() == position or (best is not None and m.end() <= best.end):
            continue
        if _NUMBER_GOES_ON.match(lowered, m.end()) or (
            grammar.not_after is not None and grammar.not_after.match(lowered, m.end())
        ):
            continue  # "on Friday at 50 percent", "at 1,015 francs", "March 3 nine thirty people"
        match = Match(
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            m.groupdict(),
            rule.id,
            rule.options,
            grammar.data,
        )
        built = BUILDERS[rule.kind](match)
        if built is not None and built.part and ":" in built.part:
            best = built
    return best
