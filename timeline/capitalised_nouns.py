"""Names where every noun is capitalised (German): the evidence a capitalised word needs.

A capital alone says little there, so context decides: a determiner or an adjective before
a word marks a common noun ("die Rote Armee"), a noun suffix marks a noun head ("-ung",
"-heit"), and a lone word needs a known name, a place of the alias table or an ending no
native noun has ("-stan", "-enko"). ``entities`` asks these questions only for such languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from timeline.event_lexicon import EventLexicon, tense_cues
from timeline.name_keys import alias_keys, canonical_key, is_acronym

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
VERB_ENDINGS = ("te", "ten")  # "warnte Kasachstan": a past-tense verb, not an adjective
MIN_NOUN_STEM = 4
MIN_PLURAL_LEAD = 5  # shorter leading words ("Uwe", "Anne") are more often first names


def common_noun(word: str, previous: Sequence[str], lex: EventLexicon) -> bool:
    """In a language that capitalises nouns: does context say ``word`` is a common noun?"""
    if is_acronym(word):
        return False
    determiners = lex.word_rule("determiners")
    lower = word.lower()
    stem_ok = any(
        lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_NOUN_STEM
        for suffix in lex.word_rule("noun_suffixes").words
    )
    if stem_ok or lower in lex.word_rule("noun_suffixes"):  # "Kraft", "Haus": a noun head
        return True
    if not previous:
        return False
    before = previous[-1]
    if before in determiners:
        return True
    if (  # "die Rote Armee", "das Weiße Haus": the noun after a determiner and an adjective
        len(previous) > 1
        and previous[-2] in determiners
        and before[:1].isupper()
        and before.lower().endswith(ADJECTIVE_ENDINGS)
    ):
        return True
    if not (before[:1].islower() and len(before) >= 4 and before.endswith(ADJECTIVE_ENDINGS)):
        return False
    verbs = tense_cues(lex.code)
    if verbs is not None and verbs.fullmatch(before):  # "wurde Hitlers": a verb, not an adjective
        return False
    # "warnte Kasachstan" is a verb before a name; "die zerstörte Brücke" an adjective
    return not before.endswith(VERB_ENDINGS) or (len(previous) > 1 and previous[-2] in determiners)


def lone_word_is_name(word: str, key: str, known: frozenset[str], lex: EventLexicon) -> bool:
    """Where nouns are capitalised: may a lone capitalised word be a name without context?"""
    if key in known or key in alias_keys() or key in known_parts(known):
        return True
    return any(word.lower().endswith(e) for e in lex.word_rule("name_endings").words)


def genitive_end(words: Sequence[str], known: frozenset[str]) -> int:
    """Where a run ends after a known name in the genitive ("Hitlers Suche" -> 1 word)."""
    for i, word in enumerate(words[:-1]):
        stem = canonical_key(word[:-1]) if word.endswith("s") else ""
        if stem and (stem in known or stem in known_parts(known)):
            return i + 1
    return len(words)


def plural_lead(pair: Sequence[str], key: str, lex: EventLexicon) -> bool:
    """Does a longer run open with an inflected common noun or adjective before another
    inflected word ("Teile Ostpolens", "Letzten Endes", "Ausgebrannte Autos") rather than a
    first name ("George Washington")? Known exonyms ("Vereinte Nationen") keep their words."""
    word, following = pair
    if is_acronym(word) or len(word) < MIN_PLURAL_LEAD or key in alias_keys():
        return False
    return common_ending(word, lex) and (following.endswith("s") or common_ending(following, lex))


def common_ending(word: str, lex: EventLexicon) -> bool:
    """A word after a place preposition that still reads as a common noun ("in Frage")."""
    return any(word.lower().endswith(e) for e in lex.word_rule("common_endings").words)


@lru_cache(maxsize=256)
def known_parts(known: frozenset[str]) -> frozenset[str]:
    """The single words of the article's names of several words ("varga" of "helena varga")."""
    return frozenset(part for key in known if " " in key for part in key.split())
