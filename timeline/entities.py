"""Names of people, organisations and places, found without a trained model, and their keys.

Names are runs of capitalised words (acronyms always count), minus titles ("President",
"Herr"), stop words and, in languages that capitalise every noun (German), the words that
context marks as common nouns (after a determiner, an adjective, or with a noun suffix).
A sentence-initial word counts only when the same word is a name elsewhere in the article.
Where nouns are capitalised, a lone word needs more: a title or a place preposition before it
("Herr Okafor", "nach Portugal"), an ending no native noun has ("-stan", "-enko"), a place in
the alias table, or a longer name of the article that holds it ("Varga" after "Helena Varga").
When a trained spaCy pipeline ran, the names it recognised are used, with acronyms added.

Each name carries its key (``name_keys.canonical_key``), so that articles in different
languages can be compared by who and what they name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.event_lexicon import EventLexicon, WordRule, lexicon, tense_cues
from timeline.name_keys import POSSESSIVE, alias_keys, canonical_key

if TYPE_CHECKING:
    from timeline.sentences import Sentence

logger = logging.getLogger(__name__)

TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:[-'’.][^\W_]+)*")
INTRODUCED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")
ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
VERB_ENDINGS = ("te", "ten")  # "warnte Kasachstan": a past-tense verb, not an adjective
MIN_NOUN_STEM = 4
MIN_PLURAL_LEAD = 5  # shorter leading words ("Uwe", "Anne") are more often first names


@dataclass(frozen=True)
class Name:
    """A name found in a text: offsets, the words as written (title removed) and its key."""

    start: int
    end: int
    text: str
    key: str


def _is_acronym(word: str) -> bool:
    return bool(ACRONYM.match(word))


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
    acronyms = [p for p in capitals if _is_acronym(p)]
    if acronyms and len(acronyms) < len(parts):
        return acronyms[0]
    if len(capitals) == len(parts):
        return word
    return capitals[0]


def _common_noun(word: str, previous: Sequence[str], lex: EventLexicon) -> bool:
    """In a language that capitalises nouns: does context say ``word`` is a common noun?"""
    if _is_acronym(word):
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


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_names(
    text: str,
    lang: str,
    exclude: Sequence[tuple[int, int]] = (),
    known: frozenset[str] = frozenset(),
    recognised: Sequence[tuple[int, int]] | None = None,
) -> list[Name]:
    """Names in one sentence ``text``; ``exclude`` are spans (dates) that hold none.

    ``known`` are keys found elsewhere in the article: a sentence-initial word is a name only
    if it is one of them (or an acronym, or the start of a run of several capitalised words).
    ``recognised`` are the spans a trained pipeline marked as names (None: no pipeline ran).
    """
    lex = lexicon(lang)
    titles, stops = lex.word_rule("titles"), lex.word_rule("stop_words")
    anchors = lex.word_rule("place_prepositions")
    speech = lex.word_rule("speech_verbs")
    connectors = lex.word_rule("name_connectors")  # "Bank of England", "Tratado de Segurança"
    names: list[Name] = []
    run: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # connectors waiting for the next capital
    previous: list[str] = []
    last_end = 0
    anchored = False  # the run follows a title or a place preposition

    def close() -> None:
        if run:
            _emit(run, names, known, lex if lex.capitalised_nouns and not anchored else None)
        run.clear()
        pending.clear()

    for position, match in enumerate(TOKEN.finditer(text)):
        word = match.group()
        if not run and word.islower():  # most words: no name to start, none to close
            previous.append(word)
            continue
        if run and text[last_end : match.start()].strip():
            close()  # punctuation between two words ends a name (nothing to end without a run)
        last_end = match.end()
        part = _name_part(word)
        usable = (
            part is not None
            and part.lower() not in stops.words
            and part not in speech  # "Kata Mardiasmo": a verb opening the sentence
            and not _inside(match.start(), match.end(), exclude)
            and not (lex.capitalised_nouns and _common_noun(part, previous, lex))
        )
        if part is not None and part.lower() in titles.words:
            close()
        elif usable and part is not None:
            if pending and run:
                run.extend(pending)
            pending.clear()
            if not run:
                anchored = bool(previous) and (
                    previous[-1] in titles
                    or (previous[-1] in anchors and not _common_ending(part, lex))
                )
            offset = match.start() + word.find(part)
            initial = position == 0 or _opens_quotation(text, match.start())
            run.append((offset, offset + len(part), f"^{part}" if initial else part))
        elif run and word in connectors and not pending:
            pending.append((match.start(), match.end(), word))
        elif run:  # without a run there are no pending connectors either: nothing to close
            close()
        previous.append(word)
    close()
    if recognised is not None:
        names = _with_recognised(text, names, recognised, exclude, titles, stops)
    return _with_acronyms(text, names)


def _with_acronyms(text: str, names: list[Name]) -> list[Name]:
    """A long name introduced with its acronym ("Collective Security Treaty Organization
    (CSTO)", "Organização do Tratado de Segurança Coletiva (OTSC)") takes the acronym's key,
    so it matches the acronym, and through the alias table other languages' names for it."""
    out = []
    for name in names:
        introduced = INTRODUCED_ACRONYM.match(text, name.end)
        if introduced and " " in name.text and not _is_acronym(name.text):
            name = Name(name.start, name.end, name.text, canonical_key(introduced.group(1)))
        out.append(name)
    return out


def _with_recognised(
    text: str,
    names: list[Name],
    recognised: Sequence[tuple[int, int]],
    exclude: Sequence[tuple[int, int]],
    titles: WordRule,
    stops: WordRule,
) -> list[Name]:
    """The pipeline's names (titles, articles and possessives trimmed), and the acronyms it
    missed."""
    out = []
    for start, end in recognised:
        if _inside(start, end, exclude):
            continue
        words = list(re.finditer(r"\S+", text[start:end]))
        while words and (words[0].group().strip(".") in titles or words[0].group() in stops):
            words.pop(0)
        if not words:
            continue
        first, last = start + words[0].start(), start + words[-1].end()
        written = POSSESSIVE.sub("", text[first:last])
        if key := canonical_key(written):
            out.append(Name(first, first + len(written), written, key))
    for name in names:
        if _is_acronym(name.text) and not _inside(name.start, name.end, recognised):
            out.append(name)
    return sorted(out, key=lambda n: n.start)


def _lone_word_is_name(word: str, key: str, known: frozenset[str], lex: EventLexicon) -> bool:
    """Where nouns are capitalised: may a lone capitalised word be a name without context?"""
    if key in known or key in alias_keys() or key in _known_parts(known):
        return True
    return any(word.lower().endswith(e) for e in lex.word_rule("name_endings").words)


def _genitive_end(words: Sequence[str], known: frozenset[str]) -> int:
    """Where a run ends after a known name in the genitive ("Hitlers Suche" -> 1 word)."""
    for i, word in enumerate(words[:-1]):
        stem = canonical_key(word[:-1]) if word.endswith("s") else ""
        if stem and (stem in known or stem in _known_parts(known)):
            return i + 1
    return len(words)


def _plural_lead(pair: Sequence[str], key: str, lex: EventLexicon) -> bool:
    """Does a longer run open with an inflected common noun or adjective before another
    inflected word ("Teile Ostpolens", "Letzten Endes", "Ausgebrannte Autos") rather than a
    first name ("George Washington")? Known exonyms ("Vereinte Nationen") keep their words."""
    word, following = pair
    if _is_acronym(word) or len(word) < MIN_PLURAL_LEAD or key in alias_keys():
        return False
    return _common_ending(word, lex) and (following.endswith("s") or _common_ending(following, lex))


def _common_ending(word: str, lex: EventLexicon) -> bool:
    """A word after a place preposition that still reads as a common noun ("in Frage")."""
    return any(word.lower().endswith(e) for e in lex.word_rule("common_endings").words)


@lru_cache(maxsize=256)
def _known_parts(known: frozenset[str]) -> frozenset[str]:
    return frozenset(part for key in known if " " in key for part in key.split())


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
) -> None:
    """Add the run as a name unless it is one doubtful word; ``strict`` for noun-capitalising
    languages, where a lone word also needs the evidence of ``_lone_word_is_name``."""
    initial = run[0][2].startswith("^")
    words = [w.lstrip("^") for _, _, w in run]
    text = " ".join(words)
    key = canonical_key(text)
    if not key:
        return
    while strict is not None and len(words) > 1 and _plural_lead(words[:2], key, strict):
        run, words, initial = run[1:], words[1:], False  # "Teile Ostpolens", "Letzten Endes"
        text = " ".join(words)
        key = canonical_key(text)
    genitive = strict is not None and (cut := _genitive_end(words, known)) < len(words)
    if genitive:
        run, words = run[:cut], words[:cut]  # "Hitlers Friedensangebot": the name, not the noun
        text = " ".join(words)
        key = canonical_key(text)
    lone = len(words) == 1 and not _is_acronym(words[0]) and not genitive
    if lone and initial and key not in known:
        return
    if lone and strict is not None and not _lone_word_is_name(words[0], key, known, strict):
        return
    names.append(Name(run[0][0], run[-1][1], text, key))


def first_pass_names(sentences: Sequence[Sentence], lang: str) -> list[list[Name]]:
    """Each sentence's names read on its own, without what the rest of the article names."""
    return [find_names(sentence.text, lang) for sentence in sentences]


def article_keys(
    sentences: Sequence[Sentence],
    lang: str,
    first: Sequence[Sequence[Name]],
    recognising: bool = False,
) -> frozenset[str]:
    """Canonical keys of every name in an article, given each sentence's first-pass names.

    Where nouns are lower case and no trained pipeline ran, a second reading with the keys
    the article knows adds only sentence-initial words whose key is already known, so the
    first pass gives the same keys without that reading (the common case, and free).
    """
    if not recognising and not lexicon(lang).capitalised_nouns:
        return frozenset(name.key for names in first for name in names)
    known = frozenset(name.key for names in first for name in names if name.text)
    return frozenset(
        name.key for sentence in sentences for name in _reread(sentence, lang, known, recognising)
    )


def spellings_of(names: Iterable[Name]) -> dict[str, str]:
    """How an article first writes each name key ("Western" for "vestern"), so that evidence
    quoting shared names reads as the articles do."""
    spelled: dict[str, str] = {}
    for name in names:
        if name.text:
            spelled.setdefault(name.key, name.text)
    return spelled


def _reread(sentence: Sentence, lang: str, known: frozenset[str], recognising: bool) -> list[Name]:
    """The second reading of a sentence: with the article's keys and the pipeline's names."""
    recognised = (
        [(e.start - sentence.start, e.end - sentence.start) for e in sentence.entities]
        if recognising
        else None
    )
    return find_names(sentence.text, lang, known=known, recognised=recognised)


def article_names(text: str, lang: str, model: str | None = None) -> list[Name]:
    """Every name in an article, sentence by sentence (offsets into ``text``).

    ``model``: a trained spaCy pipeline whose recognised names are used when it reads ``lang``.
    """
    from timeline.sentences import split_sentences, uses_model

    used = uses_model(lang, model)
    sentences = split_sentences(text, lang, model if used else None)
    first = first_pass_names(sentences, lang)
    known = frozenset(name.key for names in first for name in names if name.text)
    out = []
    for sentence in sentences:
        for name in _reread(sentence, lang, known, used):
            start, end = sentence.start + name.start, sentence.start + name.end
            out.append(Name(start, end, name.text, name.key))
    return out


def article_entities(text: str, lang: str, model: str | None = None) -> Iterable[str]:
    """Canonical keys of the names an article mentions, sorted (for relating articles)."""
    try:
        return sorted({name.key for name in article_names(text, lang, model)})
    except Exception as exc:  # bad input must never stop the pipeline
        logger.warning("entities: could not read names (%s); none used", exc)
        return []
