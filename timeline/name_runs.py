"""The names of one sentence: runs of capitalised words, read token by token.

A run is a sequence of capitalised words (with connectors such as "of" or "de" between
them) that no title, stop word, speech verb or excluded span (a date) interrupts. Each run
becomes a name unless it is one doubtful word (``_emit``). A sentence's first reading (on its
own) keeps what its second reading (with the article's keys and its dates excluded) needs,
so that the second can usually be derived rather than read again (``FirstReading.again``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from timeline.capitalised_nouns import (
    common_ending,
    common_noun,
    genitive_end,
    lone_word_is_name,
    plural_lead,
)
from timeline.event_lexicon import EventLexicon
from timeline.name_keys import POSSESSIVE, canonical_key, is_acronym

TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:[-'’.][^\W_]+)*")
WORD_TABLE_LIMIT = 100_000  # distinct capitalised words remembered per language


@dataclass(frozen=True)
class Name:
    """A name found in a text: offsets, the words as written (title removed) and its key."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class FirstReading:
    """A sentence's names read on its own, and what a second reading needs to be derived
    from it: the lone opening words set aside for want of the article's keys, and the spans
    of the words that made up names (an excluded span over one of them changes the runs)."""

    names: tuple[Name, ...]
    set_aside: tuple[tuple[int, Name], ...] = ()  # (index in ``names`` it precedes, name)
    words: tuple[tuple[int, int], ...] = ()
    derivable: bool = False  # False where the article's keys decide more (German) than that

    def again(self, exclude: Sequence[tuple[int, int]], known: frozenset[str]) -> list[Name] | None:
        """``find_names(text, lang, exclude, known)`` of the same sentence, when it follows
        from this reading: no word of a name is excluded, and ``known`` decides only which
        set-aside words are names. None when the sentence must be read again."""
        if not self.derivable or any(inside(s, e, exclude) for s, e in self.words):
            return None
        if not self.set_aside:
            return list(self.names)
        out: list[Name] = []
        waiting = iter(self.set_aside)
        pending = next(waiting, None)
        for index in range(len(self.names) + 1):
            while pending is not None and pending[0] == index:
                if pending[1].key in known:
                    out.append(pending[1])
                pending = next(waiting, None)
            if index < len(self.names):
                out.append(self.names[index])
        return out


def _name_part(word: str) -> str | None:
    """The capitalised part of a token that can belong to a name, or None."""
    if word.islower():
        return None  # most words: nothing capitalised in them (the same answer, sooner)
    if "'" in word or "’" in word:  # only then can it end in a possessive
        word = POSSESSIVE.sub("", word)
    parts = word.split("-")
    capitals = [p for p in parts if p[:1].isupper()]
    if not capitals:
        return None
    acronyms = [p for p in capitals if is_acronym(p)]
    if acronyms and len(acronyms) < len(parts):
        return acronyms[0]
    if len(capitals) == len(parts):
        return word
    return capitals[0]


class _WordKind(NamedTuple):
    """What a word is apart from its context (one table entry per distinct word)."""

    part: str | None  # its capitalised part that can belong to a name
    title: bool  # that part is a title ("President", "Herr"): it ends a run
    usable: bool  # that part may join a name: no stop word, no speech verb
    connector: bool  # the word may join two parts of a name ("of", "de")
    offset: int  # where the part starts in the word


def _word_kinds(lex: EventLexicon) -> dict[str, _WordKind]:
    """The table of what each word is, apart from its context, in ``lex``'s language."""
    held = _WORD_TABLES.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) >= WORD_TABLE_LIMIT:
        held = _WORD_TABLES[id(lex)] = (lex, {})
    return held[1]


_WORD_TABLES: dict[int, tuple[EventLexicon, dict[str, _WordKind]]] = {}  # by id of the lexicon


def _word_kind(word: str, lex: EventLexicon) -> _WordKind:
    """What ``word`` is apart from its context: its name part, whether that part is a title,
    whether it may join a name (no stop word, no speech verb), whether the word is a
    connector ("of", "de"), and where the part starts in the word."""
    part = _name_part(word)
    if part is None:
        return _WordKind(None, False, False, word in lex.word_rule("name_connectors"), -1)
    lower = part.lower()
    return _WordKind(
        part,
        lower in lex.word_rule("titles").words,
        lower not in lex.word_rule("stop_words").words
        and part not in lex.word_rule("speech_verbs"),  # "Kata Mardiasmo": a verb opening
        word in lex.word_rule("name_connectors"),
        word.find(part),
    )


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does ``start``-``end`` overlap one of ``spans``?"""
    return any(s < end and start < e for s, e in spans)


def runs(
    text: str,
    lex: EventLexicon,
    exclude: Sequence[tuple[int, int]],
    known: frozenset[str],
    set_aside: list[tuple[int, Name]] | None = None,
    words: list[tuple[int, int]] | None = None,
) -> list[Name]:
    """The names of ``text`` made of runs of capitalised words. ``set_aside`` collects the
    lone opening words ``known`` did not hold, ``words`` the spans of the words of names."""
    titles, anchors = lex.word_rule("titles"), lex.word_rule("place_prepositions")
    kinds = _word_kinds(lex)
    strict = lex.capitalised_nouns
    names: list[Name] = []
    run: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # connectors waiting for the next capital
    previous: list[str] = []
    last_end = 0
    anchored = False  # the run follows a title or a place preposition

    def close() -> None:
        if run:
            _emit(run, names, known, lex if strict and not anchored else None, set_aside)
        run.clear()
        pending.clear()

    for position, match in enumerate(TOKEN.finditer(text)):
        word = match.group()
        if not run and word.islower():  # most words: no name to start, none to close
            previous.append(word)
            continue
        start = match.start()
        if run and text[last_end:start].strip():
            close()  # punctuation between two words ends a name (nothing to end without a run)
        last_end = match.end()
        kind = kinds.get(word)
        if kind is None:
            kind = kinds[word] = _word_kind(word, lex)
        part, title, usable, connector, at = kind
        if title:
            close()
        elif (
            usable
            and part is not None
            and not (exclude and inside(start, last_end, exclude))
            and not (strict and common_noun(part, previous, lex))
        ):
            if pending and run:
                run.extend(pending)
            pending.clear()
            if not run:
                anchored = bool(previous) and (
                    previous[-1] in titles
                    or (previous[-1] in anchors and not common_ending(part, lex))
                )
            offset = start + at
            initial = position == 0 or (
                text[start - 1] in OPENING_QUOTES and _opens_quotation(text, start)
            )
            run.append((offset, offset + len(part), f"^{part}" if initial else part))
            if words is not None:
                words.append((start, last_end))
        elif run and connector and not pending:
            pending.append((start, last_end, word))
        elif run:  # without a run there are no pending connectors either: nothing to close
            close()
        previous.append(word)
    close()
    return names


OPENING_QUOTES = frozenset("\"'“„«‹‚‘")


def _opens_quotation(text: str, start: int) -> bool:
    """Does the word at ``start`` open a quotation ('“Color revolution”', '„Farbrevolution“')?
    Its capital then says no more than a sentence's first word does."""
    if start == 0 or text[start - 1] not in OPENING_QUOTES:
        return False
    return start == 1 or text[start - 2].isspace() or text[start - 2] in "([:"


def _emit(
    run: list[tuple[int, int, str]],
    names: list[Name],
    known: frozenset[str],
    strict: EventLexicon | None = None,
    set_aside: list[tuple[int, Name]] | None = None,
) -> None:
    """Add the run as a name unless it is one doubtful word; ``strict`` for noun-capitalising
    languages, where a lone word also needs the evidence of ``lone_word_is_name``. A lone
    opening word that ``known`` lacks goes to ``set_aside`` (with where it would stand)."""
    if strict is None and len(run) == 1:  # most names: one word, in a language like English
        _emit_word(run[0], names, known, set_aside)
        return
    initial = run[0][2].startswith("^")
    words = [w.lstrip("^") for _, _, w in run]
    text = " ".join(words)
    key = canonical_key(text)
    if not key:
        return
    while strict is not None and len(words) > 1 and plural_lead(words[:2], key, strict):
        run, words, initial = run[1:], words[1:], False  # "Teile Ostpolens", "Letzten Endes"
        text = " ".join(words)
        key = canonical_key(text)
    genitive = strict is not None and (cut := genitive_end(words, known)) < len(words)
    if genitive:
        run, words = run[:cut], words[:cut]  # "Hitlers Friedensangebot": the name, not the noun
        text = " ".join(words)
        key = canonical_key(text)
    lone = len(words) == 1 and not is_acronym(words[0]) and not genitive
    if lone and initial and key not in known:
        if set_aside is not None:
            set_aside.append((len(names), Name(run[0][0], run[-1][1], text, key)))
        return
    if lone and strict is not None and not lone_word_is_name(words[0], key, known, strict):
        return
    names.append(Name(run[0][0], run[-1][1], text, key))


def _emit_word(
    word: tuple[int, int, str],
    names: list[Name],
    known: frozenset[str],
    set_aside: list[tuple[int, Name]] | None,
) -> None:
    """``_emit`` of a run of one word where nouns are lower case: the same steps, fewer."""
    start, end, text = word
    initial = text.startswith("^")
    text = text.lstrip("^")
    key = canonical_key(text)
    if not key:
        return
    if initial and key not in known and not is_acronym(text):
        if set_aside is not None:
            set_aside.append((len(names), Name(start, end, text, key)))
        return
    names.append(Name(start, end, text, key))
