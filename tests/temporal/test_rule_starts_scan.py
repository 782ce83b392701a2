"""A rule tried only at the word starts that open with one of its first characters finds
exactly what ``finditer`` finds over the whole text, in every language."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.grammar import grammar_for, lower_text
from timeline.temporal.rule_starts import ANY_DIGIT as D
from timeline.temporal.rule_starts import ANY_SPACE as S
from timeline.temporal.rule_starts import RuleStarts, opener

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "id")


def _rule(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"\d{1,2}:\d\d", {D + D, D + ":"}),
        (r"(?:the\s+)?(?:19|20)\d\d", {"th", "19", "20"}),
        (r"(?:letzte|nächste)\s+woche", {"le", "nä"}),
        (r"(?<=en )(?:mars|mai)", {"ma"}),
        (r"[ap]\.m\.", {"a.", "p."}),
        (r"(?:[12]\d|the)\b", {"1" + D, "2" + D, "th"}),  # any digit second
        (r"(?:a|the)(?: day)?", {"a", "a ", "th"}),  # "a" may be the whole match
        (r"(?:a|the)(?:\s+day)?", {"a", "a" + S, "th"}),  # any white space second
        (r"(?:hier)?", None),
        (r"\w+ ago", None),
        (r"(?i:mai)", None),
    ],
    ids=[
        "en-digits",
        "en-optional-word",
        "de-words",
        "fr-lookbehind",
        "class",
        "any-digit-second",
        "one-letter-match",
        "any-space-second",
        "empty",
        "any",
        "case",
    ],
)
def test_first_letters(body: str, expected: set[str] | None) -> None:
    found = opener(_rule(body))
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 3 March 2021, at 9:30, two years ago; 12/03/2021 and the 1990s."),
        ("de", "Am 3. März 2021 um 9.30 Uhr, vor zwei Jahren; letzte Woche und 12.03.2021."),
        ("fr", "Le 3 mars 2021 à 9h30, il y a deux ans; la semaine dernière, le 12/03/2021."),
        ("id", "Pada 3 Maret 2021 pukul 9.30, dua tahun lalu; pekan lalu dan 12/03/2021."),
    ],
    ids=["en", "de", "fr", "id"],
)
def test_same_matches_as_finditer(lang: str, text: str) -> None:
    lowered = lower_text(text)
    starts = RuleStarts(lowered)
    tried = 0
    for rule in grammar_for(lang).rules:
        expected = [(m.span(), m.groupdict()) for m in rule.regex.finditer(lowered)]
        found = [(m.span(), m.groupdict()) for m in starts.matches(rule.regex, rule.opener)]
        assert found == expected, rule.id
        tried += rule.opener is not None
    assert tried > len(grammar_for(lang).rules) // 2  # most rules are tried at word starts


WORDS = ["3", "12", "2021", "9:30", "mars", "märz", "march", "last", "next", "week", "the"]
WORDS += ["may", "mai", "jan", "sept", "tuesday", "dienstag", "de", "da", "a", "in", "o"]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(LANGUAGES),
    parts=st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet="a1 .,-:/'\n", max_size=6)),
        max_size=25,
    ),
)
def test_random_text_same_matches(lang: str, parts: list[str]) -> None:
    lowered = lower_text(" ".join(parts))
    starts = RuleStarts(lowered)
    for rule in grammar_for(lang).rules:
        expected = [m.span() for m in rule.regex.finditer(lowered)]
        assert [m.span() for m in starts.matches(rule.regex, rule.opener)] == expected, rule.id
