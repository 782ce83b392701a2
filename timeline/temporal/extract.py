"""Find temporal expressions: run a language's rules, keep the best non-overlapping matches.

The result says only what the text literally says (``Expression``): calendar fields, shifts,
tense, mods, reported-speech frames. Resolution against an anchor happens in ``resolve``.
"""

from __future__ import annotations

import bisect
import logging
import re

from timeline.model import Granularity, Tense, TimexType
from timeline.temporal.builders import BUILDERS, Match, clock_shift_duration
from timeline.temporal.clock_joining import attach_day_clocks, join_clock_times
from timeline.temporal.compound_counts import join_compound_counts
from timeline.temporal.day_parts import attach_day_parts
from timeline.temporal.elliptic_shifts import share_shift_units
from timeline.temporal.expression import Expression
from timeline.temporal.expression_copy import revised
from timeline.temporal.grammar import Grammar, grammar_for, lower_text
from timeline.temporal.listed_day_parts import share_listed_parts
from timeline.temporal.listed_days import share_list_context
from timeline.temporal.moved_dates import join_moved_days
from timeline.temporal.rule_match import duration_value
from timeline.temporal.rule_starts import RuleStarts
from timeline.temporal.tense import Sentences, reported_content_tense, speech_frame, tense_at

logger = logging.getLogger(__name__)

_ARITHMETIC_BEFORE = re.compile(r"[+×*=]\s*$|\d\s*[-–:]\s*$")
#: Characters before a number searched for a word that makes it no date ("Resolution 1636").
NOT_BEFORE_REACH = 24
#: The end of a range that opens with a decimal ("quoted at 1.1700-1702 dollars"), not a date
#: ("12.03.2005-13.03.2005": the number before the dash is part of a dotted date).
_DECIMAL_RANGE_BEFORE = re.compile(r"(?<![\d.,])\d+[.,]\d+\s*[-–]\s*$")
_ARITHMETIC_AFTER = re.compile(r"\s*(?:[+×*=]\s*\d|[-–:]\s*\d{1,2}(?!\d))")
_SPEECH_ANCHORABLE = (Granularity.DAY, Granularity.WEEK)
_MOD_REACH = 30

Candidate = tuple[int, int, int, Expression]  # start, end, priority, expression


def extract(text: str, lang: str) -> list[Expression]:
    """Underspecified temporal expressions of ``text`` in text order; never raises."""
    if not isinstance(text, str):
        logger.warning(
            "temporal.extract: expected text, got %s; nothing tagged", type(text).__name__
        )
        return []
    try:
        return _extract(text, grammar_for(str(lang or "en")))
    except Exception as error:  # the tagger must never take the pipeline down
        logger.warning("temporal.extract failed on a %d-character text: %s", len(text), error)
        return []


def _extract(text: str, grammar: Grammar) -> list[Expression]:
    lowered = lower_text(text)
    candidates = list(_candidates(text, lowered, grammar))
    chosen = _non_overlapping(candidates)
    if not chosen:
        return []
    chosen = [e for e in chosen if not _inside_a_name(text, e)]
    chosen = attach_day_clocks(text, lowered, grammar, chosen)
    chosen = join_clock_times(text, lowered, grammar, chosen)
    chosen = join_moved_days(text, lowered, grammar, chosen)
    chosen = join_compound_counts(text, lowered, grammar, chosen)
    chosen = attach_day_parts(text, lowered, grammar, chosen)
    chosen = share_list_context(text, lowered, grammar, chosen)
    chosen = share_shift_units(text, lowered, grammar, chosen)
    chosen = share_listed_parts(text, lowered, grammar, chosen)
    sentences = Sentences(text)
    out = [_finish(text, lowered, grammar, sentences, e) for e in chosen]
    return _frame_speech(text, grammar, sentences, out)


_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’&-]*[ \t]+$")


def _inside_a_name(text: str, e: Expression) -> bool:
    """ "News Today", "USA Today": a capitalised deictic word in a run of capitalised words."""
    if not (
        (e.value is not None and e.value.endswith("_REF"))
        or (
            e.unit is Granularity.DAY
            and e.offset is not None
            and e.day is None
            and e.weekday is None
        )
    ):
        return False
    if not e.text[:1].isupper():
        return False
    return bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, e.start - 40), e.start))


def _candidates(text: str, lowered: str, grammar: Grammar) -> list[Candidate]:
    found: list[Candidate] = []
    starts = RuleStarts(lowered)
    present = grammar.anchor_scan.present(lowered)
    for rule in grammar.rules:
        build = BUILDERS.get(rule.kind)
        if build is None:
            continue
        if rule.anchors is not None and rule.anchors.isdisjoint(present):
            continue
        capitalized = bool(rule.options.get("capitalized"))
        lowercase = bool(rule.options.get("lowercase"))
        for m in starts.matches(rule.regex, rule.opener):
            start, end = m.span()
            if start == end:
                continue
            if capitalized and not text[start].isupper():
                continue
            if lowercase and not text[start].islower():
                continue
            if _is_number_not_date(lowered, grammar, start, end):
                continue
            if grammar.count is not None and grammar.count.match(text, start):
                continue
            match = Match(
                start, end, text[start:end], m.groupdict(), rule.id, rule.options, grammar.data
            )
            expression = build(match)
            if expression is not None:
                found.append((start, end, rule.priority, expression))
    return found


def _is_number_not_date(text: str, grammar: Grammar, start: int, end: int) -> bool:
    """Percentages, money, sums and scores: a number beside them is no date."""
    if text[end - 1].isdigit():
        if grammar.not_after and grammar.not_after.match(text, end):
            return True
        if _ARITHMETIC_AFTER.match(text, end) and end - start <= 2:
            return True
    if text[start].isdigit():
        before = text[max(0, start - NOT_BEFORE_REACH) : start]
        if grammar.not_before and grammar.not_before.search(before):
            return True
        if _ARITHMETIC_BEFORE.search(before) and end - start <= 2:
            return True
        if _DECIMAL_RANGE_BEFORE.search(before) and text[end - 1].isdigit():
            return True  # not a clock with its half of the day: "9.30-4.30pm"
    return False


def _non_overlapping(candidates: list[Candidate]) -> list[Expression]:
    """Longest matches first, then the higher priority, then the earlier rule."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []  # sorted, never overlapping
    chosen: list[Expression] = []
    for start, end, _, expression in candidates:
        at = bisect.bisect_left(taken, (start, end))
        if (at > 0 and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end):
            continue
        taken.insert(at, (start, end))
        chosen.append(expression)
    chosen.sort(key=lambda e: e.start)
    return chosen


def _finish(
    text: str, lowered: str, grammar: Grammar, sentences: Sentences, e: Expression
) -> Expression:
    """Add tense and mods; an "in two days" told in the past is a duration."""
    tense = e.tense
    if tense is Tense.UNKNOWN:
        tense = tense_at(grammar, text, sentences, e.start, e.end)
        e = revised(e, tense=tense)
    if tense is Tense.PAST and _speech_anchorable(e):
        reported = reported_content_tense(grammar, text, sentences, e.start, e.end)
        if reported is not None:  # "said on Tuesday the troops leave in two days"
            tense = reported
            e = revised(e, tense=tense)
    looks_back = tense is Tense.PAST or _after_a_record(lowered, grammar, e)
    told_in_past = looks_back and e.unit is not None and e.offset is not None
    if e.rule in grammar.ahead_rules and told_in_past:
        assert e.unit is not None and e.offset is not None
        value = clock_shift_duration(e) or duration_value(abs(e.offset), e.unit.value)
        e = revised(
            e,
            type=TimexType.DURATION,
            value=value,
            offset=None,
            unit=None,
            granularity=None,
            part=None,
        )
    if e.type in (TimexType.DATE, TimexType.TIME) and e.mod is None:
        e = _with_mod(text, lowered, grammar, e)
    return e


def _after_a_record(lowered: str, grammar: Grammar, e: Expression) -> bool:
    """ "the first time in four years", "highest in six years": the span looked back on."""
    if grammar.look_back is None or e.rule not in grammar.ahead_rules:
        return False
    return grammar.look_back.search(lowered, max(0, e.start - _MOD_REACH), e.start) is not None


def _speech_anchorable(e: Expression) -> bool:
    """A shift by days or weeks from now ("in two days"): what reported speech may anchor."""
    return (
        e.offset is not None and e.offset != 0 and not e.anaphoric and e.unit in _SPEECH_ANCHORABLE
    )


def _with_mod(text: str, lowered: str, grammar: Grammar, e: Expression) -> Expression:
    before = lowered[max(0, e.start - _MOD_REACH) : e.start]
    offset = e.start - len(before)
    if grammar.mod_before and (m := grammar.mod_before.search(before)):
        if _single_day(e) and not _modifies_a_day(grammar, m["mod"]):
            return e  # "a pris fin hier": "fin" is the noun of the verb, not END of yesterday
        mod = grammar.data.word("mod", m["mod"])
        start = offset + m.start()
        return revised(e, start=start, text=text[start : e.end], mod=str(mod))
    if grammar.signal_before and (m := grammar.signal_before.search(before)):
        return revised(e, mod=str(grammar.data.word("signal_mod", m["mod"])))
    return e


def _single_day(e: Expression) -> bool:
    """A day and nothing coarser: "yesterday", "Tuesday", "March 3"."""
    return e.granularity is Granularity.DAY and (
        e.day is not None or e.weekday is not None or e.unit is Granularity.DAY
    )


def _modifies_a_day(grammar: Grammar, word: str) -> bool:
    """Whether a mod word may modify a single day (a language's ``day_mod`` cues; all if none)."""
    if grammar.day_mods is None:
        return True
    return " ".join(word.split()) in grammar.day_mods


def _frame_speech(
    text: str, grammar: Grammar, sentences: Sentences, expressions: list[Expression]
) -> list[Expression]:
    """Tie future shifts inside reported speech to the day the speech was made."""
    days = [
        (e.start, e.end)
        for e in expressions
        if (e.type is TimexType.DATE and e.granularity is Granularity.DAY and e.is_deictic)
        or e.day is not None
    ]
    out = []
    for e in expressions:
        if _speech_anchorable(e) and e.tense in (Tense.FUTURE, Tense.PRESENT):
            frame = speech_frame(grammar, text, sentences, e.start, e.end, days)
            if frame is not None:
                e = revised(e, speech_start=frame.start, speech_end=frame.end)
        out.append(e)
    return out
