"""Years written in words ("nineteen seventy-two", "two thousand and twelve").

A language says how its years are spoken (``year_words`` templates in its YAML file, built from
its ``number`` words); patterns use them as ``{year_word}`` and the date builder reads the year
back from the matched words. The templates become one small regex, not a list of every year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

# placeholder -> (lowest, highest) number word it takes, and the factor of its value
PARTS: dict[str, tuple[int, int, int]] = {
    "century": (11, 20, 100),  # "nineteen" of "nineteen seventy-two": 1900
    "thousands": (1, 2, 1000),  # "two" of "two thousand and five": 2000
    "year_of_century": (10, 99, 1),  # "seventy-two": never a single unit ("twenty five" is 25)
    "tail": (1, 99, 1),  # after "hundred" or "thousand": "nineteen hundred five"
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_YEARS = range(1000, 2100)


def _numbers(words: Mapping[str, Any], low: int, high: int) -> dict[str, int]:
    """Number words (compounds included) worth ``low..high``; not "a", "an": too common."""
    return {
        word: value
        for word, value in words.items()
        if isinstance(value, int) and low <= value <= high and len(word) > 2
    }


def _alternation(words: Iterable[str]) -> str:
    """Longest first, any whitespace or a hyphen where the word has a space or a hyphen."""
    parts = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words]
    return "(?:" + "|".join(sorted(set(parts), key=len, reverse=True)) + ")"


def _template_regex(
    template: str,
    numbers: Mapping[str, Any],
    grouped: bool,
    words_regex: Callable[[Iterable[str]], str] = _alternation,
) -> str | None:
    """A template's regex; with ``grouped``, each part is a named group to read its value."""
    out, last = [], 0
    for m in _PLACEHOLDER.finditer(template):
        name = m[1]
        if name not in PARTS:
            return None
        low, high, _ = PARTS[name]
        body = words_regex(_numbers(numbers, low, high))
        out.append(r"\s+".join(map(re.escape, template[last : m.start()].split(" "))))
        out.append(f"(?P<{name}>{body})" if grouped else body)
        last = m.end()
    out.append(r"\s+".join(map(re.escape, template[last:].split(" "))))
    return "".join(out)


def year_word_regex(
    numbers: Mapping[str, Any],
    templates: tuple[str, ...],
    words_regex: Callable[[Iterable[str]], str] = _alternation,
) -> str | None:
    """One regex (no named groups) for every year the templates spell; None without templates.

    ``words_regex`` turns a word list into a regex (the grammar's compact trie)."""
    bodies = [b for t in templates if (b := _template_regex(t, numbers, False, words_regex))]
    return "(?:" + "|".join(bodies) + ")" if bodies else None


@cache
def _readers(
    templates: tuple[str, ...], numbers: tuple[tuple[str, Any], ...]
) -> tuple[re.Pattern[str], ...]:
    mapping = dict(numbers)
    return tuple(
        re.compile(body, re.IGNORECASE)
        for t in templates
        if (body := _template_regex(t, mapping, True))
    )


def year_word_value(numbers: Mapping[str, Any], templates: tuple[str, ...], raw: str) -> int | None:
    """The year ``raw`` spells ("nineteen seventy-two" -> 1972), or None."""
    for reader in _readers(templates, tuple(sorted(numbers.items()))):
        m = reader.fullmatch(raw.strip())
        if m is None:
            continue
        total = 0
        for name, word in m.groupdict().items():
            value = numbers.get(" ".join(re.split(r"[\s-]+", word.lower())))
            if value is None:
                value = numbers.get("-".join(re.split(r"[\s-]+", word.lower())))
            if not isinstance(value, int):
                break
            total += value * PARTS[name][2]
        else:
            if total in _YEARS:
                return total
    return None
