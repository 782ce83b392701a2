"""Exact scans of ``re.IGNORECASE`` patterns, run case-sensitively over the lower-cased text.

``re`` matches ``re.IGNORECASE`` patterns character by character through a case mapping, which
is slow; the tagger scans its tense cues, speech verbs and clause words thousands of times per
text. When the pattern is written in lower case and the text holds no cased letter beyond
ASCII ("plain"), the same pattern without the flag, run over ``text.lower()``, succeeds at least
wherever the original does (its ``(?-i:...)`` parts accept upper case too; the twin also drops
negative look-behinds of plain words, which only lets it succeed more often). So the twin finds
every candidate position fast and the original pattern, matched at that position alone, gives
the very match ``finditer``/``search`` would give. Anything the proof does not cover (a text with
other cased letters, an upper-case range, a negated case-sensitive part) keeps the original scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# ``re``'s private parser: where a Python lacks it (or reads patterns differently), every
# pattern keeps its original scan.
sre: Any = getattr(re, "_constants", None)
sre_parse: Any = getattr(re, "_parser", None)

#: Letters outside ASCII that ``re.IGNORECASE`` equates with an ASCII letter ("ı" and "i").
_ASCII_TWINS = frozenset({0x130, 0x131, 0x17F, 0x212A})
_CASE_FLAG = re.IGNORECASE
_REPEATS = tuple(getattr(sre, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
_POSITIVE_CATEGORIES = tuple(
    getattr(sre, n, None) for n in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_SPACE")
)


def is_plain(text: str) -> bool:
    """Every letter with a case is ASCII: lowering then maps each cased letter alone, and
    ``re.IGNORECASE`` knows no other spelling of it."""
    if text.isascii():
        return True
    return all(c.isascii() or c.lower() == c == c.upper() for c in set(text))


@dataclass(frozen=True)
class Twin:
    """A pattern's twin for lower-cased plain text, and the same twin behind a non-word
    character when every match starts after one: that pattern opens with a character set,
    which ``re`` skips through without trying a match at every position."""

    pattern: re.Pattern[str]
    after_gap: re.Pattern[str] | None


#: Twins by the identity of their pattern (hashing a pattern hashes its compiled code, which
#: takes longer than a short scan); each entry keeps its pattern alive, so no id is reused.
_TWINS: dict[int, tuple[re.Pattern[str], Twin | None]] = {}


def lowered_twin(pattern: re.Pattern[str]) -> Twin | None:
    """``pattern`` without ``re.IGNORECASE``, for scanning lower-cased plain text; ``None``
    when the twin would not find every position the pattern matches at."""
    entry = _TWINS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    try:
        twin = _make_twin(pattern) if sre is not None and sre_parse is not None else None
    except Exception:  # a private parser that changed: the original scan, always right
        twin = None
    _TWINS[id(pattern)] = (pattern, twin)
    return twin


def _make_twin(pattern: re.Pattern[str]) -> Twin | None:
    if not pattern.flags & _CASE_FLAG or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0 or not _covered(parsed.data, sensitive=False, negative=False):
        return None
    flags = pattern.flags & ~_CASE_FLAG
    source = _loosened(pattern.pattern, flags, parsed.data)
    after_gap = None
    if _starts_after_non_word(parsed.data):
        try:
            after_gap = re.compile(rf"\W(?:{source})", flags)
        except re.error:  # global inline flags cannot follow the gap
            after_gap = None
    return Twin(re.compile(source, flags), after_gap)


#: A negative look-behind of plain characters ("(?<!been )"), as written in a pattern.
_WORD_LOOKBEHIND = re.compile(r"\(\?<![^()\[\]\\]+\)")


def _loosened(source: str, flags: int, parsed: Sequence[tuple[Any, Any]]) -> str:
    """``source`` without its negative look-behinds of plain characters ("will be named" is no
    past): the twin then tests less at each word and finds a few more candidates, which the
    original pattern turns down. ``source`` itself unless the parsed patterns show that only
    such look-behinds went, none of them inside a negative look-around (where dropping one
    would tighten the twin instead)."""
    loose = _WORD_LOOKBEHIND.sub("", source)
    if loose == source:
        return source
    try:
        reparsed = sre_parse.parse(loose, flags)
    except re.error:
        return source
    expected = _shape(parsed, drop=True, negative=False)
    if expected is None or _shape(reparsed.data, drop=False, negative=False) != expected:
        return source
    return loose


def _shape(items: Sequence[tuple[Any, Any]], *, drop: bool, negative: bool) -> Any:
    """A comparable form of a parsed pattern, with plain negative look-behinds dropped if
    ``drop``; ``None`` if one to drop lies inside a negative look-around."""
    out: list[Any] = []
    for op, av in items:
        if drop and _is_word_lookbehind(op, av):
            if negative:
                return None
            continue
        if op is sre.SUBPATTERN:
            inner = _shape(av[3].data, drop=drop, negative=negative)
            out.append(None if inner is None else (op, av[:3], inner))
        elif op is sre.BRANCH:
            branches = [_shape(b.data, drop=drop, negative=negative) for b in av[1]]
            out.append(None if None in branches else (op, tuple(branches)))
        elif op in _REPEATS:
            inner = _shape(av[2].data, drop=drop, negative=negative)
            out.append(None if inner is None else (op, av[:2], inner))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner_negative = negative or op is sre.ASSERT_NOT
            inner = _shape(av[1].data, drop=drop, negative=inner_negative)
            out.append(None if inner is None else (op, av[0], inner))
        elif op is sre.IN:
            out.append((op, tuple(av)))
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.AT, sre.ANY, sre.CATEGORY):
            out.append((op, av))
        else:
            return None
        if out[-1] is None:
            return None
    return tuple(out)


def _is_word_lookbehind(op: Any, av: Any) -> bool:
    return op is sre.ASSERT_NOT and av[0] == -1 and all(o is sre.LITERAL for o, _ in av[1].data)


def _starts_after_non_word(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether every match begins with ``(?<!\\w)``: at the start or after a non-word
    character."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.ASSERT_NOT:
        return av[0] == -1 and list(av[1].data) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]
    if op is sre.SUBPATTERN:
        return _starts_after_non_word(av[3].data)
    if op is sre.BRANCH:
        return all(_starts_after_non_word(b.data) for b in av[1])
    return False


def _covered(items: Iterable[tuple[Any, Any]], *, sensitive: bool, negative: bool) -> bool:
    """Whether each element of a parsed pattern tests a plain character and its lower-case
    form alike (case-insensitive parts) or the lower-case form at least as loosely
    (case-sensitive parts, outside negative look-arounds)."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if _cased_like_ascii(av, av) or (sensitive and op is sre.NOT_LITERAL):
                return False
        elif op is sre.IN:
            if not _set_covered(av, sensitive):
                return False
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = av
            inner = (sensitive or bool(del_flags & _CASE_FLAG)) and not add_flags & _CASE_FLAG
            if (inner and negative) or not _covered(body.data, sensitive=inner, negative=negative):
                return False
        elif op is sre.BRANCH:
            if not all(_covered(b.data, sensitive=sensitive, negative=negative) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _covered(av[2].data, sensitive=sensitive, negative=negative):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner_negative = negative or op is sre.ASSERT_NOT
            if not _covered(av[1].data, sensitive=sensitive, negative=inner_negative):
                return False
        elif op not in (sre.AT, sre.ANY, sre.CATEGORY):
            return False  # back-references, conditionals, atomic groups: not worth proving
    return True


def _cased_like_ascii(low: int, high: int) -> bool:
    """Whether ``[low-high]`` holds an upper-case ASCII letter or a letter that
    ``re.IGNORECASE`` equates with an ASCII one."""
    return (low <= ord("Z") and high >= ord("A")) or any(low <= c <= high for c in _ASCII_TWINS)


def _set_covered(members: list[tuple[Any, Any]], sensitive: bool) -> bool:
    for op, av in members:
        if op is sre.NEGATE and sensitive:
            return False
        if op is sre.LITERAL and _cased_like_ascii(av, av):
            return False
        if op is sre.RANGE and _cased_like_ascii(*av):
            return False
        if op is sre.CATEGORY and sensitive and av not in _POSITIVE_CATEGORIES:
            return False
    return True


class CaseScan:
    """The matches of ``re.IGNORECASE`` patterns in one text, exactly as ``finditer`` and
    ``search`` give them, found with the lowered twin when the text is plain."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower() if is_plain(text) else None

    def matches(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, start, end))``."""
        return self._scan(pattern, start, end, first_only=False)

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``."""
        found = self._scan(pattern, start, end, first_only=True)
        return found[0] if found else None

    def _scan(
        self, pattern: re.Pattern[str], start: int, end: int, *, first_only: bool
    ) -> list[re.Match[str]]:
        lowered, text = self.lowered, self.text
        known = _TWINS.get(id(pattern))  # ``lowered_twin`` without a call: scans are short
        twin = known[1] if known is not None and known[0] is pattern else lowered_twin(pattern)
        if twin is None or lowered is None:
            if first_only:
                return [m] if (m := pattern.search(text, start, end)) else []
            return list(pattern.finditer(text, start, end))
        after_gap = twin.after_gap
        out: list[re.Match[str]] = []
        position = start
        while True:
            if after_gap is None:
                candidate = twin.pattern.search(lowered, position, end)
                at = -1 if candidate is None else candidate.start()
            elif position == 0 and twin.pattern.match(lowered, 0, end) is not None:
                at = 0
            else:  # a match at ``position`` needs a non-word character before it, as all do
                candidate = after_gap.search(lowered, position - 1 if position else 0, end)
                at = -1 if candidate is None else candidate.start() + 1
            if at < 0:
                return out
            found = pattern.match(text, at, end)
            if found is None:  # the twin is looser: case-sensitive parts, look-behinds
                position = at + 1
                continue
            out.append(found)
            if first_only:
                return out
            position = found.end()  # never empty: the twin exists only for non-empty patterns
