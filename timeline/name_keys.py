"""Name keys: the spellings that transliteration produces (Tokayev / Tokajew / Tokaev,
Lukashenko / Lukaschenko / Lukachenko, Lavrov / Lawrow) folded to one key, and exonyms and
demonyms ("Russland", "Russian") to the name they stand for, so that articles in different
languages can be compared by who and what they name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from timeline.event_lexicon import alias_table

POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")

# Transliteration folding, applied in order to a lower-case, accent-free token.
FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"x", "ks"),
        (r"tsch|sch|sh|ch|kh|zh|ş|š", "x"),
        (r"ph", "f"),
        (r"ck|c|q", "k"),
        (r"j", "y"),
        (r"w", "v"),
        (r"z", "s"),
        (r"ou", "u"),
        (r"(?<=[aeiou])y(?=[aeiou])", ""),
        (r"y", "i"),
        (r"(.)\1+", r"\1"),
    )
)


@lru_cache(maxsize=131072)
def fold_token(token: str) -> str:
    """One word folded: lower case, no accents, transliteration variants merged (cached:
    the same words recur in every sentence, and merging folds every content word)."""
    decomposed = unicodedata.normalize("NFKD", token.lower().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isalnum())
    for pattern, replacement in FOLDS:
        plain = pattern.sub(replacement, plain)
    return plain


def is_acronym(word: str) -> bool:
    """An acronym ("NTSB", "UN", "NGOs"): always a name, in every language."""
    return bool(ACRONYM.match(word))


def _folded_words(name: str) -> str:
    words = re.split(r"[\s\-]+", POSSESSIVE.sub("", name.strip()))
    return " ".join(folded for folded in (fold_token(w) for w in words) if folded)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return {
        _folded_words(alias): _folded_words(name).replace(" ", "")
        for alias, name in alias_table().items()
    }


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    """The key of a name: its folded words ("Sergej Lawrow" -> "sergei lavrov"), exonyms and
    demonyms replaced by the name they stand for ("Russland", "Russian" -> "rusia")."""
    folded = _folded_words(name)
    return _aliases().get(folded, folded)


def is_canonical_form(name: str) -> bool:
    """Whether ``name`` is its key's own spelling rather than an exonym or demonym of it."""
    return _folded_words(name).replace(" ", "") == canonical_key(name).replace(" ", "")


@lru_cache(maxsize=1)
def alias_keys() -> frozenset[str]:
    """The keys the alias table folds names to ("rusia", "kasaxstan"): known places and
    bodies, which count as names even where every noun is capitalised."""
    return frozenset(_aliases().values())
