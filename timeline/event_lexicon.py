"""Word lists for finding events (``events_lang/<code>.yaml``): loaded lazily, compiled, cached.

Events, titles, entities and furniture detection hold no words of any language; everything
language-specific comes from these files. Every rule has an id and an example that it matches
(checked by the tests). ``xx.yaml`` holds rules that apply to every language (photo credits,
comment-box arithmetic); an unknown language falls back to English word lists.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from timeline.yaml_loading import load_yaml

logger = logging.getLogger(__name__)

LANG_DIR = Path(__file__).resolve().parent / "events_lang"
UNIVERSAL = "xx"
FALLBACK = "en"

PATTERN_LISTS = ("planned", "furniture", "dateline")
WORD_LISTS = (
    "speech_verbs",
    "attribution",
    "sequence",
    "duration_cues",
    "clause_breaks",
    "date_prepositions",
    "titles",
    "stop_words",
    "determiners",
    "noun_suffixes",
    "pronouns",
    "place_prepositions",
    "name_endings",
    "common_endings",
    "openers",
    "perfect_auxiliaries",
    "present_verbs",
    "adverb_endings",
    "bare_speech_verbs",
    "name_connectors",
)


class EventLexiconError(ValueError):
    """An events word-list file is missing or malformed."""


@dataclass(frozen=True)
class PatternRule:
    """A regular expression with the id that names it and an example it must match."""

    id: str
    pattern: re.Pattern[str]
    example: str

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


@dataclass(frozen=True)
class WordRule:
    """A list of words (or phrases) matched as whole words, case-insensitively."""

    id: str
    words: frozenset[str]  # lower case
    pattern: re.Pattern[str] | None  # alternation of the words, longest first
    example: str

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.pattern else None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.words


@dataclass(frozen=True)
class EventLexicon:
    """Everything one language contributes to event finding."""

    code: str
    capitalised_nouns: bool  # German: every noun is capitalised, so capitals alone mean little
    planned: tuple[PatternRule, ...]
    furniture: tuple[PatternRule, ...]
    words: dict[str, WordRule]
    dateline: tuple[PatternRule, ...] = ()
    verb_second: bool = False  # German, Dutch: a fronted date puts the verb before the subject

    def dateline_end(self, text: str) -> int:
        """Where a leading newswire dateline ("BERLIN (dpa) - ") ends in ``text``; 0 if none."""
        for rule in self.dateline:
            match = rule.pattern.match(text)  # the first match of a search, when it starts at 0
            if match is not None:
                return match.end()
        return 0

    def word_rule(self, name: str) -> WordRule:
        return self.words[name]

    def is_planned(self, text: str) -> PatternRule | None:
        """The first planned-status rule that matches ``text``, if any. A rule is tried only
        when ``text`` holds one of the strings every match of it holds ("will", "plan")."""
        lowered = None if _UNEVEN_CASES.intersection(text) else text.lower()
        for rule, needs in zip(self.planned, self._planned_needs, strict=True):
            if lowered is not None and needs is not None and not any(s in lowered for s in needs):
                continue
            if rule.search(text):
                return rule
        return None

    @cached_property
    def _planned_needs(self) -> tuple[frozenset[str] | None, ...]:
        return tuple(needed_strings(rule.pattern) for rule in self.planned)

    def is_furniture(self, text: str) -> PatternRule | None:
        """The first furniture rule that matches ``text``, if any."""
        screen = self._furniture_screen
        if screen is not None and not screen(text):
            return None  # what most sentences get: no rule can match
        return next((rule for rule in self.furniture if rule.search(text)), None)

    @cached_property
    def _furniture_screen(self) -> Callable[[str], bool] | None:
        """One test that is false wherever every furniture rule fails: the rules anchored at
        the start are tried together at the start only, the others one by one."""
        return furniture_screen(self.furniture)


_UNEVEN_CASES = frozenset("İıſ")  # equal to an ASCII letter ignoring case, but not lowered to it


def needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` holds (ignoring case),
    or None when there are none to be had. Lowering a text finds them in it unless the text
    holds one of ``_UNEVEN_CASES``."""
    from timeline.temporal.prefilter import parse_rule, required_strings

    parsed = parse_rule(pattern)
    found = required_strings(pattern.pattern, parsed) if parsed is not None else None
    if not found or not all(s.isascii() for s in found):
        return None
    return frozenset(s.lower() for s in found)


def furniture_screen(rules: Sequence[PatternRule]) -> Callable[[str], bool] | None:
    """``text -> bool``, true where one of ``rules`` may match; None when they cannot be
    joined (mixed flags, a pattern that does not compile inside a group)."""
    if not rules or len({rule.pattern.flags for rule in rules}) != 1:
        return None
    anchored = [r.pattern.pattern[1:] for r in rules if _anchored(r.pattern)]
    others = [r.pattern for r in rules if not _anchored(r.pattern)]
    body = "|".join(f"(?:{p})" for p in anchored)
    try:
        start = re.compile(f"^(?:{body})", rules[0].pattern.flags)
    except re.error:
        return None
    if not anchored:
        return lambda text: any(p.search(text) for p in others)
    # with re.MULTILINE "^" also matches after each newline: search, as the rules do
    return lambda text: bool(start.search(text)) or any(p.search(text) for p in others)


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Does every match of ``pattern`` start at the start ("^..." without a top-level "|")?"""
    parser: Any = getattr(re, "_parser", None)
    constants: Any = getattr(re, "_constants", None)
    if parser is None or constants is None or not pattern.pattern.startswith("^"):
        return False
    try:
        items = list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a private parser: when it changes, nothing is taken as anchored
        return False
    return bool(items) and items[0] == (constants.AT, constants.AT_BEGINNING)


def _word_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = sorted(words, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _pattern_rules(raw: Any, code: str, key: str) -> list[PatternRule]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise EventLexiconError(f"{code}.yaml: '{key}' must be a list of rules")
    rules = []
    for item in raw:
        if not isinstance(item, dict) or not {"id", "pattern", "example"} <= set(item):
            raise EventLexiconError(f"{code}.yaml: every '{key}' rule needs id, pattern, example")
        try:
            compiled = re.compile(str(item["pattern"]), re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise EventLexiconError(f"{code}.yaml: rule {item['id']}: {exc}") from None
        rules.append(PatternRule(str(item["id"]), compiled, str(item["example"])))
    return rules


def _word_rule(raw: Any, code: str, key: str) -> WordRule:
    if raw is None:
        return WordRule(f"{code}.{key}", frozenset(), None, "")
    if not isinstance(raw, dict) or not {"id", "words", "example"} <= set(raw):
        raise EventLexiconError(f"{code}.yaml: '{key}' needs id, words, example")
    if any(isinstance(w, bool) or w is None for w in raw["words"] or ()):
        raise EventLexiconError(
            f"{code}.yaml: '{key}' holds a word YAML reads as true/false/null: quote it (\"on\")"
        )
    words = frozenset(str(w).lower() for w in raw["words"] or ())
    return WordRule(str(raw["id"]), words, _word_pattern(words), str(raw["example"]))


def _read(code: str) -> dict[str, Any]:
    path = LANG_DIR / f"{code}.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EventLexiconError(f"{path}: cannot read events word lists: {exc}") from None
    if not isinstance(data, dict):
        raise EventLexiconError(f"{path}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=1)
def alias_table() -> dict[str, str]:
    """Every alias of ``xx.yaml`` (as written) with the name it stands for."""
    raw = _read(UNIVERSAL).get("aliases") or {}
    if not isinstance(raw, dict) or not isinstance(raw.get("names"), dict):
        raise EventLexiconError(f"{UNIVERSAL}.yaml: 'aliases' needs id, names, example")
    table = {}
    for name, aliases in raw["names"].items():
        table[str(name)] = str(name)
        for alias in aliases or ():
            table[str(alias)] = str(name)
    return table


def alias_rule() -> tuple[str, str]:
    """The id and example of the alias table (for the tests)."""
    raw = _read(UNIVERSAL).get("aliases") or {}
    return str(raw.get("id", "")), str(raw.get("example", ""))


def available_languages() -> tuple[str, ...]:
    """Codes that have a word-list file (without the universal ``xx``)."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml") if p.stem != UNIVERSAL))


@cache
def load_file(code: str) -> EventLexicon:
    """One file exactly as written (no fallback, no universal rules merged)."""
    data = _read(code)
    return EventLexicon(
        code=code,
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        planned=tuple(_pattern_rules(data.get("planned"), code, "planned")),
        furniture=tuple(_pattern_rules(data.get("furniture"), code, "furniture")),
        words={name: _word_rule(data.get(name), code, name) for name in WORD_LISTS},
        dateline=tuple(_pattern_rules(data.get("dateline"), code, "dateline")),
        verb_second=bool(data.get("verb_second", False)),
    )


@cache
def lexicon(code: str) -> EventLexicon:
    """The word lists for ``code`` with the universal rules added; English when unknown."""
    if code not in available_languages():
        logger.warning("no events word lists for language %r; using %r", code, FALLBACK)
        code = FALLBACK
    own, universal = load_file(code), load_file(UNIVERSAL)
    words = {}
    for name in WORD_LISTS:
        mine, shared = own.words[name], universal.words[name]
        merged = mine.words | shared.words
        words[name] = WordRule(mine.id, merged, _word_pattern(merged), mine.example)
    return EventLexicon(
        code=code,
        capitalised_nouns=own.capitalised_nouns,
        planned=own.planned + universal.planned,
        furniture=own.furniture + universal.furniture,
        words=words,
        dateline=own.dateline + universal.dateline,
        verb_second=own.verb_second,
    )


@cache
def tense_cues(code: str) -> re.Pattern[str] | None:
    """The temporal tagger's tense cues for ``code`` (groups ``past``, ``present``, ``future``),
    shared rather than repeated here; None when that language has none."""
    from timeline.temporal.grammar import grammar_for

    try:
        return grammar_for(code).tense_cues
    except Exception as exc:  # no tense cues for this language: callers do without
        logger.debug("no tense cues for %r (%s)", code, exc)
        return None
