"""The rule prefilter spells out word lists cut into a trie, so a rule whose words are absent
from a text is skipped; it never skips a text the rule matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.grammar import alternation, required_strings

WORD_LISTS = {
    "en": ["today", "tomorrow", "yesterday", "tonight"],
    "de": ["heute", "morgen", "gestern", "übermorgen", "vorgestern"],
    "id": ["hari ini", "besok", "kemarin", "lusa"],
}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            rf"(?<!\w)(?:{alternation(WORD_LISTS['en'])})(?!\w)",
            {"today", "tomorrow", "yesterday", "tonight"},
        ),
        (rf"(?<!\w)(?:{alternation(WORD_LISTS['de'])})(?!\w)", {"heute", "morgen", "gestern"}),
        (r"(?:mid-?)?(?:morning|evening)", {"morning", "evening"}),
        (r"(?:this|next)\s+(?:week|month)", {"this", "next"}),
        (r"[ap]\.m\.", {"a.m.", "p.m."}),
        (r"\d+\s*[ap]m", None),
    ],
    ids=["en-trie", "de-trie-contained", "optional-prefix", "open-gap", "class", "too-short"],
)
def test_spelled_anchors(pattern: str, expected: set[str] | None) -> None:
    found = required_strings(pattern)
    assert (None if found is None else set(found)) == expected


@settings(max_examples=200, deadline=None)
@given(
    lang=st.sampled_from(sorted(WORD_LISTS)),
    before=st.text(alphabet="ab .,-\n", max_size=12),
    after=st.text(alphabet="ab .,-\n", max_size=12),
    data=st.data(),
)
def test_a_text_with_a_listed_word_is_never_skipped(
    lang: str, before: str, after: str, data: st.DataObject
) -> None:
    words = WORD_LISTS[lang]
    word = data.draw(st.sampled_from(words))
    anchors = required_strings(rf"(?<!\w)(?:{alternation(words)})(?!\w)")
    assert anchors is not None
    assert any(anchor in before + word + after for anchor in anchors)
