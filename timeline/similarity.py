"""How alike two tellings of an event are, across languages: who they name, which numbers.

Words differ between languages, names and numbers do not (once transliteration is folded),
so entities and numbers weigh most; shared content words only help within one language.
Entities are compared through their words ("Xi" matches "Xi Jinping", "Lawrow" matches
"Sergey Lavrov"), each weighted by how rare it is in the corpus. Two tellings that each name
someone the other does not (Xi with Tokayev, Xi with Lukashenko) are different events.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from timeline.model import Candidate
from timeline.name_keys import canonical_key, fold_token

NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[.,\s]\d{3})+(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])"
)
WORD = re.compile(r"[^\W\d_]{5,}")
STEM = 5  # content words are compared by their first letters (folded)
UNSEEN = 2.0  # weight of a word the corpus statistics do not know
MIN_TOKEN = 2  # one-letter name parts ("Yi" folds to "i") say too little
NUMBER_BONUS = 0.2
MIN_SHARED_WORDS = 3  # "visited" in common says nothing; a shared phrase does
WORD_WEIGHT = 0.8
MIN_EVIDENCE = 0.3  # shared names rarer than this (all weights summed) count proportionally less
RARE_WEIGHT = math.log(2) - 1e-9  # a name in at most half the articles (inverse frequency)
RARITY_DOCUMENTS = 4  # from this many articles on, protagonists are told apart by frequency
SINGLE_MATCH = 0.8  # discount when one name is shared and each side names someone else
_NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Features:
    """What a candidate is compared by: entity keys (as word sets), numbers, content stems."""

    entities: tuple[frozenset[str], ...]
    numbers: frozenset[str]
    words: frozenset[str]

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Every word of every entity (cached: merging asks for it at every step)."""
        return frozenset(t for key in self.entities for t in key)


def _numbers(text: str) -> frozenset[str]:
    out = set()
    for match in NUMBER.finditer(text):
        digits = re.sub(r"[.,\s]", "", match.group())
        if len(digits) >= 2:
            out.add(digits.lstrip("0") or "0")
    return frozenset(out)


def features(candidate: Candidate, stop_words: frozenset[str] = frozenset()) -> Features:
    """Entities, numbers and content stems of a candidate (the date expression left out)."""
    sentence = candidate.mention.sentence
    timex = candidate.mention.timex
    if timex is not None and candidate.mention.start <= timex.start < candidate.mention.end:
        offset = candidate.mention.start
        sentence = sentence[: timex.start - offset] + " " + sentence[timex.end - offset :]
    entities = []
    for name in candidate.entities:
        tokens = frozenset(t for t in canonical_key(name).split() if len(t) >= MIN_TOKEN)
        if tokens:
            entities.append(tokens)
    words = frozenset(
        fold_token(w)[:STEM]
        for w in WORD.findall(sentence)
        if w.lower() not in stop_words and w[0].islower()
    )
    return Features(tuple(entities), _numbers(sentence), words)


def token_weights(document_tokens: Mapping[str, Iterable[str]]) -> dict[str, float]:
    """Rarity of each entity word (inverse document frequency): the story's own protagonists,
    named by every article, say little about which event a sentence tells."""
    frequency: dict[str, int] = {}
    for tokens in document_tokens.values():
        for token in set(tokens):
            frequency[token] = frequency.get(token, 0) + 1
    total = len(document_tokens) + 1
    return {token: math.log(total / count) for token, count in frequency.items()}


def _weight(key: frozenset[str], weights: Mapping[str, float]) -> float:
    if len(key) == 1:  # most names are one word once folded: no generator needed
        (token,) = key
        return weights.get(token, UNSEEN)
    return max((weights.get(t, UNSEEN) for t in key), default=0.0)


class KeyWeights(dict[frozenset[str], float]):
    """The weight of each entity key (its rarest word), worked out once per key.

    Merging weighs the same keys in every comparison; ``key_weights[key]`` is one dictionary
    look-up once the key has been seen.
    """

    def __init__(self, token_weights: Mapping[str, float]) -> None:
        super().__init__()
        self.token_weights = token_weights

    def __missing__(self, key: frozenset[str]) -> float:
        weight = _weight(key, self.token_weights)
        self[key] = weight
        return weight


class Compared(Protocol):
    """Either side of a comparison: a telling's ``Features`` or an event being merged (which
    keeps every word of its names at hand in ``tokens`` as it grows)."""

    @property
    def entities(self) -> Sequence[frozenset[str]]: ...

    @property
    def tokens(self) -> AbstractSet[str]: ...  # every word of ``entities``

    @property
    def numbers(self) -> AbstractSet[str]: ...

    @property
    def words(self) -> AbstractSet[str]: ...


_UNLIKE = (0.0, 0.0)  # no likeness, no shared name


def _related(key: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Is one of ``others`` part of ``key`` or the other way round?"""
    return any(not key.isdisjoint(other) and (key <= other or other <= key) for other in others)


def compare(
    a: Compared, b: Compared, key_weights: Mapping[frozenset[str], float]
) -> tuple[float, float]:
    """How likely two tellings are the same event, about 0 (different) to above 1 (same), and
    the weight of the rarest name they share (0 when they share none; see ``is_rare``).

    Entities weigh most: the names both sides share (each the common part when one name is
    part of the other: "Xi" and "Xi Jinping") against the ones only one side names, the
    smaller side counting. One shared name against names that each side has alone is weak
    evidence (Xi calling Tokayev, Xi calling Lukashenko): such a score is discounted. Words
    alone never join two tellings that name different people or places.
    """
    a_entities, b_entities = a.entities, b.entities
    a_tokens, b_tokens = a.tokens, b.tokens
    shared: set[frozenset[str]] = set()
    alone: list[frozenset[str]] = []  # a's names that b does not name
    for key in a_entities if not a_tokens.isdisjoint(b_tokens) else ():
        if key.isdisjoint(b_tokens):  # no name of b shares a word with it
            alone.append(key)
        elif len(key) == 1:  # its one word is in a name of b: that name holds all of it
            shared.add(key)
        else:
            part = _NOTHING
            for other in b_entities:
                if key.isdisjoint(other):
                    continue
                if (key <= other or other <= key) and len(key & other) > len(part):
                    part = key & other
            if part:
                shared.add(part)
            else:
                alone.append(key)
    if not shared and a_entities and b_entities:
        return _UNLIKE  # names on both sides, none shared: words do not count
    entities = rarest = 0.0
    if shared:
        weights = [key_weights[part] for part in shared]
        matched = math.fsum(weights)  # in any order, one sum
        rarest = max(weights)
        only_a = sum([key_weights[key] for key in alone])
        only_b = sum(
            [
                key_weights[key]
                for key in b_entities
                if key.isdisjoint(a_tokens)
                or (len(key) > 1 and not _related(key, a_entities))  # one word: related
            ]
        )
        entities = matched / (matched + min(only_a, only_b))
        if len(shared) == 1 and only_a and only_b:
            entities *= SINGLE_MATCH
        entities *= min(1.0, matched / MIN_EVIDENCE)
    # content stems: their Jaccard overlap, 0 below a few shared or when the names differ
    a_words, b_words = a.words, b.words
    common = len(a_words & b_words)
    words = 0.0
    if common >= MIN_SHARED_WORDS and not (a_entities and b_entities and entities == 0):
        words = common / (len(a_words) + len(b_words) - common)  # over the union's size
    score = max(entities, WORD_WEIGHT * words)
    if score > 0 and not a.numbers.isdisjoint(b.numbers):
        score += NUMBER_BONUS
    return score, rarest


def is_rare(rarest: float, documents: int) -> bool:
    """Whether the rarest name two sides share is one that at most about half the articles
    mention.

    The story's protagonists (named by nearly every article) cannot alone tie a vague
    mention ("this week, China backed Russia in Kazakhstan") to one of the day's events.
    Below a few articles every shared name counts: rarity means nothing there.
    """
    return documents < RARITY_DOCUMENTS or rarest >= RARE_WEIGHT
