"""The ``ranges:`` section of a language file, compiled once per language (cached).

A range rule says what joins two members ("to", "bis", "-") and what must open the range
("between" before "and"). See ``lang/README.md`` ("Ranges") for the format.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

import yaml

from timeline.temporal.grammar import alternation, grammar_for
from timeline.temporal.lexicon import LANG_DIR, LanguageDataError
from timeline.temporal.range_period_edges import EdgeGrammar, parse_period_edges
from timeline.temporal.range_windows import WindowGrammar, parse_windows
from timeline.yaml_loading import load_yaml

logger = logging.getLogger(__name__)

RULE_FIELDS = {"id", "opener", "connector", "members", "max_years", "examples"}
SECTION_FIELDS = {
    "rules",
    "article",
    "year_joiner",
    "day_joiner",
    "not_before",
    "windows",
    "window_tied",
    "hour_words",
    "change_words",
    "part_joiner",
    "window_filler",
    "window_or",
    "period_edges",
}
_NEVER = re.compile(r"(?!x)x")
_NO_WINDOWS = WindowGrammar()
_NO_EDGES = EdgeGrammar()
_DIGIT_BEFORE = r"(?<![\w.,:/–-])"  # a bare member is no part of a longer number ("555-12")


class MemberKind(StrEnum):
    """What a rule may join (``members:``); every kind when the rule names none."""

    YEAR = "year"
    DATE = "date"
    TIME = "time"


@dataclass(frozen=True)
class RangeRule:
    """One compiled range rule."""

    id: str
    gap: re.Pattern[str]  # fullmatch: the text between two members (lower case)
    opener: re.Pattern[str] | None  # search: must end right before the first member
    needs_opener: bool
    bare_after: re.Pattern[str]  # match at a member's end: connector, then a bare member
    bare_before: re.Pattern[str]  # search in a window ending at a member's start
    members: frozenset[MemberKind] | None
    examples: tuple[str, ...]
    max_years: int | None = None  # "1939/40" is a season; "2010/2020" two years, no range
    # two bare clock times after an opener, right after / before a day ("between 3 and 8")
    clocks_after_day: re.Pattern[str] | None = None  # match at the day's end
    clocks_before_day: re.Pattern[str] | None = None  # search, ends at the day's start


@dataclass(frozen=True)
class RangeGrammar:
    """A language's range rules and the words around ranges."""

    code: str
    rules: tuple[RangeRule, ...]
    year_joiner: re.Pattern[str]  # fullmatch: a range, then a year for both ("in 2017")
    day_joiner: re.Pattern[str]  # fullmatch: a clock range and its day ("of April 22")
    not_before: re.Pattern[str]  # search at a window's end: "aged", "pages", "verse"
    month_word: re.Pattern[str]  # search: a member that names a month
    weekday_word: re.Pattern[str]  # search: a member that names a weekday
    not_after: re.Pattern[str] | None  # the tagger's own cues: "percent", "people"
    not_before_numbers: re.Pattern[str] | None
    # a cheap first look (the regexes run only where it passes): first and last words of the
    # connectors (and the articles after them), and the symbols that connect
    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    symbols: str = ""
    day_joiners: frozenset[str] = frozenset()
    # counted windows ("the next 3 days"), and what ties one to another time ("of 2021")
    windows: WindowGrammar = _NO_WINDOWS
    edges: EdgeGrammar = _NO_EDGES  # "the first two weeks of 2021"
    # "from march to may", "tussen 15.00 en 17.00": both members read inside the frame
    frame: re.Pattern[str] | None = None
    frame_rules: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = ()
    frame_starts: tuple[str, ...] = ()  # openers to find by str.find (none: scan the regex)
    month_numbers: tuple[tuple[str, int], ...] = ()
    changes: re.Pattern[str] | None = None  # "stiegen am Montag von 6 bis 7": values
    part_after: re.Pattern[str] = _NEVER  # match at a clock range's end: "in the afternoon"
    parts: tuple[tuple[str, str], ...] = ()  # part-of-day words and their value ("AF")
    mods: tuple[tuple[str, str], ...] = ()  # a bare member that names a part ("anfang")

    def may_follow(self, window: str) -> bool:
        """Whether ``window`` (the text after a member) may open with a connector."""
        head = window.lstrip()[:1]
        if not head:
            return False
        if head in self.symbols:
            return True
        words = window.split(None, 1)
        return bool(words) and words[0] in self.heads

    def may_precede_day(self, window: str) -> bool:
        """Whether ``window`` (the text before a day) may end with a word joining a day."""
        stripped = window.rstrip()
        return bool(stripped) and stripped.rsplit(None, 1)[-1] in self.day_joiners

    def may_precede(self, window: str) -> bool:
        """Whether ``window`` (the text before a member) may end with a connector."""
        stripped = window.rstrip()
        if not stripped:
            return False
        if stripped[-1] in self.symbols:
            return True
        return stripped.rsplit(None, 1)[-1] in self.tails


def _words(raw: Any, what: str, code: str) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(w, str | int) for w in raw):
        raise LanguageDataError(f"{code}: ranges: {what} must be a list of words")
    return [str(w).lower() for w in raw]


def _connector_regex(connectors: Iterable[str]) -> str:
    """Words need spaces around them; symbols ("-", "–", "/") may stand without."""
    words = [c for c in connectors if c[:1].isalnum()]
    symbols = [c for c in connectors if not c[:1].isalnum()]
    options = []
    if words:
        options.append(rf"\s+(?:{alternation(words)})\s+")
    if symbols:
        options.append(rf"\s*(?:{alternation(symbols)})\s*")
    return "(?:" + "|".join(options) + ")" if options else _NEVER.pattern


def _bare_regex(data_words: Mapping[str, Mapping[str, Any]], suffix: str) -> str:
    """A member the tagger alone ignores: "5", "17.", "21st", "9:30", "ninth", "may", "01/25"."""
    ordinals = [
        w for w, v in data_words.get("ordinal", {}).items() if isinstance(v, int) and 1 <= v <= 31
    ]
    months = list(data_words.get("month", {}))
    suffix_group = f"(?P<suffix>{suffix})?" if suffix else ""
    mods = [w for w, _ in part_mods(data_words)]
    mod_group = rf"|(?P<mod>{alternation(mods)})" if mods else ""
    return (
        rf"(?:(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)(?!/?\d)"
        rf"|(?P<num>\d{{1,2}})(?:[:.h](?P<minute>[0-5]\d))?{suffix_group}"
        rf"|(?P<ordinal>{alternation(ordinals)})|(?P<month>{alternation(months, months)})"
        rf"{mod_group})"
    )


_PART_MODS = ("START", "MID", "END")


def part_mods(data_words: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, str]]:
    """The words of a part of a span ("anfang", "mid", "fim de"), also without the short
    word that ties them to a date ("von Anfang bis Ende Mai", "do início ao fim de maio")."""
    found: dict[str, str] = {}
    for word, value in data_words.get("mod", {}).items():
        if value not in _PART_MODS:
            continue
        text = str(word).lower()
        found.setdefault(text, str(value))
        words = text.split()
        if len(words) > 1 and len(words[-1]) <= 3:
            found.setdefault(" ".join(words[:-1]), str(value))
    return sorted(found.items())


_FRAME_CLOCK = r"(?:0\d[0-5]\d|(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?)"  # "0730": 07:30
_CLOCK_PAIR_END = r"(?![\w:]|[.,/–-]\d)"


def _clock(suffix: str, words: str) -> str:
    """A bare clock time: "5", "14.00", "9:30", an hour word "sieben" (``words``: an
    alternation) (groups ``hour<suffix>``, ``minute<suffix>``)."""
    return rf"(?P<hour{suffix}>[01]?\d|2[0-4]|{words})(?:[:.h](?P<minute{suffix}>[0-5]\d))?"


def _max_years(code: str, rule_id: str, raw: Any) -> int | None:
    if raw is None:
        return None
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
        raise LanguageDataError(f"{code}: range rule {rule_id}: max_years must be a number")
    return raw


def _rule(code: str, raw: Any, article: str, bare: str, joiner: str, hours: str) -> RangeRule:
    if not isinstance(raw, dict) or not {"id", "connector", "examples"} <= raw.keys():
        raise LanguageDataError(f"{code}: every range rule needs id, connector, examples: {raw!r}")
    unknown = raw.keys() - RULE_FIELDS
    if unknown:
        raise LanguageDataError(f"{code}: range rule {raw['id']}: unknown fields {sorted(unknown)}")
    rule_id = str(raw["id"])
    openers = _words(raw.get("opener"), "opener", code)
    gap = _connector_regex(_words(raw["connector"], "connector", code)) + article
    opener = rf"(?<!\w)(?P<opener>{alternation(openers)})\s+" if openers else None
    kinds = _words(raw.get("members"), "members", code)
    try:
        members = frozenset(MemberKind(k) for k in kinds) if kinds else None
    except ValueError:
        raise LanguageDataError(f"{code}: range rule {rule_id}: members {kinds}") from None
    examples = tuple(_words(raw["examples"], "examples", code))
    if not examples:
        raise LanguageDataError(f"{code}: range rule {rule_id} has no example")
    before_opener = f"(?:{opener})" if opener else ""
    pair = rf"{before_opener}{article}{_DIGIT_BEFORE}{_clock('', hours)}{gap}{_clock('2', hours)}"
    return RangeRule(
        id=rule_id,
        gap=re.compile(gap),
        opener=re.compile(opener + article + "$") if opener else None,
        needs_opener=bool(openers),
        bare_after=re.compile(rf"{gap}(?P<bare>{bare})(?![\w:]|[.,/–-]\d)"),
        bare_before=re.compile(rf"{before_opener}{article}{_DIGIT_BEFORE}(?P<bare>{bare}){gap}$"),
        members=members,
        max_years=_max_years(code, rule_id, raw.get("max_years")),
        examples=tuple(str(e) for e in raw["examples"]),
        clocks_after_day=re.compile(rf"(?:{joiner})?{pair}{_CLOCK_PAIR_END}") if opener else None,
        clocks_before_day=re.compile(rf"{pair}(?:{joiner})$") if opener else None,
    )


def parse_ranges(code: str, raw: Any) -> RangeGrammar:
    """Check and compile a parsed ``ranges:`` section (raises ``LanguageDataError``)."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{code}: ranges must be a mapping")
    unknown = raw.keys() - SECTION_FIELDS
    if unknown:
        raise LanguageDataError(f"{code}: ranges: unknown keys {sorted(unknown)}")
    grammar = grammar_for(code)
    data = grammar.data
    articles = _words(raw.get("article"), "article", code)
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    bare = _bare_regex(data.words, data.ordinal_suffix)
    day_joiners = _words(raw.get("day_joiner"), "day_joiner", code)
    joiner = _joiner(day_joiners).pattern
    numbers = data.words.get("number", {})
    hours = alternation(w for w, n in numbers.items() if isinstance(n, int) and 1 <= n <= 24)
    rules = tuple(_rule(code, r, article, bare, joiner, hours) for r in raw.get("rules") or [])
    connectors = [
        c for r in raw.get("rules") or [] for c in _words(r.get("connector"), "connector", code)
    ]
    frame_rules = tuple(
        (str(r["id"]), re.compile(alternation(_words(r.get("opener"), "opener", code))), rule.gap)
        for r, rule in zip(raw.get("rules") or [], rules, strict=True)
        if r.get("opener")
    )
    frame_connectors = [
        c
        for r in raw.get("rules") or []
        if r.get("opener")
        for c in _words(r.get("connector"), "connector", code)
    ]
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids) or not all(i.startswith(f"{code}.range.") for i in ids):
        raise LanguageDataError(f"{code}: range rule ids must be unique and '{code}.range.*'")
    not_before = _words(raw.get("not_before"), "not_before", code)
    months = list(data.words.get("month", {}))
    return RangeGrammar(
        code=code,
        rules=rules,
        year_joiner=_joiner(_words(raw.get("year_joiner"), "year_joiner", code)),
        day_joiner=re.compile(joiner),
        not_before=re.compile(rf"(?<!\w)(?:{alternation(not_before)})\s*$")
        if not_before
        else _NEVER,
        month_word=re.compile(rf"(?<!\w)(?:{alternation(months, months)})(?!\w)|\d[./-]\d")
        if months
        else re.compile(r"\d[./-]\d"),
        weekday_word=_any_word([str(w) for w in data.words.get("weekday", {})]) or _NEVER,
        not_after=grammar.not_after,
        not_before_numbers=grammar.not_before,
        heads=frozenset(c.split()[0] for c in connectors if c[:1].isalnum()),
        tails=frozenset(
            [c.split()[-1] for c in connectors if c[:1].isalnum()]
            + [a.split()[-1] for a in articles]
        ),
        day_joiners=frozenset(w.split()[-1] for w in day_joiners),
        symbols="".join(sorted({c[0] for c in connectors if not c[:1].isalnum()})),
        edges=parse_period_edges(code, raw.get("period_edges")),
        windows=parse_windows(
            code,
            raw.get("windows"),
            _words(raw.get("window_tied"), "window_tied", code),
            [str(w) for w in data.words.get("number", {})],
            [str(w) for w in data.words.get("unit", {})],
            _words(raw.get("window_filler"), "window_filler", code),
            _words(raw.get("window_or"), "window_or", code),
        ),
        frame=frame_regex(
            [o for r in raw.get("rules") or [] for o in _words(r.get("opener"), "opener", code)],
            _connector_regex(frame_connectors),
            article,
            months,
            _words(raw.get("hour_words"), "hour_words", code),
        ),
        frame_rules=frame_rules,
        frame_starts=_frame_starts(
            [o for r in raw.get("rules") or [] for o in _words(r.get("opener"), "opener", code)]
        ),
        mods=tuple(part_mods(data.words)),
        part_after=_part_after(
            _words(raw.get("part_joiner"), "part_joiner", code), list(_day_parts(data.words))
        ),
        parts=tuple(sorted(_day_parts(data.words).items())),
        changes=_any_word(_words(raw.get("change_words"), "change_words", code)),
        month_numbers=tuple(
            (str(w).lower(), int(n)) for w, n in data.words.get("month", {}).items()
        ),
    )


def _joiner(words: list[str]) -> re.Pattern[str]:
    """Spaces, or one of ``words`` with spaces (a comma needs none before it)."""
    if not words:
        return re.compile(r"\s+")
    return re.compile(rf"\s+|\s*(?:{_connector_regex(words)})")


def frame_regex(
    openers: list[str], connectors: str, articles: str, months: list[str], hour_words: list[str]
) -> re.Pattern[str] | None:
    """One regex for every opener rule of a language (searched in the lower-case text)."""
    if not openers:
        return None
    unit = rf"(?:\s*(?P<unit>{alternation(hour_words)})(?!\w))?" if hour_words else ""
    month = alternation(months, months) if months else r"(?!x)x"
    return re.compile(
        rf"(?P<opener>{alternation(openers)})\s+{articles}"
        rf"(?:(?P<m1>{month})(?P<mgap>{connectors}){articles}(?P<m2>{month})(?!\w)"
        rf"|(?P<h1>{_FRAME_CLOCK})(?P<cgap>{connectors}){articles}(?P<h2>{_FRAME_CLOCK}){unit}(?![\w:]|[.,]\d))"
    )


_SHORT_OPENER = 4  # "de", "da", "van": found inside too many words for str.find to pay


def _frame_starts(openers: list[str]) -> tuple[str, ...]:
    """The openers no other opener begins, if all are long words; else none."""
    starts = sorted({o for o in openers if not any(o != p and o.startswith(p) for p in openers)})
    return tuple(starts) if all(len(o) >= _SHORT_OPENER for o in starts) else ()


def _day_parts(data_words: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    parts = data_words.get("part_of_day", {})
    return {str(w).lower(): str(v) for w, v in parts.items() if str(v) in ("MO", "AF", "EV", "NI")}


def _part_after(joiners: list[str], parts: list[str]) -> re.Pattern[str]:
    """ "5 to 6 in the afternoon", "von 5 bis 6 nachmittags", "3 en 4 uur 's middags"."""
    if not parts:
        return _NEVER
    joiner = rf"(?:(?:{alternation(joiners)})\s*)?" if joiners else ""
    return re.compile(rf"(?:\s+|\s*,\s*){joiner}(?P<part>{alternation(parts)})s?(?!\w)")


def _any_word(words: list[str]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)") if words else None


@cache
def range_grammar(code: str) -> RangeGrammar:
    """The compiled range rules of a language (none when its file has no usable section)."""
    code = grammar_for(str(code or "en")).data.code  # an unknown language falls back
    path = LANG_DIR / f"{code}.yaml"
    try:
        raw = load_yaml(path.read_text(encoding="utf-8")) or {}
        return parse_ranges(code, raw.get("ranges") if isinstance(raw, dict) else None)
    except (OSError, yaml.YAMLError, LanguageDataError, re.error) as error:
        logger.warning("range rules for %r unusable (%s); no ranges joined", code, error)
        return parse_ranges(code, None)
