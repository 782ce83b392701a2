"""Clock ranges told in words inside a frame: "from three thirty to four thirty", "between two
thirty and two forty-five".

Each member is an hour word (1..12) and a minutes word, so "from three to four" (which may
count anything) stays no range; the opener and the connector are those of the language's
frame rules (``ranges:`` with an ``opener``). German, Portuguese and Spanish tell the
minutes another way ("halb drei", "três e meia") and have their own rules. The members take
the publication date's day, as a lone clock time does; a part of the day told after the range
moves them after noon (``range_reread.in_part_of_day``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from timeline.model import Timex
from timeline.temporal.grammar import alternation, grammar_for
from timeline.temporal.range_data import RangeGrammar, range_grammar
from timeline.temporal.range_frames import Frame, clause_end, frame_matches, frame_member
from timeline.temporal.range_values import Bare, Point, bare_hour, parse_point

__all__ = ["word_clock_frames"]

_NOON = 12
_LOOK = 40
_MIN_WORD = 3  # "a", "an" count as one elsewhere; no clock word is that short


@cache
def _regex(code: str) -> re.Pattern[str] | None:
    """Opener, hour and minutes words, connector, hour and minutes words (lower case)."""
    grammar = range_grammar(code)
    numbers = grammar_for(code).data.words.get("number", {})
    hours = [w for w, n in numbers.items() if isinstance(n, int) and 1 <= n <= _NOON]
    minutes = [w for w, n in numbers.items() if isinstance(n, int) and 1 <= n <= 59]
    hours = [w for w in hours if len(w) >= _MIN_WORD]
    minutes = [w for w in minutes if len(w) >= _MIN_WORD]
    if not grammar.frame_rules or not hours or not minutes:
        return None
    openers = "|".join(f"(?:{opener.pattern})" for _, opener, _ in grammar.frame_rules)
    gaps = "|".join(f"(?:{gap.pattern})" for _, _, gap in grammar.frame_rules)
    hour, minute = alternation(hours), alternation(minutes)
    return re.compile(
        rf"(?<!\w)(?P<opener>{openers})\s+(?P<h1>{hour})[ -](?P<m1>{minute})"
        rf"(?P<gap>{gaps})(?P<h2>{hour})[ -](?P<m2>{minute})(?![\w-])"
    )


def word_clock_frames(
    text: str,
    lowered: str,
    grammar: RangeGrammar,
    dct: dt.date | None,
    timexes: Sequence[Timex] = (),
) -> list[Frame]:
    """The word clock ranges of ``text`` (``lowered``: the text in lower case, as long); a
    last member the tagger read with its half of the day or its day ("three thirty p.m.",
    ``timexes``) gives both members its reading."""
    if dct is None or not grammar.frame_rules:
        return []
    regex = _regex(grammar.code)
    if regex is None:
        return []
    frames = []
    for m in frame_matches(lowered, regex, grammar.frame_starts):
        rule_id = _rule_of(grammar, m)
        before = clause_end(lowered[max(0, m.start() - _LOOK) : m.start()])
        if rule_id is None or grammar.not_before.search(before):
            continue
        if grammar.changes is not None and grammar.changes.search(before):
            continue  # "rose from three thirty to four thirty": values
        told = next((t for t in timexes if t.start == m.start("h2") and t.end >= m.end()), None)
        points = _points(grammar.code, m, dct, told)
        if points is None:
            continue
        end = told.end if told is not None else m.end()
        first = frame_member(text, m.start("h1"), m.end("m1"), points[0], rule_id)
        last = frame_member(text, m.start("h2"), end, points[1], rule_id)
        frames.append(Frame(m.start(), end, rule_id, first, last))
    return frames


def _rule_of(grammar: RangeGrammar, m: re.Match[str]) -> str | None:
    """The frame rule whose opener and connector the match holds."""
    for rule_id, opener, gap in grammar.frame_rules:
        if opener.fullmatch(m["opener"]) and gap.fullmatch(m["gap"]):
            return rule_id
    return None


def _points(
    code: str, m: re.Match[str], dct: dt.date, told: Timex | None
) -> tuple[Point, Point] | None:
    """Both clock times, in order ("from eleven thirty to one fifteen" ends at 13:15)."""
    words = grammar_for(code).data
    values = [words.word("number", m[g]) for g in ("h1", "m1", "h2", "m2")]
    if not all(isinstance(v, int) for v in values):
        return None
    h1, n1, h2, n2 = (int(v) for v in values)
    last = parse_point(told.value) if told is not None else None
    if last is not None and last.has_clock and last.day is not None:
        first = bare_hour(Bare(h1, n1), last, bare_first=True)
        return (first, last) if first is not None else None
    if (h2, n2) <= (h1, n1):
        if h2 + _NOON <= h1:
            return None
        h2 += _NOON
    day = (dct.year, dct.month, dct.day)
    return Point(*day, h1, n1), Point(*day, h2, n2)
