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
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property

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


def _parts(keys: Iterable[frozenset[str]], others: list[frozenset[str]]) -> list[frozenset[str]]:
    """``_shared`` of each key against ``others``; a key sharing no word with any of them
    (the common case) is answered by one set test instead of a loop over ``others``."""
    tokens = frozenset().union(*others)
    empty: frozenset[str] = frozenset()
    return [empty if key.isdisjoint(tokens) else _shared(key, others) for key in keys]


def _shared(key: frozenset[str], others: Iterable[frozenset[str]]) -> frozenset[str]:
    """What ``key`` shares with the other side when one name is part of the other ("Xi" and
    "Xi Jinping", "Lavrov" and "Sergei Lavrov"); empty when it shares nothing."""
    best: frozenset[str] = frozenset()
    for other in others:
        if key.isdisjoint(other):
            continue  # the common case, and the cheapest test
        if (key <= other or other <= key) and len(key & other) > len(best):
            best = key & other
    return best


def _related(key: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Is one of ``others`` part of ``key`` or the other way round (``_shared`` not empty)?"""
    return any(not key.isdisjoint(other) and (key <= other or other <= key) for other in others)


def entity_score(
    a: Features, b_entities: Iterable[frozenset[str]], weights: Mapping[str, float]
) -> float:
    """Shared entities against the ones only one side names (the smaller side counts).

    One shared name against names that each side has alone is weak evidence (Xi calling
    Tokayev, Xi calling Lukashenko): such a score is discounted.
    """
    b_list = list(b_entities)
    parts = _parts(a.entities, b_list)
    shared = {part for part in parts if part}
    if not shared:
        return 0.0
    matched = math.fsum(_weight(part, weights) for part in shared)  # in any order, one sum
    only_a = sum(_weight(k, weights) for k, part in zip(a.entities, parts, strict=True) if not part)
    a_tokens = frozenset().union(*a.entities)
    only_b = sum(
        _weight(k, weights) for k in b_list if k.isdisjoint(a_tokens) or not _related(k, a.entities)
    )
    score = matched / (matched + min(only_a, only_b))
    if len(shared) == 1 and only_a and only_b:
        score *= SINGLE_MATCH
    return score * min(1.0, matched / MIN_EVIDENCE)


def shares_a_rare_name(
    a: Features,
    b_entities: Iterable[frozenset[str]],
    weights: Mapping[str, float],
    documents: int,
) -> bool:
    """True when the two sides share a name that at most about half the articles mention.

    The story's protagonists (named by nearly every article) cannot alone tie a vague
    mention ("this week, China backed Russia in Kazakhstan") to one of the day's events.
    Below a few articles every shared name counts: rarity means nothing there.
    """
    if documents < RARITY_DOCUMENTS:
        return True
    shared = (part for part in _parts(a.entities, list(b_entities)) if part)
    return any(_weight(part, weights) >= RARE_WEIGHT for part in shared)


def word_score(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """Jaccard overlap of content stems (useful within one language), 0 below a few shared."""
    shared = len(a & b)
    if shared < MIN_SHARED_WORDS:
        return 0.0
    return shared / len(a | b)


def similarity(
    a: Features,
    b_entities: Iterable[frozenset[str]],
    b_numbers: AbstractSet[str],
    b_words: AbstractSet[str],
    weights: Mapping[str, float],
) -> float:
    """How likely two tellings are the same event: about 0 (different) to above 1 (same).

    Words alone never join two tellings that name different people or places.
    """
    b_list = list(b_entities)
    entities = entity_score(a, b_list, weights)
    words = word_score(a.words, b_words)
    if a.entities and b_list and entities == 0:
        words = 0.0
    score = max(entities, WORD_WEIGHT * words)
    if score > 0 and a.numbers & b_numbers:
        score += NUMBER_BONUS
    return score
