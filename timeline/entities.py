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
from typing import TYPE_CHECKING

from timeline.event_lexicon import WordRule, lexicon
from timeline.name_keys import POSSESSIVE, canonical_key, is_acronym
from timeline.name_runs import FirstReading, Name, inside, runs

if TYPE_CHECKING:
    from timeline.sentences import Sentence

logger = logging.getLogger(__name__)

INTRODUCED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")


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
    names = runs(text, lex, exclude, known)
    if recognised is not None:
        titles, stops = lex.word_rule("titles"), lex.word_rule("stop_words")
        names = _with_recognised(text, names, recognised, exclude, titles, stops)
    return _with_acronyms(text, names)


def read_first(text: str, lang: str) -> FirstReading:
    """``find_names(text, lang)``, kept with what deriving a second reading needs."""
    lex = lexicon(lang)
    set_aside: list[tuple[int, Name]] = []
    words: list[tuple[int, int]] = []
    names = runs(text, lex, (), frozenset(), set_aside, words)
    return FirstReading(
        tuple(_with_acronyms(text, names)),
        tuple(set_aside),
        tuple(words),
        derivable=not lex.capitalised_nouns,
    )


def _with_acronyms(text: str, names: list[Name]) -> list[Name]:
    """A long name introduced with its acronym ("Collective Security Treaty Organization
    (CSTO)", "Organização do Tratado de Segurança Coletiva (OTSC)") takes the acronym's key,
    so it matches the acronym, and through the alias table other languages' names for it."""
    out = []
    for name in names:
        introduced = INTRODUCED_ACRONYM.match(text, name.end)
        if introduced and " " in name.text and not is_acronym(name.text):
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
        if inside(start, end, exclude):
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
        if is_acronym(name.text) and not inside(name.start, name.end, recognised):
            out.append(name)
    return sorted(out, key=lambda n: n.start)


def first_pass_names(sentences: Sequence[Sentence], lang: str) -> list[list[Name]]:
    """Each sentence's names read on its own, without what the rest of the article names."""
    return [find_names(sentence.text, lang) for sentence in sentences]


def first_readings(sentences: Sequence[Sentence], lang: str) -> list[FirstReading]:
    """``first_pass_names`` with what deriving each sentence's second reading needs."""
    return [read_first(sentence.text, lang) for sentence in sentences]


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
