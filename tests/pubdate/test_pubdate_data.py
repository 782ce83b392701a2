"""Every pubdate language file loads, every rule has an id and an example, every example matches."""

from __future__ import annotations

import pytest

from timeline.pubdate.datelines import dateline_rule
from timeline.pubdate.language_data import available_languages, load_rules

LANGUAGES = available_languages()


def test_every_settings_language_has_a_file() -> None:
    from timeline.settings import DEFAULT_LANGUAGES

    assert set(DEFAULT_LANGUAGES) <= set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_loads_and_examples_match(lang: str) -> None:
    rules = load_rules(lang)
    assert rules, f"{lang}.yaml has no rule"
    for rule in rules:
        assert rule.id.startswith(f"{lang}."), rule.id
        assert rule.pattern.match(rule.example), f"{rule.id}: example {rule.example!r}"


def test_rule_ids_are_unique() -> None:
    ids = [r.id for lang in LANGUAGES for r in load_rules(lang)]
    assert len(ids) == len(set(ids))


# (id, lang, text, phrase, is a dateline)
POSITIONS = [
    ("en-agency", "en", "Title\n\nWASHINGTON (AP) Monday, March 3 — text", "Monday", True),
    ("en-city-region-agency", "en", "NAIROBI, Kenya (AP) _ Friday, Aug. 7", "Friday", True),
    ("en-sentence", "en", "Title\n\nOn Monday, March 3 the vote was held.", "Monday", False),
    ("en-deep-in-text", "en", "a\nb\nc\nd\ne\nWASHINGTON (AP) Monday, March 3", "Monday", False),
    ("de-city", "de", "Titel\nBerlin, 12. Januar 2022 – Text", "12. Januar", True),
    ("de-am-weekday", "de", "Titel\nAm Montag, 10. Januar sagte er", "Montag", False),
    ("de-byline", "de", "Titel\nVeröffentlicht am 12.01.2022", "12.01.2022", True),
    ("id-site", "id", "Judul\nJAKARTA, KOMPAS.com - Senin (10/1/2022) menteri", "Senin", True),
    (
        "id-body",
        "id",
        "JAKARTA, KOMPAS.com - Menteri berbicara, Kamis (17/10/2013).",
        "Kamis",
        False,
    ),
    (
        "en-date-alone-in-header",
        "en",
        "APW19980213\nREPORTAGEM\n02/13/1998 14:35:00",
        "02/13",
        True,
    ),
    (
        "en-date-opens-title",
        "en",
        "January 6: the day the Capitol fell\n\nText.",
        "January 6",
        False,
    ),
    ("pt-lusa", "pt", "Título\nLisboa (Lusa), 5 de março de 2019 - texto", "5 de março", True),
    ("pt-sentence", "pt", "Título\nNa segunda-feira, 10 de janeiro, o ministro", "segunda", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [c[1:] for c in POSITIONS],
    ids=[c[0] for c in POSITIONS],
)
def test_dateline_position(lang: str, text: str, phrase: str, expected: bool) -> None:
    assert (dateline_rule(text, text.index(phrase), lang) is not None) is expected


def test_unknown_language_uses_shared_rules() -> None:
    text = "LONDON (Reuters) - Friday, March 4, 2022"
    assert dateline_rule(text, text.index("Friday"), "zz") == "xx.city_agency"
