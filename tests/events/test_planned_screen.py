"""Trying a planned-status rule only where a text holds one of the strings its matches need
finds the rule trying them all found; a dateline is matched at the start as the first match
of a search was; the strings are read from each rule, in every language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.event_lexicon import (
    EventLexicon,
    PatternRule,
    available_languages,
    lexicon,
    needed_strings,
)

LANGUAGES = ("en", "de", "pt", "id")


def every_rule(lex: EventLexicon, text: str) -> PatternRule | None:
    """``is_planned`` as it was: every rule searched in order."""
    return next((rule for rule in lex.planned if rule.search(text)), None)


def searched_dateline(lex: EventLexicon, text: str) -> int:
    """``dateline_end`` as it was: a search whose first match must start at 0."""
    for rule in lex.dateline:
        match = rule.search(text)
        if match is not None and match.start() == 0:
            return match.end()
    return 0


CASES = [
    pytest.param("en", "Repairs will begin on March 25.", id="en-will"),
    pytest.param("en", "Repairs WILL begin; the mayor PLANS to attend.", id="en-capitals"),
    pytest.param("en", "We'll see, the ferry is to sail at noon.", id="en-going-to"),
    pytest.param("en", "Repairs wıll begin, the ferry ſhould open.", id="en-uneven-cases"),
    pytest.param("en", "The ferry ran aground on Tuesday.", id="en-none"),
    pytest.param("de", "Die Reparatur soll am Montag beginnen.", id="de-soll"),
    pytest.param("de", "Die Bürgermeisterin KÜNDIGTE an, zu helfen.", id="de-capitals"),
    pytest.param("pt", "O governo vai anunciar as medidas amanhã.", id="pt-vai"),
    pytest.param("pt", "A reunião está PREVISTA para março.", id="pt-capitals"),
    pytest.param("id", "Pemerintah akan mengumumkan hasilnya besok.", id="id-akan"),
    pytest.param("id", "Kapal itu kandas pada hari Selasa.", id="id-none"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_screened_rules_find_the_same_rule(lang: str, text: str) -> None:
    lex = lexicon(lang)
    assert lex.is_planned(text) == every_rule(lex, text)


def test_every_rule_of_every_language_finds_its_example() -> None:
    for code in available_languages():
        lex = lexicon(code)
        for rule in lex.planned:
            assert lex.is_planned(rule.example) == every_rule(lex, rule.example), rule.id


def test_the_needed_strings_are_lower_case_ascii() -> None:
    for code in available_languages():
        for rule in lexicon(code).planned:
            found = needed_strings(rule.pattern)
            assert found is None or all(s.isascii() and s == s.lower() for s in found), rule.id


WORDS = st.sampled_from(
    [
        *("will", "WILL", "Will", "wıll", "plans", "PLANS", "ſcheduled", "due", "upcoming"),
        *("soll", "SOLL", "wird", "kündigte", "KÜNDIGTE", "angekündigt", "İst"),
        *("vai", "VAI", "irá", "prevista", "deve", "akan", "AKAN", "berencana", "segera"),
        *("the", "ferry", "is", "to", "sail", "am", "going", "Kestrel", "BERLIN", "(dpa)"),
        *(" ", " ", ", ", ". ", " - ", "\n", "’ll", "'ll", "K"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=20).map("".join), st.sampled_from(LANGUAGES))
def test_random_texts_find_the_same_rule_and_dateline(text: str, lang: str) -> None:
    lex = lexicon(lang)
    assert lex.is_planned(text) == every_rule(lex, text)
    assert lex.dateline_end(text) == searched_dateline(lex, text)


@pytest.mark.parametrize(
    "text",
    [
        "RIVERMOUTH, KOMPAS.com - Jembatan Pelabuhan Rivermouth runtuh.",
        "BERLIN (dpa) - Die Fähre lief auf Grund.",
        "The ferry ran aground. LISBOA (Lusa) - A balsa encalhou.",
        "The ferry ran aground.\nBERLIN (dpa) - Die Fähre lief auf Grund.",
        "LISBOA, 14 de março – A balsa encalhou.",
    ],
    ids=["id", "de", "en-later", "en-next-line", "pt"],
)
def test_a_dateline_is_matched_at_the_start(text: str) -> None:
    for lang in LANGUAGES:
        lex = lexicon(lang)
        assert lex.dateline_end(text) == searched_dateline(lex, text)
