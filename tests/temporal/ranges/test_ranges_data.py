"""Every language's ``ranges:`` section loads, and every rule finds its own examples."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag_with_ranges
from timeline.temporal.lexicon import LanguageDataError, available_languages
from timeline.temporal.range_data import parse_ranges, range_grammar

DCT = dt.date(2022, 1, 12)
CASES = [
    (code, rule.id, example)
    for code in available_languages()
    for rule in range_grammar(code).rules
    for example in rule.examples
]


@pytest.mark.parametrize("code", available_languages())
def test_every_language_has_range_rules(code: str) -> None:
    grammar = range_grammar(code)
    assert grammar.code == code
    assert grammar.rules, f"{code}.yaml has no ranges section"
    assert all(rule.id.startswith(f"{code}.range.") for rule in grammar.rules)


@pytest.mark.parametrize(
    ("code", "rule_id", "example"), CASES, ids=[f"{r}:{e}" for _, r, e in CASES]
)
def test_example_is_a_range_of_its_rule(code: str, rule_id: str, example: str) -> None:
    found = tag_with_ranges(example, code, DCT).ranges
    assert [r.rule for r in found] == [rule_id], f"{example!r}: {found}"
    assert example[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "mapping"),
        ({"colour": 1}, "unknown keys"),
        ({"rules": [{"id": "en.range.x", "connector": ["to"]}]}, "needs id"),
        (
            {"rules": [{"id": "en.range.x", "connector": ["to"], "examples": ["a"], "b": 1}]},
            "unknown fields",
        ),
        ({"rules": [{"id": "en.x", "connector": ["to"], "examples": ["a"]}]}, "range rule ids"),
        (
            {
                "rules": [
                    {"id": "en.range.x", "connector": ["/"], "members": ["week"], "examples": ["a"]}
                ]
            },
            "members",
        ),
        (
            {
                "rules": [
                    {"id": "en.range.x", "connector": ["/"], "max_years": "1", "examples": ["a"]}
                ]
            },
            "max_years",
        ),
        ({"windows": {"id": "en.range.w"}}, "windows must be a list"),
        ({"hour_words": {"uhr": 1}}, "hour_words must be a list"),
        ({"change_words": [{"rose": 1}]}, "change_words must be a list"),
    ],
    ids=[
        "not-mapping",
        "unknown-key",
        "no-examples",
        "unknown-field",
        "bad-id",
        "bad-members",
        "bad-max-years",
        "windows-not-list",
        "hour-words-not-list",
        "change-words-not-words",
    ],
)
def test_malformed_range_section_is_rejected(raw: object, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        parse_ranges("en", raw)


def test_unknown_language_uses_english_ranges() -> None:
    assert range_grammar("zz").code == "en"
