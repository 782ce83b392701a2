"""Compound number words built from a language's tens and units ("twenty-nine", "neunundzwanzig").

Writing every number from 21 to 99 into each data file would be long and error-prone; a language
says instead how its compounds are formed (``compound_numbers`` templates in its YAML file) and
the words are generated once, when the file is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

logger = logging.getLogger(__name__)

_TENS = frozenset(range(20, 100, 10))
_UNITS = frozenset(range(1, 10))


def _words_of(words: Mapping[str, Any], values: frozenset[int]) -> dict[str, int]:
    """Single words (two letters or more) of ``words`` whose value lies in ``values``."""
    return {
        word: value
        for word, value in words.items()
        if isinstance(value, int) and value in values and word.isalpha() and len(word) > 1
    }


def compound_words(
    words: Mapping[str, Mapping[str, Any]], templates: Mapping[str, Any]
) -> dict[str, dict[str, int]]:
    """New ``number`` and ``ordinal`` words from ``templates`` (per list, e.g. ``{tens}-{unit}``).

    Placeholders: ``{tens}`` a number word 20..90, ``{unit}`` a number word 1..9, ``{unit_ord}``
    an ordinal word 1..9, ``{tens_ord}`` an ordinal word 20..90. Existing words are kept.
    """
    parts = {
        "tens": _words_of(words.get("number", {}), _TENS),
        "unit": _words_of(words.get("number", {}), _UNITS),
        "unit_ord": _words_of(words.get("ordinal", {}), _UNITS),
        "tens_ord": _words_of(words.get("ordinal", {}), _TENS),
    }
    out: dict[str, dict[str, int]] = {}
    for list_name in ("number", "ordinal"):
        made: dict[str, int] = {}
        for template in templates.get(list_name) or ():
            used = [name for name in parts if "{" + name + "}" in str(template)]
            if len(used) != 2:
                logger.warning("compound number template %r needs two parts; skipped", template)
                continue
            for first, first_value in parts[used[0]].items():
                for second, second_value in parts[used[1]].items():
                    word = str(template).format(**{used[0]: first, used[1]: second})
                    made.setdefault(word, first_value + second_value)
        existing = words.get(list_name, {})
        out[list_name] = {w: v for w, v in made.items() if w not in existing}
    return out
