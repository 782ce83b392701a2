"""Days named in one list share its month, year or week: "March 3 and 4", "am 3. und 4. März",
"les 3, 4 et 5 mars", "the 22nd, 23rd or 31st of March", "July 17th, 18th, or 19th", "next
week on Tuesday or Thursday", "Tuesday or Thursday next week".

A bare day number is no date on its own ("3 and 4" may count anything), so it becomes one only
inside such a list, joined by a comma or a language's ``list_joiner`` word ("and", "und", "e",
"et") to a day that names its month. Read forward ("March 3 and 4") a number must carry an
ordinal suffix or end the clause: "on March 3 and 4 more were held" keeps "4" a count. A bare
weekday joined the same way to a weekday of a shifted week takes that week.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import cache

from timeline.model import Granularity, TimexType
from timeline.temporal.calendar import valid_date
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar, alternation, lower_pattern

logger = logging.getLogger(__name__)

_ENDS_WITH_DAY = re.compile(r"\d(?:[^\W\d_]{1,2}|\.)?$")
_WINDOW = 80  # characters looked at before a dated day for the days listed ahead of it
_MAX_LISTED = 6  # days a list may add beside its dated one


def share_list_context(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """Add the bare days listed beside a dated day; give listed weekdays their week."""
    patterns = _patterns(grammar)
    if patterns is None or not expressions:
        return expressions
    joiner, before, after = patterns
    added: list[Expression] = []
    for e in expressions:
        if _dated_day(e):
            added += _listed_before(lowered, text, before, e)
            if _ENDS_WITH_DAY.search(e.text):  # "March 3", "July 17th": the month comes first
                added += _listed_after(lowered, text, after, e)
    # "August 3 and August 5": a number inside a date that names its month is no listed day
    added = [
        a for a in added if not any(_overlaps(a, e) and e.month is not None for e in expressions)
    ]
    if added:
        taken = [(a.start, a.end) for a in added]
        kept = [e for e in expressions if not any(s < e.end and e.start < t for s, t in taken)]
        expressions = sorted(kept + added, key=lambda x: x.start)
    expressions = _share_weeks(lowered, joiner, expressions)
    return _listed_weekdays(text, lowered, grammar, expressions)


def _listed_weekdays(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """ "terça, qua, qui. ou 6a", "Tuesday, Wed or Thu": short weekdays after a weekday.

    A short form ("wed", "qua", "sexta") is a weekday here only when the list goes on after it
    (another weekday, maybe after a comma or "or") or ends the clause: "Monday, Sun
    Microsystems said" and "Monday sun and rain" keep their words.
    """
    pattern = _weekday_list_pattern(grammar)
    if pattern is None:
        return expressions
    names = {
        **grammar.data.words.get("weekday", {}),
        **grammar.data.words.get("weekday_listed", {}),
    }
    taken = [(e.start, e.end) for e in expressions]
    added: list[Expression] = []
    for e in expressions:
        if e.weekday is None or e.day is not None or e.month is not None:
            continue
        position = e.end
        while len(added) < _MAX_LISTED * len(expressions):
            m = pattern.match(lowered, position)
            if m is None:
                break
            start, end = m.span("word")
            position = end
            if any(s < end and start < t for s, t in taken):
                continue  # a weekday already found ("Thursday"): the list goes on after it
            weekday = names.get(" ".join(m["word"].split()))
            if not isinstance(weekday, int):
                break
            week = _week_weekday(e)
            added.append(
                Expression(
                    start,
                    end,
                    text[start:end],
                    TimexType.DATE,
                    grammar.data.code + ".listed_weekday",
                    granularity=Granularity.DAY,
                    weekday=weekday,
                    unit=e.unit if week else None,
                    offset=e.offset if week else None,
                    tense=e.tense,
                )
            )
            taken.append((start, end))
    return sorted(expressions + added, key=lambda x: x.start) if added else expressions


def _overlaps(a: Expression, b: Expression) -> bool:
    return a.start < b.end and b.start < a.end


def _dated_day(e: Expression) -> bool:
    """A day that names its month, read from the calendar ("March 3", "4. März 2020")."""
    return (
        e.type is TimexType.DATE
        and e.month is not None
        and e.day is not None
        and e.offset is None
        and e.moved_by is None
        and e.holiday is None
    )


def _listed_before(
    lowered: str, text: str, before: re.Pattern[str], e: Expression
) -> list[Expression]:
    """ "3 and [4 March]", "the 22nd, 23rd or [31st of March]": days read right to left."""
    out: list[Expression] = []
    end = e.start
    while len(out) < _MAX_LISTED:
        m = before.search(lowered, max(0, end - _WINDOW), end)
        if m is None or m.end() != end:
            break
        listed = _listed(text, e, m.start("day"), m.end("day"))
        if listed is None:
            break
        out.append(listed)
        end = m.start("day")
    return out


def _listed_after(
    lowered: str, text: str, after: re.Pattern[str], e: Expression
) -> list[Expression]:
    """ "[March 3] and 4", "[July 17th], 18th, or 19th": days read left to right."""
    out: list[Expression] = []
    start = e.end
    while len(out) < _MAX_LISTED:
        m = after.match(lowered, start)
        if m is None or not (m.group("suffix") or _CLAUSE_END.match(lowered, m.end())):
            break  # "March 3 and 4 more": a count, unless it ends the clause or is an ordinal
        listed = _listed(text, e, m.start("day"), m.end("day"))
        if listed is None:
            break
        out.append(listed)
        start = m.end("day")
    return out


def _listed(text: str, dated: Expression, start: int, end: int) -> Expression | None:
    """The day at ``start:end`` with the month and year of ``dated``; None when no real day."""
    digits = re.match(r"\d+", text[start:end])
    day = int(digits[0]) if digits else 0
    assert dated.month is not None
    if day == dated.day or valid_date(dated.year or 2000, dated.month, day) is None:
        return None
    return Expression(
        start,
        end,
        text[start:end],
        TimexType.DATE,
        dated.rule.split(".")[0] + ".listed_day",
        granularity=Granularity.DAY,
        year=dated.year,
        month=dated.month,
        day=day,
    )


def _share_weeks(
    lowered: str, joiner: re.Pattern[str], expressions: list[Expression]
) -> list[Expression]:
    """ "next week on Tuesday or Thursday": the bare weekday beside a shifted week's one."""
    out = list(expressions)

    def share(source: int, target: int) -> None:
        first, second = sorted((out[source], out[target]), key=lambda x: x.start)
        if not (_week_weekday(out[source]) and _bare_weekday(out[target])):
            return
        if joiner.fullmatch(lowered, first.end, second.start) is not None:
            week = out[source]
            out[target] = replace(out[target], unit=week.unit, offset=week.offset, tense=week.tense)

    for index in range(1, len(out)):  # "next week on Tuesday or Thursday"
        share(index - 1, index)
    for index in range(len(out) - 2, -1, -1):  # "Tuesday or Thursday next week"
        share(index + 1, index)
    return out


def _week_weekday(e: Expression) -> bool:
    return e.weekday is not None and e.unit is Granularity.WEEK and e.offset is not None


def _bare_weekday(e: Expression) -> bool:
    return e.weekday is not None and e.offset is None and e.day is None and e.month is None


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


@cache
def _compiled(code: str, joiners: tuple[str, ...], suffix: str) -> tuple[re.Pattern[str], ...]:
    """The joiner alone, a listed day before a dated one (ending there), one after it."""
    words = lower_pattern(alternation(joiners))
    gap = rf"(?:\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)"
    day = rf"(?P<day>(?<![\w.,/:-])(?:[1-9]|[12]\d|3[01])(?P<suffix>{suffix or '(?!x)x'})?)(?!\d)"
    logger.debug("temporal: list patterns of %s compiled", code)
    return (
        re.compile(rf"\s*(?:,\s*)?(?:(?:{words})\s+)?"),
        re.compile(rf"{day}{gap}(?:the\s+)?$"),
        re.compile(rf"{gap}(?:the\s+)?{day}"),
    )


@cache
def _weekday_list_compiled(
    code: str, joiners: tuple[str, ...], names: tuple[str, ...]
) -> re.Pattern[str]:
    words = lower_pattern(alternation(joiners))
    day = lower_pattern(alternation(names))
    goes_on = rf"\s*(?:,\s*)?(?:(?:{words})\s+)?(?:{day})(?!\w)"
    ends = r"\.?\s*(?:[.;:!?)]|$)"
    logger.debug("temporal: weekday list pattern of %s compiled", code)
    return re.compile(
        rf"\.?(?:\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+|\s+)"
        rf"(?P<word>(?<!\w)(?:{day}))\.?(?!\w)(?=(?:{goes_on})|{ends})"
    )


def _weekday_list_pattern(grammar: Grammar) -> re.Pattern[str] | None:
    joiners = tuple(grammar.data.cues.get("list_joiner", ()))
    short = grammar.data.words.get("weekday_listed", {})
    if not joiners or not short:
        return None
    names = tuple(sorted({*grammar.data.words.get("weekday", {}), *short}))
    return _weekday_list_compiled(grammar.data.code, joiners, names)


def list_gap(grammar: Grammar) -> re.Pattern[str] | None:
    """What may stand between two members of a list: a comma, spaces, a ``list_joiner``."""
    patterns = _patterns(grammar)
    return patterns[0] if patterns else None


def _patterns(grammar: Grammar) -> tuple[re.Pattern[str], ...] | None:
    joiners = grammar.data.cues.get("list_joiner", ())
    if not joiners:
        return None
    return _compiled(grammar.data.code, tuple(joiners), grammar.data.ordinal_suffix)
