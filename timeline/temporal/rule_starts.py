"""Try a rule only where a match can start: at word starts opening with its first two letters.

Every rule is ``(?<!\\w)(?:body)(?!\\w)``. The leading look-behind hides any literal prefix
from the regex engine, so ``finditer`` tries the whole pattern at every character of the
text. Most rules can only open with a few characters ("12 March": a digit; "last week": "l",
"p", "n"...): ``opener`` builds, from the parsed rule, a pattern that finds the word starts
opening with one of them, which the engine scans quickly (it begins with a character class).
Where the parsed rule lists the first two letters of its matches ("ja", "fe", "ma"... for a
month name), only word starts with one of those pairs are tried: most English words open with a
month's first letter, few with its first two. Where a text holds few such places the rule is
tried only there (``RuleStarts``). The matches
are exactly ``finditer``'s: no match can start anywhere else, the same leftmost match is found
from the same place, and every rule tried this way is non-empty.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

logger = logging.getLogger(__name__)

_parser: Any = getattr(re, "_parser", None)
_constants: Any = getattr(re, "_constants", None)

#: A place costs about as much to try from Python as this many characters of a full scan.
PLACE_COST = 4
#: A first character set larger than this is no help: such a rule is scanned everywhere.
MAX_FIRST_CHARS = 24
#: Two-letter openings kept at most ("ja", "fe", "ma"... for a month name); more: first letters.
MAX_OPENINGS = 96
_DIGITS = "\\d"  # the ``\d`` category among a rule's first characters
_PAIR = 2
ANY_DIGIT = "\x00"  # in a two-letter opening: any decimal digit (what ``\d`` matches)
ANY_SPACE = "\x01"  # in a two-letter opening: any white space (what ``\s`` matches)
_OPEN = "\x02"  # while reading a rule: anything may follow


def opener(regex: re.Pattern[str], parsed: Any = None) -> frozenset[str] | None:
    """The characters a match of ``regex`` can open with (``\\d`` standing for any digit);
    None when unknown (the rule is then scanned everywhere). Only for non-empty rules that
    open with ``(?<!\\w)``: their matches start where a word starts. ``parsed``: the
    regex's parse tree when the caller has it already."""
    if _parser is None or _constants is None:
        return None
    try:
        if regex.flags & re.IGNORECASE:
            return None
        if parsed is None:
            parsed = _parser.parse(regex.pattern, regex.flags)
        items = list(parsed)
        if not items or not _word_start_guard(items[0]) or parsed.getwidth()[0] < 1:
            return None
        chars, nullable = _first(items[1:])
    except Exception:  # a pattern the private parser reads differently: scan it everywhere
        return None
    if chars is None or nullable or len(chars) > MAX_FIRST_CHARS:
        return None
    if any(c.isspace() for c in chars if c != _DIGITS):
        return None  # the word starts indexed are never white space
    pairs = _openings(items[1:])
    if pairs and len(pairs) <= MAX_OPENINGS and all(_first_agrees(p[0], chars) for p in pairs):
        return frozenset(pairs)  # the first two letters where a match can have them
    return frozenset(chars)


def _first_agrees(first: str, chars: set[str]) -> bool:
    """A two-letter opening's first character is one the first-letter reading allows."""
    digit = first == ANY_DIGIT or first.isdecimal()
    return first in chars or (digit and _DIGITS in chars)


#: Every character that opens a word (not white space, no word character before it).
_WORD_START = re.compile(r"\S(?<!\w[\s\S])")


class RuleStarts:
    """The places of one text where rules may start: the word starts, by opening character,
    found in one scan; a rule is tried at those of its first characters when they are few."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.limit = len(text) // PLACE_COST
        self.by_char: dict[str, list[int]] | None = None
        self.by_pair: dict[str, dict[str, list[int]]] = {}
        self.places: dict[frozenset[str], list[int] | None] = {}

    def matches(
        self, regex: re.Pattern[str], opens: frozenset[str] | None
    ) -> Iterable[re.Match[str]]:
        """``regex.finditer(text)``, tried only where ``opens`` (``opener``) can start it."""
        if opens is None:
            return regex.finditer(self.text)
        if opens not in self.places:
            self.places[opens] = self._places(opens)
        places = self.places[opens]
        if places is None:
            return regex.finditer(self.text)
        return matches_at(regex, self.text, places)

    def _places(self, opens: frozenset[str]) -> list[int] | None:
        if _DIGITS not in opens and any(len(o) == _PAIR or o == ANY_DIGIT for o in opens):
            return self._pair_places(opens)
        lists = [
            found
            for char, found in self._first_chars().items()
            if char in opens or (_DIGITS in opens and char.isdecimal())  # what \d matches
        ]
        if sum(map(len, lists)) > self.limit:
            return None
        return sorted(chain.from_iterable(lists)) if len(lists) > 1 else (lists or [[]])[0]

    def _pair_places(self, opens: frozenset[str]) -> list[int] | None:
        """Word starts whose first two characters agree with one of ``opens`` (a one-letter
        opening: any second character)."""
        seconds: dict[str, set[str]] = {}  # first character -> the seconds wanted after it
        for opening in opens:
            seconds.setdefault(opening[0], set()).add(opening[1:])
        if ANY_DIGIT in seconds:
            digits = seconds.pop(ANY_DIGIT)
            for first in self._first_chars():
                if first.isdecimal():
                    seconds.setdefault(first, set()).update(digits)
        lists: list[list[int]] = []
        for first, wanted in seconds.items():
            buckets = self._by_second(first)
            if "" in wanted:  # any second character
                lists.extend(buckets.values())
                continue
            any_digit, any_space = ANY_DIGIT in wanted, ANY_SPACE in wanted
            lists.extend(
                found
                for key, found in buckets.items()
                if key in wanted or (any_digit and key.isdecimal()) or (any_space and key.isspace())
            )
        if sum(map(len, lists)) > self.limit:
            return None
        return sorted(chain.from_iterable(lists)) if len(lists) > 1 else (lists or [[]])[0]

    def _first_chars(self) -> dict[str, list[int]]:
        """The word starts by their first character (found in one scan, on first use)."""
        if self.by_char is None:
            self.by_char = {}
            text, by_char = self.text, self.by_char
            for start in map(re.Match.start, _WORD_START.finditer(text)):
                char = text[start]
                if char in by_char:
                    by_char[char].append(start)
                else:
                    by_char[char] = [start]
        return self.by_char

    def _by_second(self, first: str) -> dict[str, list[int]]:
        """The word starts opening with ``first``, by their second character ("" at the end)."""
        if first not in self.by_pair:
            text, buckets = self.text, dict[str, list[int]]()
            for start in self._first_chars().get(first, ()):
                second = text[start + 1 : start + 2]
                if second in buckets:
                    buckets[second].append(start)
                else:
                    buckets[second] = [start]
            self.by_pair[first] = buckets
        return self.by_pair[first]


def matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a non-empty regex that can only start at ``starts``."""
    cursor = 0
    for start in starts:
        if start < cursor:
            continue
        match = regex.match(text, start)
        if match is not None:
            yield match
            cursor = match.end()


def _word_start_guard(item: tuple[Any, Any]) -> bool:
    """The rule's leading ``(?<!\\w)``."""
    op, av = item
    if op is not _constants.ASSERT_NOT or av[0] != -1:
        return False
    inner = list(av[1])
    return inner == [(_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_WORD)])]


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(the characters a match of ``items`` can open with, or None if unknown; whether
    ``items`` can match the empty string).

    Zero-width items (anchors, look-arounds) only narrow where a match may start, so they
    are passed over; anything not understood makes the set unknown.
    """
    c = _constants
    chars: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # (?i:...): its letters open matches in either case
                return None, False
            found, nullable = _first(list(av[-1]))
        elif op is c.BRANCH:
            firsts = [_first(list(branch)) for branch in av[1]]
            if any(f is None for f, _ in firsts):
                return None, False
            found = set().union(*(f for f, _ in firsts if f is not None))
            nullable = any(n for _, n in firsts)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        elif op is c.LITERAL:
            found, nullable = {chr(av)}, False
        elif op is c.IN:
            found, nullable = _class_chars(av, _DIGITS, None), False
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _openings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The first two characters of every match of ``items``, or None when the first cannot be
    listed. One character stands for a match that may go on with anything after it;
    ``ANY_DIGIT`` and ``ANY_SPACE`` stand for the classes ``\\d`` and ``\\s``."""
    found = _opening_strings(items)
    if found is None:
        return None
    heads = {h.rstrip(_OPEN) for h in found}
    if any(h == "" or h[0] == ANY_SPACE or h[0].isspace() for h in heads):
        return None  # a match may open with anything, or with white space (no word start)
    return heads


def _joined(head: str, part: str) -> str:
    """``head`` followed by ``part``, cut to two characters; an open end stays open."""
    if _done(head):
        return head
    core = (head + part).rstrip(_OPEN)
    if len(core) >= _PAIR:
        return core[:_PAIR]
    return core + _OPEN if part.endswith(_OPEN) else core


def _done(head: str) -> bool:
    return len(head) >= _PAIR or head.endswith(_OPEN)


def _opening_strings(items: list[tuple[Any, Any]]) -> set[str] | None:
    heads: set[str] = {""}
    for op, av in items:
        if all(_done(h) for h in heads):
            break
        part = _item_openings(op, av)
        heads = {_joined(h, p) for h in heads for p in (part if part is not None else {_OPEN})}
        if len(heads) > MAX_OPENINGS:
            return None
    return heads


def _item_openings(op: Any, av: Any) -> set[str] | None:
    """The openings of one parsed item; None when it may open with anything."""
    c = _constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero width: it only narrows where a match may start
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        return _class_chars(av, ANY_DIGIT, ANY_SPACE)
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _opening_strings(list(av[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            part = _opening_strings(list(branch))
            if part is None:
                return None
            union |= part
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av[0], av[1], _opening_strings(list(av[2]))
        if body is None:
            return None
        out: set[str] = set()
        current = {""}
        for count in range(_PAIR + 2 + low):  # past two letters nothing new can appear
            if count >= low:
                out |= current
            if count == high:
                return out
            current = {_joined(h, p) for h in current for p in body}
        return out | current
    return None


def _class_chars(items: list[tuple[Any, Any]], digit: str, space: str | None) -> set[str] | None:
    """The characters of a ``[...]`` class: literals, short ranges, ``\\d`` as ``digit`` and
    (when ``space`` is given) ``\\s`` as ``space``; None for anything else."""
    c = _constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < MAX_FIRST_CHARS:
            chars.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.add(digit)
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE and space is not None:
            chars.add(space)
        else:
            return None
    return chars
