"""Language data files (``lang/<code>.yaml``): loaded lazily, checked, cached.

The engine holds no words of any language; everything language-specific comes from here.
See ``lang/README.md`` for the format.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from timeline.temporal.number_words import compound_words
from timeline.yaml_loading import load_yaml

logger = logging.getLogger(__name__)

LANG_DIR = Path(__file__).resolve().parent / "lang"
FALLBACK = "en"

WORD_LISTS = (
    "month",
    "weekday",
    "weekday_listed",
    "unit",
    "number",
    "ordinal",
    "season",
    "part_of_day",
    "shift",
    "deictic_day",
    "ref",
    "mod",
    "signal_mod",
    "holiday",
    "decade_word",
)
CUE_LISTS = (
    "past",
    "future",
    "present",
    "speech",
    "not_after",
    "not_before",
    "clock_joiner",
    "clause_break",
    "day_mod",
    "shift_after",
    "shift_before",
    "list_joiner",
    "part_of_date",
    "nouns",
    "look_back",
)
CUE_PATTERNS = ("past_pattern", "future_pattern", "count_pattern")
RULE_FIELDS = {
    "id",
    "kind",
    "pattern",
    "examples",
    "unit",
    "offset",
    "sign",
    "anaphoric",
    "type",
    "value",
    "mod",
    "part",
    "capitalized",
    "lowercase",
    "priority",
    "minute",
    "hour_shift",
    "minutes_to",
    "fraction",
}


class LanguageDataError(ValueError):
    """A language data file is missing or malformed."""


@dataclass(frozen=True)
class RuleSpec:
    """One rule as written in a data file, before compilation."""

    id: str
    kind: str
    pattern: str
    examples: tuple[str, ...]
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LanguageData:
    """Everything one language contributes: word lists, cues and rules."""

    code: str
    ordinal_suffix: str
    numeric_order: str
    words: Mapping[str, Mapping[str, Any]]
    cues: Mapping[str, tuple[str, ...]]
    rules: tuple[RuleSpec, ...]
    # how years are spoken ("{century} {year_of_century}"): the ``{year_word}`` placeholder
    year_templates: tuple[str, ...] = ()

    def word(self, name: str, text: str) -> Any:
        """The value of ``text`` in word list ``name`` (case and spacing ignored), or None."""
        return self.words.get(name, {}).get(normalise(text))


def normalise(text: str) -> str:
    """Lower case, single spaces, no trailing dot: the key form of word lists."""
    return " ".join(text.lower().split()).rstrip(".")


def available_languages() -> tuple[str, ...]:
    """Codes of every language data file shipped."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


@cache
def load_language(code: str) -> LanguageData:
    """The data of ``code``; an unknown or broken language falls back to English with a warning."""
    path = LANG_DIR / f"{code}.yaml"
    if code != FALLBACK and not path.is_file():
        logger.warning("no temporal rules for language %r; using %r rules", code, FALLBACK)
        return load_language(FALLBACK)
    try:
        return parse_language(code, load_yaml(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, LanguageDataError) as error:
        if code == FALLBACK:
            raise
        logger.warning("temporal rules for %r unusable (%s); using %r rules", code, error, FALLBACK)
        return load_language(FALLBACK)


def parse_language(code: str, raw: Any) -> LanguageData:
    """Check and convert a parsed YAML document."""
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{code}: top level must be a mapping")
    words: dict[str, dict[str, Any]] = {}
    for name, entries in (raw.get("words") or {}).items():
        if name not in WORD_LISTS:
            raise LanguageDataError(f"{code}: unknown word list {name!r}")
        if not isinstance(entries, dict):
            raise LanguageDataError(f"{code}: word list {name!r} must be a mapping")
        odd = [k for k in entries if isinstance(k, bool) or not isinstance(k, str | int)]
        if odd:  # YAML reads a bare on/no/yes as a boolean: the word is lost
            raise LanguageDataError(f"{code}: word list {name!r} has non-words {odd}: quote them")
        words[name] = {normalise(str(k)): v for k, v in entries.items()}
    templates = raw.get("compound_numbers") or {}
    if not isinstance(templates, dict):
        raise LanguageDataError(f"{code}: compound_numbers must be a mapping")
    for name, made in compound_words(words, templates).items():
        words[name] = {**words.get(name, {}), **{normalise(w): v for w, v in made.items()}}
    cues: dict[str, tuple[str, ...]] = {}
    for name, entries in (raw.get("cues") or {}).items():
        if name not in CUE_LISTS + CUE_PATTERNS:
            raise LanguageDataError(f"{code}: unknown cue list {name!r}")
        odd = [e for e in entries or [] if not isinstance(e, str)]
        if odd:  # YAML reads a bare on/no/yes as a boolean: the word is lost
            raise LanguageDataError(f"{code}: cue list {name!r} has non-words {odd}: quote them")
        cues[name] = tuple(entries or [])
    rules = tuple(_rule(code, r) for r in raw.get("rules") or [])
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise LanguageDataError(f"{code}: duplicate rule ids {duplicates}")
    order = str(raw.get("numeric_order", "dmy"))
    if order not in ("dmy", "mdy"):
        raise LanguageDataError(f"{code}: numeric_order must be dmy or mdy")
    suffix = str(raw.get("ordinal_suffix", "") or "")
    _check_regex(code, "ordinal_suffix", suffix)
    for name in CUE_PATTERNS:
        for pattern in cues.get(name, ()):
            _check_regex(code, name, pattern)
    years = raw.get("year_words") or []
    if not isinstance(years, list) or not all(isinstance(t, str) for t in years):
        raise LanguageDataError(f"{code}: year_words must be a list of templates")
    return LanguageData(code, suffix, order, words, cues, rules, tuple(years))


def _rule(code: str, raw: Any) -> RuleSpec:
    if not isinstance(raw, dict) or not {"id", "kind", "pattern", "examples"} <= raw.keys():
        raise LanguageDataError(f"{code}: every rule needs id, kind, pattern and examples: {raw!r}")
    unknown = raw.keys() - RULE_FIELDS
    if unknown:
        raise LanguageDataError(f"{code}: rule {raw['id']}: unknown fields {sorted(unknown)}")
    examples = raw["examples"]
    if isinstance(examples, str):
        examples = [examples]
    if not examples:
        raise LanguageDataError(f"{code}: rule {raw['id']} has no example")
    options = {k: v for k, v in raw.items() if k not in ("id", "kind", "pattern", "examples")}
    return RuleSpec(
        str(raw["id"]),
        str(raw["kind"]),
        str(raw["pattern"]),
        tuple(str(e) for e in examples),
        options,
    )


def _check_regex(code: str, name: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as error:
        raise LanguageDataError(f"{code}: {name}: bad regex {pattern!r}: {error}") from None
