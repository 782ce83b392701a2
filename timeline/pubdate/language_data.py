"""The per-language knowledge of the publication-date stage, read from ``lang/<code>.yaml``.

Each file holds the dateline prefixes of a language, each rule with an id, a pattern and an
example that must match, and the ways it names an event by its date ("the Oct. 23 killing",
"der Anschlag vom 7. August"), each with the words before and after the date. Files are
loaded lazily, once, and a broken file is reported as one warning and treated as empty.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from timeline.yaml_loading import load_yaml

logger = logging.getLogger(__name__)

LANG_DIR = Path(__file__).resolve().parent / "lang"
SHARED = "xx"  # rules every language uses (agencies, capitalised cities)


@dataclass(frozen=True)
class PrefixRule:
    """One way a dateline may begin, with an example that must match it."""

    id: str
    pattern: re.Pattern[str]
    example: str
    min_line: int = 0  # the non-empty lines that must come first (1: never in the title line)


@dataclass(frozen=True)
class EventNameRule:
    """A date used as the name of an event: the words that stand before and after it.

    ``example`` marks the date with braces: ``"the {Oct. 23} killing"``.
    """

    id: str
    before: re.Pattern[str]  # searched in the text before the date (anchor it with ``$``)
    after: re.Pattern[str]  # matched at the text after the date
    example: str

    def example_parts(self) -> tuple[str, str, str]:
        """The example's words before the date, the date, and the words after it."""
        head, _, rest = self.example.partition("{")
        date, _, tail = rest.partition("}")
        return head, date, tail


@dataclass(frozen=True)
class LanguageData:
    """What one language file says."""

    prefixes: tuple[PrefixRule, ...] = ()
    event_names: tuple[EventNameRule, ...] = ()


def available_languages() -> tuple[str, ...]:
    """Codes of every language data file, the shared one included."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


@cache
def language_data(lang: str) -> LanguageData:
    """The data of one language; empty (with a warning) when its file is unreadable."""
    path = LANG_DIR / f"{lang}.yaml"
    if not path.is_file():
        return LanguageData()
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        rules = tuple(
            PrefixRule(
                str(r["id"]),
                re.compile(str(r["pattern"])),
                str(r["example"]),
                int(r.get("min_line", 0)),
            )
            for r in data.get("dateline_prefixes", ())
        )
        names = tuple(
            EventNameRule(
                str(r["id"]),
                re.compile(str(r["before"])),
                re.compile(str(r["after"])),
                str(r["example"]),
            )
            for r in data.get("event_names", ())
        )
        return LanguageData(rules, names)
    except (
        OSError,
        yaml.YAMLError,
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        re.error,
    ) as exc:
        logger.warning("pubdate data %s unusable (%s); it is ignored", path.name, exc)
        return LanguageData()


def load_rules(lang: str) -> tuple[PrefixRule, ...]:
    """The dateline prefixes of one data file."""
    return language_data(lang).prefixes


def event_name_rules(lang: str) -> tuple[EventNameRule, ...]:
    """The ways ``lang`` names an event by its date."""
    return language_data(lang).event_names
