"""``similarity.compare`` against the pairwise scoring it replaced (kept here as the reference):
the same score and the same rare-name answer, to the last bit, for any two sides."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.event_builders import candidate
from timeline import similarity
from timeline.similarity import (
    Features,
    KeyWeights,
    compare,
    features,
    is_rare,
    token_weights,
)

# --- the reference: the scoring as it was before ``compare`` ----------------------------------


def _old_weight(key: frozenset[str], weights: Mapping[str, float]) -> float:
    return max((weights.get(t, similarity.UNSEEN) for t in key), default=0.0)


def _old_shared(key: frozenset[str], others: Iterable[frozenset[str]]) -> frozenset[str]:
    best: frozenset[str] = frozenset()
    for other in others:
        if key.isdisjoint(other):
            continue
        if (key <= other or other <= key) and len(key & other) > len(best):
            best = key & other
    return best


def _old_related(key: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    return any(not key.isdisjoint(other) and (key <= other or other <= key) for other in others)


def _old_entity_score(
    a: Features, b_list: list[frozenset[str]], weights: Mapping[str, float]
) -> float:
    parts = [_old_shared(key, b_list) for key in a.entities]
    shared = {part for part in parts if part}
    if not shared:
        return 0.0
    matched = math.fsum(_old_weight(part, weights) for part in shared)
    only_a = sum(
        _old_weight(k, weights) for k, part in zip(a.entities, parts, strict=True) if not part
    )
    a_tokens = frozenset().union(*a.entities)
    only_b = sum(
        _old_weight(k, weights)
        for k in b_list
        if k.isdisjoint(a_tokens) or not _old_related(k, a.entities)
    )
    score = matched / (matched + min(only_a, only_b))
    if len(shared) == 1 and only_a and only_b:
        score *= similarity.SINGLE_MATCH
    return score * min(1.0, matched / similarity.MIN_EVIDENCE)


def _old_similarity(
    a: Features,
    b_entities: list[frozenset[str]],
    b_numbers: AbstractSet[str],
    b_words: AbstractSet[str],
    weights: Mapping[str, float],
) -> float:
    entities = _old_entity_score(a, b_entities, weights)
    shared_words = len(a.words & b_words)
    words = (
        0.0 if shared_words < similarity.MIN_SHARED_WORDS else shared_words / len(a.words | b_words)
    )
    if a.entities and b_entities and entities == 0:
        words = 0.0
    score = max(entities, similarity.WORD_WEIGHT * words)
    if score > 0 and a.numbers & b_numbers:
        score += similarity.NUMBER_BONUS
    return score


def _old_shares_a_rare_name(
    a: Features, b_entities: list[frozenset[str]], weights: Mapping[str, float], documents: int
) -> bool:
    if documents < similarity.RARITY_DOCUMENTS:
        return True
    parts = [_old_shared(key, b_entities) for key in a.entities]
    return any(_old_weight(part, weights) >= similarity.RARE_WEIGHT for part in parts if part)


# --- the sides ----------------------------------------------------------------------------------


@dataclass
class Growing:
    """An event being merged as ``merge`` keeps it: lists and sets that grow."""

    entities: list[frozenset[str]] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


def growing(told: Features) -> Growing:
    return Growing(list(told.entities), set(told.tokens), set(told.numbers), set(told.words))


TOKENS = ["xi", "jinping", "lavrov", "sergei", "tokayev", "kasaxstan", "rusia", "minsk"]
key_strategy = st.frozensets(st.sampled_from(TOKENS), min_size=1, max_size=3)
features_strategy = st.builds(
    lambda entities, numbers, words: Features(tuple(entities), numbers, words),
    st.lists(key_strategy, max_size=6),
    st.frozensets(st.sampled_from(["12", "2018", "5", "300"]), max_size=3),
    st.frozensets(
        st.sampled_from(["visit", "talks", "summi", "accor", "troop", "leave"]), max_size=6
    ),
)
weights_strategy = st.dictionaries(
    st.sampled_from(TOKENS),
    st.one_of(
        st.floats(min_value=0.01, max_value=5.0),
        st.sampled_from([math.log(2), math.log(2) - 1e-9, 0.1, 0.2]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(features_strategy, features_strategy, weights_strategy, st.integers(0, 8))
def test_compare_scores_as_the_pairwise_scoring_did(
    a: Features, b: Features, weights: dict[str, float], documents: int
) -> None:
    old_score = _old_similarity(a, list(b.entities), b.numbers, b.words, weights)
    old_rare = _old_shares_a_rare_name(a, list(b.entities), weights, documents)
    for side in (b, growing(b)):
        score, rarest = compare(a, side, KeyWeights(weights))
        assert score == old_score
        assert is_rare(rarest, documents) is old_rare


@settings(max_examples=200, deadline=None)
@given(features_strategy, weights_strategy)
def test_an_event_compared_as_it_grows_is_compared_as_a_frozen_copy(
    a: Features, weights: dict[str, float]
) -> None:
    event = Growing()
    for told in (a, Features(a.entities[:1], a.numbers, frozenset())):
        event.entities.extend(told.entities)
        event.tokens.update(told.tokens)
        event.numbers |= told.numbers
        event.words |= told.words
        frozen = Features(tuple(event.entities), frozenset(event.numbers), frozenset(event.words))
        assert compare(a, event, KeyWeights(weights)) == compare(a, frozen, KeyWeights(weights))
        assert compare(event, a, KeyWeights(weights)) == compare(frozen, a, KeyWeights(weights))


@given(st.lists(key_strategy, max_size=8), weights_strategy)
def test_key_weights_are_the_rarest_word_of_each_key(
    keys: list[frozenset[str]], weights: dict[str, float]
) -> None:
    key_weights = KeyWeights(weights)
    assert [key_weights[k] for k in keys] == [_old_weight(k, weights) for k in keys]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            (
                "en",
                "Xi Jinping met Kassym-Jomart Tokayev in Astana on Monday.",
                ("Xi Jinping", "Tokayev"),
            ),
            ("de", "Xi traf am Montag Tokajew in Astana.", ("Xi", "Tokajew")),
            True,
        ),
        (
            (
                "en",
                "Sergei Lavrov visited Minsk for talks with 300 delegates.",
                ("Sergei Lavrov", "Minsk"),
            ),
            ("pt", "Lavrov visitou Minsk para conversas com 300 delegados.", ("Lavrov", "Minsk")),
            True,
        ),
        (
            ("en", "Xi called Tokayev about the summit.", ("Xi", "Tokayev")),
            ("de", "Xi rief Lukaschenko wegen des Gipfels an.", ("Xi", "Lukaschenko")),
            False,
        ),
    ],
    ids=["xi-tokayev-en-de", "lavrov-minsk-en-pt", "xi-calls-two-men-en-de"],
)
def test_tellings_in_two_languages_score_as_before(
    first: tuple[str, str, tuple[str, ...]],
    second: tuple[str, str, tuple[str, ...]],
    same: bool,
) -> None:
    told = [
        features(candidate(f"{language}_doc", sentence, "2022-01-10", names, language=language))
        for language, sentence, names in (first, second)
    ]
    per_document = {str(n): f.tokens for n, f in enumerate(told)}
    weights = token_weights(per_document)
    score, _ = compare(told[0], told[1], KeyWeights(weights))
    assert score == _old_similarity(
        told[0], list(told[1].entities), told[1].numbers, told[1].words, weights
    )
    assert (score > 0.5) is same
