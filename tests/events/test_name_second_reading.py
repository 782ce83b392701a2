"""A sentence's second reading of names (its dates excluded, the article's keys known) derived
from its first reading gives what reading it again gives, and the token loop with its table of
word kinds gives what the loop that asked the word lists for every token gave."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.capitalised_nouns import common_ending, common_noun
from timeline.entities import _with_acronyms, find_names, read_first
from timeline.event_lexicon import lexicon
from timeline.name_keys import canonical_key
from timeline.name_runs import TOKEN, Name, _emit, _name_part, _opens_quotation, inside

DERIVED = ("en", "pt", "id")


def reference_runs(
    text: str, lang: str, exclude: Sequence[tuple[int, int]], known: frozenset[str]
) -> list[Name]:
    """The token loop as it was: every word looked up in the word lists, every time."""
    lex = lexicon(lang)
    titles, stops = lex.word_rule("titles"), lex.word_rule("stop_words")
    anchors, speech = lex.word_rule("place_prepositions"), lex.word_rule("speech_verbs")
    connectors = lex.word_rule("name_connectors")
    names: list[Name] = []
    run: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    previous: list[str] = []
    last_end, anchored = 0, False

    def close() -> None:
        if run:
            _emit(run, names, known, lex if lex.capitalised_nouns and not anchored else None)
        run.clear()
        pending.clear()

    for position, match in enumerate(TOKEN.finditer(text)):
        word = match.group()
        if not run and word.islower():
            previous.append(word)
            continue
        if run and text[last_end : match.start()].strip():
            close()
        last_end = match.end()
        part = _name_part(word)
        usable = (
            part is not None
            and part.lower() not in stops.words
            and part not in speech
            and not inside(match.start(), match.end(), exclude)
            and not (lex.capitalised_nouns and common_noun(part, previous, lex))
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
                    or (previous[-1] in anchors and not common_ending(part, lex))
                )
            offset = match.start() + word.find(part)
            initial = position == 0 or _opens_quotation(text, match.start())
            run.append((offset, offset + len(part), f"^{part}" if initial else part))
        elif run and word in connectors and not pending:
            pending.append((match.start(), match.end(), word))
        elif run:
            close()
        previous.append(word)
    close()
    return names


SAMPLES = {
    "en": "President Helena Varga of the Bank England said NTSB NGOs on Monday Kestrel "
    "Bay's Mr. Okafor in Paris and they met U.S.-led al-Assad O'Brien Next “Color”",
    "pt": "O presidente Luiz Inácio chegou a Lisboa Banco de Portugal disse ONU em "
    "Segunda-feira Tratado Segurança Coletiva (OTSC) e ele",
    "id": "Presiden Joko Widodo tiba di Jakarta Bank Indonesia kata Mardiasmo pada "
    "Kamis dan Menteri Luar Negeri Kemudian ia",
    "de": "Frau Helena Varga eröffnete die Brücke in Kestrel Rote Armee nach Portugal "
    "Hitlers Suche Kasachstan warnte Teile Ostpolens UNO am Montag",
}
WORDS = {lang: sample.split() for lang, sample in SAMPLES.items()}
JOINERS = [" ", " ", " ", ", ", ". ", " „", "“ ", ' "', '" ', " (", ") "]


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str, list[tuple[int, int]], frozenset[str]]:
    lang = draw(st.sampled_from(sorted(WORDS)))
    words = draw(st.lists(st.sampled_from(WORDS[lang]), min_size=1, max_size=14))
    joiners = draw(st.lists(st.sampled_from(JOINERS), min_size=len(words), max_size=len(words)))
    text = "".join(w + j for w, j in zip(words, joiners, strict=True)).strip()
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(1, 12)), max_size=3))
    exclude = [(a, min(a + n, len(text))) for a, n in spans]
    known = frozenset(
        canonical_key(w) for w in draw(st.lists(st.sampled_from(WORDS[lang]), max_size=6))
    )
    return lang, text, exclude, known


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_the_token_loop_gives_what_it_gave(
    case: tuple[str, str, list[tuple[int, int]], frozenset[str]],
) -> None:
    lang, text, exclude, known = case
    reference = _with_acronyms(text, reference_runs(text, lang, exclude, known))
    assert find_names(text, lang, exclude, known) == reference


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_a_derived_second_reading_is_the_second_reading(
    case: tuple[str, str, list[tuple[int, int]], frozenset[str]],
) -> None:
    lang, text, exclude, known = case
    first = read_first(text, lang)
    assert list(first.names) == find_names(text, lang)
    derived = first.again(exclude, known)
    if lang not in DERIVED:
        assert derived is None  # the article's keys decide more where nouns are capitalised
    elif derived is not None:
        assert derived == find_names(text, lang, exclude, known)


TABLE = [
    pytest.param("en", "Varga met Okafor on Monday.", "Monday", {"varga"}, True, id="en-known"),
    pytest.param("en", "Varga met Okafor on Monday.", "Monday", set(), True, id="en-unknown"),
    pytest.param("en", "Varga met Okafor on Monday.", "Okafor", set(), False, id="en-on-a-name"),
    pytest.param(
        "pt", "Inácio falou com a ONU em 3 de março.", "3 de março", {"inakio"}, True, id="pt"
    ),
    pytest.param(
        "pt",
        "Inácio falou com a ONU na Segunda-feira.",
        "Segunda-feira",
        set(),
        False,
        id="pt-name",
    ),
    pytest.param(
        "id", "Widodo bertemu Bank Indonesia pada Kamis.", "Kamis", {"vidodo"}, True, id="id"
    ),
    pytest.param(
        "id", "Widodo bertemu Bank Indonesia pada Kamis.", "Bank", set(), False, id="id-name"
    ),
    pytest.param("de", "Varga dankte der UNO am Montag.", "Montag", {"varga"}, False, id="de"),
]


@pytest.mark.parametrize(("lang", "text", "date", "known", "derivable"), TABLE)
def test_when_the_second_reading_is_derived(
    lang: str, text: str, date: str, known: set[str], derivable: bool
) -> None:
    at = text.index(date)
    exclude = [(at, at + len(date))]
    derived = read_first(text, lang).again(exclude, frozenset(known))
    assert (derived is not None) == derivable
    if derived is not None:
        assert derived == find_names(text, lang, exclude, frozenset(known))
