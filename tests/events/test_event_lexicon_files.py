"""Every events word-list file loads, and every rule still matches its own example."""

from __future__ import annotations

import pytest

from timeline.entities import canonical_key
from timeline.event_lexicon import (
    PATTERN_LISTS,
    UNIVERSAL,
    WORD_LISTS,
    alias_rule,
    alias_table,
    available_languages,
    lexicon,
    load_file,
)

CODES = [*available_languages(), UNIVERSAL]


def test_the_default_languages_have_files() -> None:
    assert {"en", "de", "id", "pt", "es", "fr", "it", "nl"} <= set(available_languages())


@pytest.mark.parametrize("code", CODES)
def test_file_loads(code: str) -> None:
    lex = load_file(code)
    assert lex.code == code


@pytest.mark.parametrize(
    ("code", "kind", "rule_id", "example"),
    [
        pytest.param(code, kind, rule.id, rule.example, id=rule.id)
        for code in CODES
        for kind in PATTERN_LISTS
        for rule in getattr(load_file(code), kind)
    ],
)
def test_pattern_rule_matches_its_example(code: str, kind: str, rule_id: str, example: str) -> None:
    rule = next(r for r in getattr(load_file(code), kind) if r.id == rule_id)
    assert rule.id.startswith(f"{code}.")
    assert rule.search(example), f"{rule.id}: {example!r}"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        pytest.param(code, name, id=f"{code}.{name}")
        for code in CODES
        for name in WORD_LISTS
        if load_file(code).words[name].words
    ],
)
def test_word_list_matches_its_example(code: str, name: str) -> None:
    rule = load_file(code).word_rule(name)
    if name in ("noun_suffixes", "name_endings", "common_endings", "adverb_endings"):
        words = [w.lower().strip(",.;:") for w in rule.example.split()]
        assert any(w.endswith(tuple(rule.words)) for w in words), rule.example
    else:
        assert rule.search(rule.example), f"{rule.id}: {rule.example!r}"


def test_aliases_fold_their_example() -> None:
    rule_id, example = alias_rule()
    assert rule_id == "xx.aliases"
    assert any(word in alias_table() for word in example.replace(".", "").split())


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Russland", "Russia"),
        ("Tiongkok", "China"),
        ("Estados Unidos", "United States"),
        ("OTSC", "CSTO"),
    ],
)
def test_aliases_share_the_key_of_their_name(alias: str, name: str) -> None:
    assert canonical_key(alias) == canonical_key(name)


def test_unknown_language_falls_back_to_english(caplog: pytest.LogCaptureFixture) -> None:
    assert lexicon("zz").code == "en"


@pytest.mark.parametrize(
    "text",
    ["words: [in, on, at]", "words: [No, Yes]", "words: [em, no, na]"],
    ids=["en-on", "en-no-yes", "pt-no"],
)
def test_a_word_yaml_reads_as_a_boolean_is_refused(text: str) -> None:
    import yaml

    from timeline.event_lexicon import EventLexiconError, _word_rule

    raw = {"id": "xx.test", "example": "", **yaml.safe_load(text)}
    with pytest.raises(EventLexiconError, match="quote it"):
        _word_rule(raw, "xx", "test")
