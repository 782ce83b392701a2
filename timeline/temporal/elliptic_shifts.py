"""A shift told twice with its unit told once: "this week or next", "this or next week",
"dieses oder nächstes Jahr", "letzte Woche oder diese".

The bare shift word ("next", "this", "nächstes") is no date alone; joined by a ``list_joiner``
word to a shifted unit ("this week"), it takes that unit: two expressions, as the
alternatives they are. A bare word followed by a date word ("this week or next Monday") is part
of that other expression, so the bare word must end its clause.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from timeline.model import Granularity, Tense
from timeline.temporal.expression import Expression
from timeline.temporal.grammar import Grammar, alternation

logger = logging.getLogger(__name__)

_UNITS = (Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR)
_REACH = 40  # characters before a shifted unit searched for its bare partner


_Patterns = tuple[re.Pattern[str], re.Pattern[str]] | None
_COMPILED: dict[str, _Patterns] = {}  # by language code: compiled once, like the rules


def _patterns(grammar: Grammar) -> _Patterns:
    """(the bare shift after a shifted unit, the bare shift before it), or None when the
    language lists no shift words or joiners."""
    code = grammar.data.code
    if code not in _COMPILED:
        _COMPILED[code] = _compiled(grammar)
    return _COMPILED[code]


def _compiled(grammar: Grammar) -> _Patterns:
    data = grammar.data
    shifts = tuple(data.words.get("shift", {}))
    joiners = data.cues.get("list_joiner", ())
    if not shifts or not joiners:
        return None
    shift = alternation(shifts)
    joiner = alternation(joiners)
    # the bare word ends its clause: "this year or next, it said"; not "this week or next
    # Monday" (part of "next Monday") nor "this year and next to none"
    ends = alternation(joiners + data.cues.get("clause_break", ()))
    clause_end = rf"(?=\s*(?:[.,;:!?)\"'»]|$)|\s+(?:{ends})(?![\w-]))"
    after = re.compile(rf"\s*,?\s+(?:{joiner})\s+(?P<shift>{shift}){clause_end}")
    before = re.compile(rf"(?<![\w-])(?P<shift>{shift})\s*,?\s+(?:{joiner})\s+$")
    return after, before


def _shifted_unit(e: Expression) -> bool:
    """ "this week", "next year", "nächstes Jahr": a named (not counted) shift of a whole unit."""
    return (
        e.unit in _UNITS
        and e.offset is not None
        and not e.counted
        and not e.anaphoric
        and e.value is None
        and e.day is None
        and e.weekday is None
        and e.month is None
        and e.part is None
    )


def share_shift_units(
    text: str, lowered: str, grammar: Grammar, expressions: list[Expression]
) -> list[Expression]:
    """Add the bare shift words joined to a shifted unit, each with that unit."""
    patterns = _patterns(grammar)
    if patterns is None or not any(_shifted_unit(e) for e in expressions):
        return expressions
    after, before = patterns
    taken = [(e.start, e.end) for e in expressions]
    added: list[Expression] = []
    for e in expressions:
        if not _shifted_unit(e):
            continue
        found = []
        if m := after.match(lowered, e.end):
            found.append((m.start("shift"), m.end("shift")))
        floor = max(0, e.start - _REACH)
        if m := before.search(lowered[floor : e.start]):
            found.append((floor + m.start("shift"), floor + m.end("shift")))
        for start, end in found:
            if any(s < end and start < t for s, t in taken):
                continue
            offset = grammar.data.word("shift", lowered[start:end])
            if not isinstance(offset, int):
                continue
            added.append(
                replace(
                    e,
                    start=start,
                    end=end,
                    text=text[start:end],
                    offset=offset,
                    tense=Tense.UNKNOWN,
                )
            )
            taken.append((start, end))
    if not added:
        return expressions
    logger.debug("temporal: %d bare shift words take their partner's unit", len(added))
    return sorted(expressions + added, key=lambda x: x.start)
