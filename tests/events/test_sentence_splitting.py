"""Sentences and blocks: offsets into the text, headings kept apart, wrapped lines joined."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sentences import blocks, split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The bridge fell. Nobody was hurt.",
            ["The bridge fell.", "Nobody was hurt."],
            id="en",
        ),
        pytest.param(
            "de",
            "Die Brücke ist eingestürzt. Niemand wurde verletzt.",
            ["Die Brücke ist eingestürzt.", "Niemand wurde verletzt."],
            id="de",
        ),
        pytest.param(
            "id",
            "Jembatan itu runtuh. Tidak ada korban.",
            ["Jembatan itu runtuh.", "Tidak ada korban."],
            id="id",
        ),
        pytest.param(
            "pt",
            "A ponte desabou. Ninguém ficou ferido.",
            ["A ponte desabou.", "Ninguém ficou ferido."],
            id="pt",
        ),
        pytest.param(
            "en",
            "Harbour news\n\nThe bridge fell.",
            ["Harbour news", "The bridge fell."],
            id="heading-apart",
        ),
        pytest.param(
            "en",
            "Photo caption here\nThe bridge fell on Monday.",
            ["Photo caption here", "The bridge fell on Monday."],
            id="caption-line-apart",
        ),
        pytest.param(
            "en",
            "“We will rebuild it. “, the mayor said on Monday.",
            ["“We will rebuild it. “, the mayor said on Monday."],
            id="quote-tail-joined",
        ),
        pytest.param(
            "xx", "Ein Satz. Another one.", ["Ein Satz.", "Another one."], id="multilingual"
        ),
    ],
)
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_wrapped_prose_lines_are_one_block() -> None:
    text = "The old harbour bridge in the town collapsed on Tuesday after\na week of rain.\n\nNext."
    assert [text[s:e] for s, e in blocks(text)] == [
        "The old harbour bridge in the town collapsed on Tuesday after\na week of rain.",
        "Next.",
    ]


def test_paragraph_index_counts_blocks() -> None:
    sentences = split_sentences("One here. Two here.\n\nThree here.", "en")
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert [s.index for s in sentences] == [0, 1, 2]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\n"], ids=["empty", "blank", "newline"])
def test_empty_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text, "en") == []


def test_unknown_language_uses_the_multilingual_tokenizer() -> None:
    assert [s.text for s in split_sentences("Bir cümle. İki cümle.", "qq")] == [
        "Bir cümle.",
        "İki cümle.",
    ]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n“”,Ü")), max_size=120))
def test_offsets_always_point_into_the_text(text: str) -> None:
    for sentence in split_sentences(text, "en"):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "id",
            '"Saya belum tahu. Belum ada permintaan," kata Mardiasmo. Dia lalu pergi.',
            ['"Saya belum tahu. Belum ada permintaan," kata Mardiasmo.', "Dia lalu pergi."],
            id="id-straight-quotes",
        ),
        pytest.param(
            "en",
            "“We are safe. The bridge held,” Okafor said. He left.",
            ["“We are safe. The bridge held,” Okafor said.", "He left."],
            id="en-curly-quotes",
        ),
        pytest.param(
            "de",
            "„Wir sind sicher. Die Brücke hielt“, sagte Okafor. Er ging.",
            ["„Wir sind sicher. Die Brücke hielt“, sagte Okafor.", "Er ging."],
            id="de-low-high-quotes",
        ),
        pytest.param(
            "en",
            'He said "yes. Then he left. Nobody followed. ' + "The end came. " * 60,
            None,
            id="en-unbalanced-quote-is-cut-anyway",
        ),
    ],
)
def test_a_quotation_of_several_sentences_is_one_sentence(
    lang: str, text: str, expected: list[str] | None
) -> None:
    found = [s.text for s in split_sentences(text, lang)]
    if expected is not None:
        assert found == expected
    else:
        assert len(found) > 3 and all(len(s) <= 700 for s in found)
