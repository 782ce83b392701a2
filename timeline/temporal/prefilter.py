"""The rule prefilter: strings one of which every match of a rule contains ("march", "week"),
found by reading the rule's parsed regex, so that a rule whose strings a text lacks is not run.

Consecutive fixed parts are spelled out together ("to" + "day" | "morrow"), so a word list cut
into a trie still gives whole words; anything open (a digit class, a repeat) ends a run.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.temporal.token_trie import add_word, trie_regex

_ANCHOR_MIN = 3  # shorter required strings filter nothing
_regex_parser: Any = getattr(re, "_parser", None)
_constants: Any = getattr(re, "_constants", None)
_LITERAL, _SUBPATTERN, _BRANCH, _MAX_REPEAT, _MIN_REPEAT, _IN = (
    getattr(_constants, name, object())
    for name in ("LITERAL", "SUBPATTERN", "BRANCH", "MAX_REPEAT", "MIN_REPEAT", "IN")
)
_ZERO_WIDTH = tuple(getattr(_constants, name, object()) for name in ("AT", "ASSERT", "ASSERT_NOT"))


def parse_rule(regex: re.Pattern[str]) -> Any:
    """The parse tree of ``regex`` by ``re``'s private parser; None when it cannot be had."""
    try:
        return _regex_parser.parse(regex.pattern, regex.flags)
    except Exception:  # a private parser: when it changes, rules simply always run
        return None


def required_strings(pattern: str, parsed: Any = None) -> frozenset[str] | None:
    """Strings of which every match contains one (the most selective set found), or None.

    ``parsed``: the pattern's parse tree when the caller has it already."""
    try:
        items = list(parsed if parsed is not None else _regex_parser.parse(pattern))
    except Exception:  # a private parser: when it changes, rules simply always run
        return None
    found = _required(items)
    if found is None:
        return None
    # "apr" in a text whenever "april" is: the shorter one alone says as much, sooner
    return frozenset(a for a in found if not any(b != a and b in a for b in found))


def _required(items: list[Any]) -> frozenset[str] | None:
    """The most selective set of strings one of which every match of ``items`` contains.

    Consecutive parts that match only a few fixed strings ("to" + "day" | "morrow") are
    joined into the strings they spell together, so a word list cut into a trie still
    gives whole words; zero-width assertions spell nothing.
    """
    found: list[frozenset[str]] = []
    run: frozenset[str] = _EMPTY
    for op, av in items:
        spelled = _spelled(op, av)
        if spelled is not None:
            joined = _joined(run, spelled)
            if joined is None:
                found.append(run)
                run = spelled
            else:
                run = joined
            continue
        found.append(run)
        run = _EMPTY
        sub: frozenset[str] | None = None
        if op is _SUBPATTERN:
            sub = _required(list(av[3]))
        elif op is _BRANCH:
            options = [_required(list(branch)) for branch in av[1]]
            if all(o is not None for o in options):
                sub = frozenset().union(*(o for o in options if o is not None))
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
            sub = _required(list(av[2]))
        if sub:
            found.append(sub)
    found.append(run)
    useful = [f for f in found if f and min(len(x) for x in f) >= _ANCHOR_MIN]
    if not useful:
        return None
    return max(useful, key=lambda f: (min(len(x) for x in f), -len(f)))


_EMPTY = frozenset([""])
_SPELLED_MAX = 16  # strings a fixed part may spell before it is treated as open
_SET_MAX = 8  # characters of a class ("[ap]") spelled one by one


def _joined(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """Every string of ``left`` followed by one of ``right``; None when there are too many."""
    if len(left) * len(right) > _SPELLED_MAX:
        return None
    return frozenset(a + b for a in left for b in right)


def _spelled_all(items: list[Any]) -> frozenset[str] | None:
    out = _EMPTY
    for op, av in items:
        part = _spelled(op, av)
        out_next = _joined(out, part) if part is not None else None
        if out_next is None:
            return None
        out = out_next
    return out


def _spelled(op: Any, av: Any) -> frozenset[str] | None:
    """The strings one parsed regex item matches, when they are few and fixed (else None)."""
    if op is _LITERAL:
        return frozenset([chr(av)])
    if op is _SUBPATTERN:
        return _spelled_all(list(av[3]))
    if op is _BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # stop at the first open option, or once there are too many
            option = _spelled_all(list(branch))
            if option is None:
                return None
            union |= option
            if len(union) > _SPELLED_MAX:
                return None
        return frozenset(union)
    if op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        optional = _spelled_all(list(av[2]))
        return None if optional is None else optional | _EMPTY
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is _IN and len(av) <= _SET_MAX and all(kind is _LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)
    return None


class AnchorScan:
    """Which of many anchors (every rule's required strings) occur in a text, in one scan.

    At each place a lookahead finds the longest anchor starting there (the alternation is a
    trie tried longest first); every anchor occurring in the text is that one or a prefix of
    it at its own place. So ``present`` is exactly the anchors ``anchor in text`` finds,
    without a search per anchor."""

    def __init__(self, anchors: frozenset[str]) -> None:
        self.always = "" in anchors
        words = sorted(a for a in anchors if a)
        self.prefixes = {w: frozenset(p for p in words if w.startswith(p)) for w in words}
        self.scan = re.compile(f"(?=({_literal_trie(words)}))") if words else None

    def present(self, text: str) -> frozenset[str]:
        """The anchors occurring in ``text``."""
        if self.scan is None:
            return frozenset({""}) if self.always else frozenset()
        found: set[str] = {""} if self.always else set()
        for longest in set(self.scan.findall(text)):
            found |= self.prefixes[longest]
        return frozenset(found)


def _literal_trie(words: list[str]) -> str:
    """A regex of literal ``words`` that matches, at a place, the longest one starting there."""
    trie: dict[str, Any] = {}
    for word in words:
        add_word(trie, (re.escape(char) for char in word))
    return trie_regex(trie)
