"""The lowered-twin scan gives exactly what ``finditer``/``search`` of the case-insensitive
pattern give, over the tense cues, speech verbs and clause words of every language."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.case_scan import CaseScan, _loosened, is_plain, lowered_twin
from timeline.temporal.grammar import grammar_for

LANGUAGES = ["en", "de", "es", "fr", "id", "it", "nl", "pt"]


def _patterns(lang: str) -> list[re.Pattern[str]]:
    grammar = grammar_for(lang)
    found = [grammar.tense_cues, grammar.speech, grammar.clause_break]
    return [p for p in found if p is not None]


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


# words of the cue lists in several languages and their case variants, names that look like
# past participles ("United", "Ahmed"), letters that lower-case unusually
_PIECES = [
    "said", "Said", "SAID", "was", "Will", "will be named", "United", "Ahmed", "reported",
    "has", "They'll", "they’ll", "had been due to", "is expected", "sagte", "wurde", "hat",
    "dass", "Müller", "kündigte", "dijo", "será", "a déclaré", "était", "disse", "foi",
    "mengatakan", "akan", "zei", "heeft", "ha detto", "sarà", "ed", "İ", "ı", "ſ", "K", "ß",
    "É", "×", "÷", "’", "“", "—", "-", ", ", ". ", "\n", " ", " ", "  ", "2005", "x",
    "be ", "been ", "Being ", "is held", "were reported", "will ", "WAS ", "are ", "set off",
]  # fmt: skip

texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
@pytest.mark.parametrize("lang", LANGUAGES)
def test_scan_of_a_span_is_finditer_of_it(lang: str, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scan = CaseScan(text)
    for pattern in _patterns(lang):
        assert _spans(scan.matches(pattern, start, end)) == _spans(
            pattern.finditer(text, start, end)
        )
        found, expected = scan.search(pattern, start, end), pattern.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "United said on Tuesday that Ahmed wanted the talks, which ended, to go on."),
        ("en", "THE TALKS ENDED. They'll meet again; it was agreed Monday and will be named."),
        ("de", "Die Regierung hatte am Dienstag erklärt, dass Müller morgen kommen wird."),
        ("fr", "Le ministre a déclaré mardi qu'il était prêt et qu'il viendra demain."),
        ("pt", "O ministro disse na terça-feira que a reunião será amanhã."),
        ("es", "El presidente dijo el martes que la reunión será mañana."),
        ("it", "Il ministro ha detto martedì che la riunione sarà domani."),
        ("nl", "De minister zei dinsdag dat de vergadering morgen is."),
        ("id", "Menteri mengatakan pada Selasa bahwa rapat akan digelar besok."),
    ],
    ids=["en-names", "en-capitals", "de", "fr", "pt", "es", "it", "nl", "id"],
)
def test_scan_of_a_sentence_in_every_window(lang: str, text: str) -> None:
    scan = CaseScan(text)
    for pattern in _patterns(lang):
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 5):
                assert _spans(scan.matches(pattern, start, end)) == _spans(
                    pattern.finditer(text, start, end)
                ), (start, end)


@pytest.mark.parametrize(
    ("pattern", "has_twin"),
    [
        (re.compile(r"(?<!\w)said(?!\w)", re.IGNORECASE), True),
        (re.compile(r"(?<!\w)(?:was|(?-i:[a-z]{2,}ed))(?!\w)", re.IGNORECASE), True),
        (re.compile(r"said", 0), False),  # case-sensitive already
        (re.compile(r"Said", re.IGNORECASE), False),  # an upper-case letter
        (re.compile(r"[!-^]x", re.IGNORECASE), False),  # a range holding "A" to "Z"
        (re.compile(r"(?-i:[^a-z])ed", re.IGNORECASE), False),  # a negated case-sensitive set
        (re.compile(r"x(?!(?-i:[a-z]))", re.IGNORECASE), False),  # inside a negative look-ahead
        (re.compile(r"(a)\1", re.IGNORECASE), False),  # a back-reference
        (re.compile(r"x|", re.IGNORECASE), False),  # may match the empty string
        (re.compile("\u0131s", re.IGNORECASE), False),  # dotless i equals ASCII "i"
    ],
    ids=[
        "word", "case-sensitive-part", "no-flag", "upper-letter", "upper-range",
        "negated-set", "negative-look-ahead", "back-reference", "empty", "dotless-i",
    ],
)  # fmt: skip
def test_twin_only_where_the_proof_holds(pattern: re.Pattern[str], has_twin: bool) -> None:
    assert (lowered_twin(pattern) is not None) is has_twin


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The Talks ENDED.", True),
        ("“Quoted” — 2005 × 3 ÷ 2", True),
        ("Müller sagte", False),
        ("İstanbul", False),
        ("ſ and K", False),
        ("", True),
    ],
    ids=["ascii", "uncased-symbols", "umlaut", "dotted-capital-i", "long-s-kelvin", "empty"],
)
def test_plain_text_has_only_ascii_cased_letters(text: str, plain: bool) -> None:
    assert is_plain(text) is plain


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!\w)(?:was|(?-i:[a-z]{2,}ed))(?!\w)", "United wanted it; Ahmed WAS there"),
        (r"(?-i:[a-z]+)ed", "XYZed abCed abced"),
        (r"(?<!\w)the(?=(?-i:[a-z]))?", "The theThe THE"),
    ],
    ids=["past-participles", "case-sensitive-run", "positive-look-ahead"],
)
def test_case_sensitive_parts_keep_their_case(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert lowered_twin(compiled) is not None
    scan = CaseScan(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _spans(scan.matches(compiled, start, end)) == _spans(
                compiled.finditer(text, start, end)
            )


@pytest.mark.parametrize(
    ("source", "loose"),
    [
        (
            r"(?<!\w)(?:did|(?<!be )(?<!is )(?-i:[a-z]{2,}ed))(?!\w)",
            r"(?<!\w)(?:did|(?-i:[a-z]{2,}ed))(?!\w)",
        ),
        (r"x(?!y(?<!be ))", r"x(?!y(?<!be ))"),  # inside a negative look-ahead: kept
        (r"[(?<!a)]x", r"[(?<!a)]x"),  # text of a character set, no look-behind
        (r"(?<!\.)x", r"(?<!\.)x"),  # an escape: left alone
        (r"(?<=be )x", r"(?<=be )x"),  # a positive look-behind: kept
    ],
    ids=["word-lookbehinds", "negative-context", "in-a-set", "escaped", "positive"],
)  # fmt: skip
def test_twin_drops_only_word_lookbehinds_that_loosen_it(source: str, loose: str) -> None:
    parsed = sre_parse.parse(source, 0)
    assert _loosened(source, 0, parsed.data) == loose


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("The council Said it had voted.", r"(?<!\w)(?:said|voted)(?!\w)"),
        ("Der Rat HATTE gestern getagt.", r"(?<!\w)(?:hatte|getagt)(?!\w)"),
    ],
    ids=["en", "de"],
)
def test_without_the_private_parser_scans_stay_exact(
    monkeypatch: pytest.MonkeyPatch, text: str, pattern: str
) -> None:
    from timeline.temporal import case_scan

    compiled = re.compile(pattern, re.IGNORECASE)
    monkeypatch.setattr(case_scan, "sre_parse", None)
    monkeypatch.setattr(case_scan, "_TWINS", {})
    assert case_scan.lowered_twin(compiled) is None
    found = case_scan.CaseScan(text).matches(compiled, 0, len(text))
    assert [m.span() for m in found] == [m.span() for m in compiled.finditer(text)]
    assert len(found) == 2
