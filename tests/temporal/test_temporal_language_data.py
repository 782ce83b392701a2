"""Every language data file loads, compiles, and every rule matches its own examples."""

from __future__ import annotations

import re

import pytest

from timeline.temporal.builders import BUILDERS, Match
from timeline.temporal.grammar import grammar_for, lower_text
from timeline.temporal.lexicon import (
    LanguageDataError,
    available_languages,
    load_language,
    parse_language,
)

_BRACKETED = re.compile(r"^(.*)\[(.+)\](.*)$")
CASES = [
    (code, rule_id, example)
    for code in available_languages()
    for spec in load_language(code).rules
    for rule_id, example in ((spec.id, e) for e in spec.examples)
]


@pytest.mark.parametrize("code", available_languages())
def test_language_file_loads_without_fallback(code: str) -> None:
    grammar = grammar_for(code)
    assert grammar.data.code == code, f"{code}.yaml fell back to English (see the warning)"
    compiled = {rule.id for rule in (*grammar.rules, *grammar.day_clocks)}
    assert [r.id for r in grammar.data.rules if r.id not in compiled] == [], "rules not compiled"
    assert all(rule.id.startswith(code + ".") for rule in (*grammar.rules, *grammar.day_clocks))


@pytest.mark.parametrize(
    ("code", "rule_id", "example"), CASES, ids=[f"{r}:{e}" for _, r, e in CASES]
)
def test_example_matches_its_rule(code: str, rule_id: str, example: str) -> None:
    grammar = grammar_for(code)
    rule = next(r for r in (*grammar.rules, *grammar.day_clocks) if r.id == rule_id)
    bracketed = _BRACKETED.match(example)
    text = "".join(bracketed.groups()) if bracketed else example
    target = bracketed[2] if bracketed else example
    lowered = lower_text(text)
    found = [m for m in rule.regex.finditer(lowered) if text[m.start() : m.end()] == target]
    assert found, f"{rule_id} does not match {target!r} in {text!r}"
    m = found[0]
    if rule.options.get("capitalized"):
        assert target[0].isupper()
    if rule.options.get("lowercase"):
        assert target[0].islower()
    built = BUILDERS[rule.kind](
        Match(m.start(), m.end(), target, m.groupdict(), rule.id, rule.options, grammar.data)
    )
    assert built is not None, f"{rule_id} matched {target!r} but built nothing"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "mapping"),
        ({"words": {"colour": {}}}, "unknown word list"),
        ({"rules": [{"id": "x.a", "kind": "date", "pattern": "a"}]}, "examples"),
        (
            {
                "rules": [
                    {"id": "x.a", "kind": "date", "pattern": "a", "examples": ["a"], "colour": 1}
                ]
            },
            "unknown fields",
        ),
        ({"numeric_order": "ymd"}, "numeric_order"),
        ({"cues": {"past_pattern": ["("]}}, "bad regex"),
    ],
    ids=["not-mapping", "unknown-list", "no-examples", "unknown-field", "bad-order", "bad-regex"],
)
def test_malformed_data_is_rejected(raw: object, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        parse_language("x", raw)


def test_unknown_language_falls_back_to_english(caplog: pytest.LogCaptureFixture) -> None:
    assert grammar_for("zz").data.code == "en"
