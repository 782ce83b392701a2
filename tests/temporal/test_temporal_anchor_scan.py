"""One scan finds exactly the anchors a search per anchor finds, in every language's rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.grammar import grammar_for, lower_text
from timeline.temporal.prefilter import AnchorScan

LETTERS = "ab -.1é"


@given(
    anchors=st.frozensets(st.text(LETTERS, min_size=0, max_size=4), max_size=12),
    text=st.text(LETTERS, max_size=60),
)
@settings(max_examples=400, deadline=None)
def test_scan_finds_what_searching_each_anchor_finds(anchors: frozenset[str], text: str) -> None:
    assert AnchorScan(anchors).present(text) == {a for a in anchors if a in text}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday, March 3, the talks resumed; by mid-2021 the 1990s seemed far."),
        ("de", "Am Montag, dem 3. März, gingen die Gespräche weiter; seit 2019 nicht mehr."),
        ("pt", "Na segunda-feira, 3 de março, as conversas recomeçaram há duas semanas."),
        ("id", "Pada hari Senin, 3 Maret, perundingan dilanjutkan pekan lalu."),
    ],
    ids=["en", "de", "pt", "id"],
)
def test_each_languages_rules_see_the_same_anchors(lang: str, text: str) -> None:
    grammar = grammar_for(lang)
    lowered = lower_text(text)
    present = grammar.anchor_scan.present(lowered)
    for rule in grammar.rules:
        if rule.anchors is not None:
            assert (not rule.anchors.isdisjoint(present)) == rule.may_match(lowered), rule.id
