"""Regexes of word lists built as tries of regex tokens.

At each place the regex engine follows one branch per token instead of trying every word,
and where several words start there the longest one matches (each branch tries to go on
before it settles for a shorter word): a large list such as the generated compound numbers
stays fast, and a lookahead built from it finds the longest word starting at each place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

END = ""  # the trie key that marks the end of a word


def add_word(trie: dict[str, Any], tokens: Iterable[str]) -> None:
    """Add one word, given as its regex tokens (an escaped character, ``\\s+``...)."""
    node = trie
    for token in tokens:
        node = node.setdefault(token, {})
    node[END] = {}


def trie_regex(node: dict[str, Any]) -> str:
    """The regex of a trie, the longest words first ("" for an empty trie)."""
    return _with_depth(node)[0]


def _with_depth(node: dict[str, Any]) -> tuple[str, int]:
    """The regex of a trie node and how many tokens its longest branch holds (each subtree's
    depth worked out once: the compound numbers make deep tries)."""
    children = {token: _with_depth(child) for token, child in node.items() if token != END}
    depth = max((1 + d for _, d in children.values()), default=0)
    branches = sorted(children, key=lambda t: (-children[t][1], t))
    options = [token + children[token][0] for token in branches]
    if not options:
        return "", depth
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if END not in node:
        return body, depth
    return f"(?:{body})?", depth
