"""Where a date stands as the day of writing: the dateline at the top of an article.

A date is at the dateline position when it sits in the first lines of the text and only a city,
a news agency or a byline word ("Published", "Diterbitkan") stands before it on its line
("WASHINGTON (AP) Monday, March 3", "Berlin, 12. Januar 2022"). The prefixes are language data
(``lang/<code>.yaml``, plus ``xx.yaml`` for every language; see ``language_data``).
"""

from __future__ import annotations

from timeline.pubdate.language_data import SHARED, PrefixRule, load_rules

TOP_LINES = 4  # a dateline sits in the first non-empty lines (the title may come first)
TOP_CHARS = 600  # ... and near the start of the text


def prefix_rules(lang: str) -> tuple[PrefixRule, ...]:
    """The rules for ``lang`` and those shared by every language."""
    return load_rules(lang) + load_rules(SHARED)


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start of the line holding ``offset`` and how many non-empty lines come before it."""
    line_start = text.rfind("\n", 0, offset) + 1
    lines_before = sum(1 for line in text[:line_start].splitlines() if line.strip())
    return line_start, lines_before


def dateline_rule(text: str, start: int, lang: str) -> str | None:
    """Id of the rule that makes the expression at ``start`` a dateline, or None."""
    if start < 0 or start > len(text):
        return None
    line_start, lines_before = _line_bounds(text, start)
    if lines_before >= TOP_LINES or start > TOP_CHARS:
        return None
    prefix = text[line_start:start]
    for rule in prefix_rules(lang):
        if lines_before >= rule.min_line and rule.pattern.match(prefix):
            return rule.id
    return None
