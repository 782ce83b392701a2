"""Sentence ends and clause marks: the patterns that open with one character set find what
the plain alternations they replaced found, in any window of any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.tense import _CLAUSE_MARK, _SENTENCE_END, Sentences

_OLD_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=(?:[\"'“‘«(\[]|``)?[A-ZÀ-Ý0-9])|\n\s*")
_OLD_CLAUSE_MARK = re.compile(r"[,;:()\"“”«»—–]|\s-\s")

_PIECES = [
    ".", "!", "?", "…", "\n", " ", "\t", "  ", "-", " - ", "—", "–", ",", ";", ":", "(", ")",
    '"', "'", "“", "”", "‘", "’", "«", "»", "[", "]", "``", "A", "É", "ß", "x", "9",
    "Er sagte", "il a dit", "He said", "Dia berkata", "disse", "zei",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), data=st.data())
@pytest.mark.parametrize(
    ("new", "old"),
    [(_SENTENCE_END, _OLD_SENTENCE_END), (_CLAUSE_MARK, _OLD_CLAUSE_MARK)],
    ids=["sentence-end", "clause-mark"],
)
def test_marks_as_before(
    new: re.Pattern[str], old: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in new.finditer(text, start, end)] == [
        m.span() for m in old.finditer(text, start, end)
    ]
    found, expected = new.search(text, start, end), old.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("He left. She stayed.", [0, 9]),
        ("Er ging. «Sie blieb.» Dann kam er.", [0, 9, 22]),
        ("Il est parti !\n\nElle est restée.", [0, 16]),
        ("Dia pergi… (Dia kembali.)", [0, 11]),
        ("No. 5 is here. and then", [0, 4]),
    ],
    ids=["en", "de-guillemets", "fr-newlines", "id-ellipsis", "lower-case-after"],
)
def test_sentence_starts(text: str, starts: list[int]) -> None:
    assert Sentences(text).starts == starts
