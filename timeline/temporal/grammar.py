"""Compile a language's rules into regular expressions, once per language (cached).

Patterns in the data files use placeholders (``{month}``, ``{year}``, ``{count}`` ...) that expand
to named groups: word lists become alternations, numeric ones are language-neutral.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.temporal.builders import BUILDERS
from timeline.temporal.lexicon import LanguageData, RuleSpec, load_language
from timeline.temporal.prefilter import AnchorScan, parse_rule, required_strings
from timeline.temporal.rule_starts import opener
from timeline.temporal.token_trie import add_word, trie_regex
from timeline.temporal.year_words import year_word_regex

logger = logging.getLogger(__name__)

NUMERIC_PLACEHOLDERS = {
    "year": r"(?P<year>(?<![\d.,])(?:1\d|20)\d\d(?!\d|[.,]\d))",
    "year2": r"(?P<year>'?\d\d)",
    "year_or_yy": r"(?P<year>(?:1\d|20)\d\d|\d\d)(?![\d]|[.,]\d)",
    "day": r"(?P<day>3[01]|[12]\d|0?[1-9])",
    "month_num": r"(?P<month>1[0-2]|0?[1-9])",
    "hour": r"(?P<hour>[01]?\d|2[0-3])",
    "minute": r"(?P<minute>[0-5]\d)",
    "second": r"(?P<second>[0-5]\d)",
    "decade": r"(?P<decade>(?:1\d|20)\d)0",
    "n1": r"(?P<n1>[0-3]?\d)",
    "n2": r"(?P<n2>[0-3]?\d)",
    "roman": r"(?P<roman>[IVXLC]{1,7})",
    "s": r"\s+",
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")  # not "{4}": a regex repeat
ABBREVIATED = ("month", "weekday")  # short forms may carry a dot: "Jan.", "Mo."
DAY_CLOCK = "day_clock"  # rules that only run right after a day: "today [at 9]", "Montag [um 8]"


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to scan text."""

    id: str
    kind: str
    regex: re.Pattern[str]
    options: Mapping[str, Any]
    examples: tuple[str, ...]
    priority: int
    anchors: frozenset[str] | None = None  # one of these occurs in every match (None: unknown)
    opener: frozenset[str] | None = None  # what a match can open with (rule_starts.opener)

    def may_match(self, lowered: str) -> bool:
        """False when no anchor occurs in the text: the scan can be skipped (it is the cost)."""
        return self.anchors is None or any(anchor in lowered for anchor in self.anchors)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled rules and cue expressions."""

    data: LanguageData
    rules: tuple[CompiledRule, ...]
    tense_cues: re.Pattern[str]  # groups: future, past, present
    speech: re.Pattern[str] | None
    # these four run on the lower-cased text, like the rules
    mod_before: re.Pattern[str] | None  # mod word right before an expression (inside span)
    signal_before: re.Pattern[str] | None  # signal right before an expression (outside span)
    not_after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    ahead_rules: frozenset[str]  # ids of "in two days" rules: a duration when told in the past
    clock_joiner: re.Pattern[str] | None  # what may stand between a day and its clock time
    clause_break: re.Pattern[str] | None  # words that open a new clause ("that", "dass")
    anchor_scan: AnchorScan  # every rule's anchors, found in a text in one scan
    day_mods: frozenset[str] | None = None  # mod words that may modify a single day (None: all)
    # on the original text, at a number's start: the number counts things ("1500 Geschützen")
    count: re.Pattern[str] | None = None
    # clock times that count only right after a day ("Monday [at 2.30]"): a bare "at 5" is no time
    day_clocks: tuple[CompiledRule, ...] = ()
    # " after " / " before " between a count and a day: groups ``after``, ``before``
    moved_by: re.Pattern[str] | None = None
    # a record or a first right before "in four years": a span looked back on, not a date
    # ahead ("the first time in four years", "a maior alta em seis anos")
    look_back: re.Pattern[str] | None = None


def alternation(words: Iterable[str], dotted: Collection[str] = ()) -> str:
    """Longest-first alternation of literal words, any whitespace between their parts.

    Words in ``dotted`` (abbreviations: "jan", "mo") may carry a dot ("Jan. 10").
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        tokens: list[str] = []
        for index, part in enumerate(word.split()):
            tokens += ([r"\s+"] if index else []) + [re.escape(c) for c in part]
        if word in dotted and len(word) <= 4 and word.isalpha():
            tokens.append(r"\.?")
        add_word(trie, tokens)
    return trie_regex(trie) if trie else r"(?!x)x"


def abbreviations(words: Mapping[str, Any]) -> frozenset[str]:
    """Words that shorten a longer word of the same value ("jan" of "january", "di" of
    "dienstag"): they may carry a dot; a full name ("May", "mai") ending a sentence may not."""
    return frozenset(
        w
        for w, value in words.items()
        if any(
            o != w and len(o) > len(w) and o[:2] == w[:2] for o, v in words.items() if v == value
        )
    )


def placeholders(data: LanguageData) -> dict[str, str]:
    """Every placeholder a pattern of this language may use, as a regex with a named group."""
    table = dict(NUMERIC_PLACEHOLDERS)
    for name, words in data.words.items():
        dotted = abbreviations(words) if name in ABBREVIATED else ()
        table[name] = f"(?P<{name}>{alternation(words, dotted)})"
    numbers = alternation(data.words.get("number", {}))
    table["count"] = rf"(?P<count>\d+(?:[.,]\d+)?|{numbers})"
    suffix = f"(?:{data.ordinal_suffix})" if data.ordinal_suffix else ""
    ordinals = alternation(data.words.get("ordinal", {}))
    table["ordnum"] = rf"(?P<ordnum>\d{{1,2}}{suffix}|{ordinals})"
    table["day_word"] = f"(?P<day>{alternation(_words_in(data, ('ordinal', 'number'), 1, 31))})"
    table["minute_word"] = (
        rf"(?P<minute>[0-5]\d|{alternation(_words_in(data, ('number',), 1, 59))})"
    )
    spoken_years = year_word_regex(data.words.get("number", {}), data.year_templates, alternation)
    if spoken_years:  # "nineteen seventy-two"
        table["year_word"] = f"(?P<year_word>{spoken_years})"
    table["hour_word"] = (
        rf"(?P<hour>[01]?\d|2[0-3]|{alternation(_words_in(data, ('number',), 0, 24))})"
    )
    return table


def _words_in(data: LanguageData, lists: tuple[str, ...], low: int, high: int) -> list[str]:
    """Words of ``lists`` worth ``low..high`` ("first", "twelve"); not "a" or "un", too common."""
    return [
        word
        for name in lists
        for word, value in data.words.get(name, {}).items()
        if isinstance(value, int) and low <= value <= high and len(word) >= 3
    ]


def expand(pattern: str, table: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders; unknown names are an error."""

    def one(match: re.Match[str]) -> str:
        name = match[1]
        if name not in table:
            raise KeyError(f"unknown placeholder {{{name}}}")
        return table[name]

    return _PLACEHOLDER.sub(one, pattern)


_ESCAPE_OR_UPPER = re.compile(r"\\.|\(\?P[<=]\w+|[^\W\d_a-z]+")


def lower_pattern(pattern: str) -> str:
    """Lower-case the letters of a regex, leaving escapes (``\\S``, ``\\D``) alone.

    Rules run on the lower-cased text without ``re.IGNORECASE``, which is much faster.
    """
    return _ESCAPE_OR_UPPER.sub(lambda m: m[0] if m[0][0] in "\\(" else m[0].lower(), pattern)


def lower_text(text: str) -> str:
    """The text in lower case with every offset kept (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def compile_rule(spec: RuleSpec, table: Mapping[str, str]) -> CompiledRule:
    """One rule's regex, bounded so that it never starts or ends inside a word.

    The regex matches lower-cased text (see ``lower_text``).
    """
    body = lower_pattern(expand(spec.pattern, table))
    regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    parsed = parse_rule(regex)  # read once for both the prefilter and the rule's openers
    return CompiledRule(
        spec.id,
        spec.kind,
        regex,
        spec.options,
        spec.examples,
        int(spec.options.get("priority", 0)),
        required_strings(regex.pattern, parsed),
        opener(regex, parsed),
    )


def _words_regex(words: Iterable[str], suffix: str = "") -> re.Pattern[str] | None:
    words = list(words)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words)}){suffix}", re.IGNORECASE)


def _look_back_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """A ``look_back`` word and at most two more words at the end of the text before an
    expression ("highest level ", "pela primeira vez ")."""
    words = list(words)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{lower_pattern(alternation(words))})(?:\s+[^\W\d_]+){{0,2}}\s+$")


def _cue_regex(data: LanguageData) -> re.Pattern[str]:
    groups = []
    for name in ("future", "past", "present"):
        options = [alternation(data.cues.get(name, ()))] if data.cues.get(name) else []
        options += list(data.cues.get(f"{name}_pattern", ()))
        if options:
            groups.append(rf"(?P<{name}>(?<!\w)(?:{'|'.join(options)})(?!\w))")
    return re.compile("|".join(groups) or r"(?!x)x", re.IGNORECASE)


@cache
def grammar_for(code: str) -> Grammar:
    """The compiled grammar of a language (falls back to English like ``load_language``)."""
    data = load_language(code)
    table = placeholders(data)
    rules = []
    day_clocks = []
    for spec in data.rules:
        if spec.kind == DAY_CLOCK:
            try:
                day_clocks.append(compile_rule(spec, table))
            except (re.error, KeyError) as error:
                logger.warning("temporal rule %s skipped: %s", spec.id, error)
            continue
        if spec.kind not in BUILDERS:
            logger.warning("temporal rule %s skipped: unknown kind %r", spec.id, spec.kind)
            continue
        try:
            rules.append(compile_rule(spec, table))
        except (re.error, KeyError) as error:
            logger.warning("temporal rule %s skipped: %s", spec.id, error)
    mods = data.words.get("mod", {})
    signals = data.words.get("signal_mod", {})
    mod_before = re.compile(rf"(?<!\w)(?P<mod>{alternation(mods)})\s*$") if mods else None
    signal_before = re.compile(rf"(?<!\w)(?P<mod>{alternation(signals)})\s+$") if signals else None
    not_after = data.cues.get("not_after", ())
    not_before = data.cues.get("not_before", ())
    return Grammar(
        data=data,
        rules=tuple(rules),
        tense_cues=_cue_regex(data),
        speech=_words_regex(data.cues.get("speech", ()), r"(?!\w)"),
        mod_before=mod_before,
        signal_before=signal_before,
        not_after=re.compile(rf"\s*(?:{lower_pattern(alternation(not_after))})(?!\w)")
        if not_after
        else None,
        # a whole word right before the number: "Resolution 1636", not "dissolution"
        not_before=re.compile(rf"(?<!\w)(?:{lower_pattern(alternation(not_before))})\s*$")
        if not_before
        else None,
        look_back=_look_back_regex(data.cues.get("look_back", ())),
        ahead_rules=frozenset(r.id for r in rules if r.kind == "ahead"),
        clock_joiner=_joiner_regex(data),
        clause_break=_words_regex(data.cues.get("clause_break", ()), r"(?!\w)"),
        count=re.compile("|".join(data.cues["count_pattern"]))
        if data.cues.get("count_pattern")
        else None,
        day_mods=frozenset(data.cues["day_mod"]) if "day_mod" in data.cues else None,
        day_clocks=tuple(day_clocks),
        moved_by=_moved_by_regex(data),
        anchor_scan=AnchorScan(frozenset(a for r in rules if r.anchors for a in r.anchors)),
    )


def _moved_by_regex(data: LanguageData) -> re.Pattern[str] | None:
    """ "two days **after** Christmas", "2 semanas **antes de** hoje" (lower-cased text)."""
    after, before = data.cues.get("shift_after", ()), data.cues.get("shift_before", ())
    if not after and not before:
        return None
    after_words = lower_pattern(alternation(after)) if after else r"(?!x)x"
    before_words = lower_pattern(alternation(before)) if before else r"(?!x)x"
    return re.compile(rf"\s+(?:(?P<after>{after_words})|(?P<before>{before_words}))\s+")


def _joiner_regex(data: LanguageData) -> re.Pattern[str] | None:
    """ "at", "um", "pukul", a comma or nothing, between a day and a clock time."""
    joiners = data.cues.get("clock_joiner", ())
    if not joiners:
        return None
    words = lower_pattern(alternation(j for j in joiners if j.strip()))
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{words})\s+)?")
