"""Names found by capitalisation in several languages, and spelling variants folded to one key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.entities import article_entities, canonical_key, find_names


@pytest.mark.parametrize(
    "variants",
    [
        pytest.param(("Tokayev", "Tokajew", "Tokaev"), id="tokayev"),
        pytest.param(("Lukashenko", "Lukaschenko", "Lukachenko"), id="lukashenko"),
        pytest.param(("Lavrov", "Lawrow"), id="lavrov"),
        pytest.param(("Sergey", "Sergei", "Sergej"), id="sergey"),
        pytest.param(("Kazakhstan", "Kasachstan", "Kazakstan"), id="kazakhstan"),
        pytest.param(("Zelensky", "Selenskyj", "Zelenskyy"), id="zelensky"),
        pytest.param(("Nursultan", "Nursoultan"), id="ou-u"),
        pytest.param(("Müller", "Muller"), id="diacritics"),
        pytest.param(("Putin’s", "Putin's", "Putin"), id="possessive"),
    ],
)
def test_spelling_variants_share_one_key(variants: tuple[str, ...]) -> None:
    assert len({canonical_key(v) for v in variants}) == 1, [canonical_key(v) for v in variants]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lavrov", "Lukashenko"), ("Xi", "Wang"), ("Austria", "Australia"), ("Varga", "Vargas Llosa")],
    ids=["lavrov-lukashenko", "xi-wang", "austria-australia", "varga-vargas"],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert canonical_key(a) != canonical_key(b)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        pytest.param(
            "en",
            "On Friday, Foreign Minister Ana Duarte met her Chilean counterpart in Lima.",
            ["Ana Duarte", "Chilean", "Lima"],
            id="en-title-dropped",
        ),
        pytest.param(
            "en",
            "The Bank of England raised rates, Reuters said.",
            ["Bank of England"],
            id="en-connector",
        ),
        pytest.param(
            "en",
            "Nobody saw Okafor leave the NATO summit.",
            ["Okafor", "NATO"],
            id="en-sentence-start",
        ),
        pytest.param(
            "en", "She met Ana Duarte, Lima’s mayor.", ["Ana Duarte", "Lima"], id="en-comma-splits"
        ),
        pytest.param(
            "de",
            "Die Bürgermeisterin Helena Varga besuchte am Montag die zerstörte Brücke "
            "in Rivermouth.",
            ["Helena Varga", "Rivermouth"],
            id="de-nouns-after-article",
        ),
        pytest.param(
            "de",
            "Bei einem Treffen des NATO-Bündnisses sagte Herr Okafor, die Hilfe komme.",
            ["NATO", "Okafor"],
            id="de-acronym-compound",
        ),
        pytest.param(
            "de",
            "Die Regierung schickte Tausende von Helfern nach Portugal.",
            ["Portugal"],
            id="de-stop-words",
        ),
        pytest.param(
            "id",
            "Wali Kota Helena Varga mengunjungi Rivermouth pada hari Senin.",
            ["Helena Varga", "Rivermouth"],
            id="id-title-dropped",
        ),
        pytest.param(
            "pt",
            "Segundo a prefeita Helena Varga, a ponte de Rivermouth será reparada.",
            ["Helena Varga", "Rivermouth"],
            id="pt-title-dropped",
        ),
        pytest.param(
            "id",
            "Kata Mardiasmo di Jakarta, pemerintah siap.",
            ["Mardiasmo", "Jakarta"],
            id="id-speech-verb-and-preposition-outside-names",
        ),
        pytest.param(
            "it",
            "Il governatore della Banca di Roma parla.",
            ["Banca di Roma"],
            id="it-connector",
        ),
        pytest.param(
            "es",
            "El alcalde Juan Pérez visitó Valparaíso el lunes.",
            ["Juan Pérez", "Valparaíso"],
            id="es",
        ),
    ],
)
def test_names_in_a_sentence(lang: str, text: str, names: list[str]) -> None:
    assert [n.text for n in find_names(text, lang)] == names


def test_excluded_spans_hold_no_names() -> None:
    text = "Okafor spoke on Monday March 4 in Lima."
    start = text.index("Monday")
    assert [
        n.text
        for n in find_names(
            text,
            "en",
            exclude=[(start, start + len("Monday March 4"))],
            known=frozenset({"okafor"}),
        )
    ] == ["Okafor", "Lima"]


def test_sentence_initial_word_needs_the_article_to_know_it() -> None:
    text = "Engineers inspected the bridge. Then Okafor said the span was safe. Okafor left."
    assert list(article_entities(text, "en")) == ["okafor"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Tokayev spoke. Then Tokaev left."), ("de", "Dann sprach Herr Tokajew mit Reportern.")],
    ids=["en", "de"],
)
def test_article_entities_are_canonical_keys(lang: str, text: str) -> None:
    assert "tokaev" in set(article_entities(text, lang))


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=80))
def test_names_and_keys_never_raise(text: str) -> None:
    for name in find_names(text, "de"):
        assert text[name.start : name.end].startswith(name.text.split()[0][:1])
        assert canonical_key(name.text) == canonical_key(canonical_key(name.text)) or name.key
    list(article_entities(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Die Brücke war für Lastwagen gesperrt. Helena Varga stellte das in Frage.",
            ["Helena Varga"],
            id="de-bare-nouns-are-no-names",
        ),
        pytest.param(
            "de",
            "Das Weiße Haus schwieg. Die Rote Armee besetzte Teile Ostpolens.",
            [],
            id="de-noun-after-adjective-and-plural-lead",
        ),
        pytest.param(
            "de",
            "George Washington, damals Gutsbesitzer, erhielt den Oberbefehl. Letzten Endes "
            "siegte er.",
            ["George Washington"],
            id="de-first-name-kept-inflected-lead-dropped",
        ),
        pytest.param(
            "de",
            "Die Helfer reisten nach Portugal und trafen Herrn Okafor in Rivermouth.",
            ["Portugal", "Okafor", "Rivermouth"],
            id="de-preposition-and-title-anchor",
        ),
        pytest.param(
            "de",
            "Am Montag sprach Adolf Hitler lange. Dann wurde Hitlers Friedensangebot abgelehnt.",
            ["Adolf Hitler", "Hitlers"],
            id="de-genitive-name-then-noun",
        ),
        pytest.param(
            "de",
            "Tokajew warnte Kasachstan, Lukaschenko schwieg.",
            ["Kasachstan", "Lukaschenko"],
            id="de-sentence-initial-lone-name-needs-evidence",
        ),
        pytest.param(
            "en",
            "The trucks crossed the Red Army bridge. Helena Varga questioned it.",
            ["Red Army", "Helena Varga"],
            id="en-capitals-are-names",
        ),
    ],
)
def test_names_of_an_article(lang: str, text: str, expected: list[str]) -> None:
    from timeline.entities import article_names

    assert [n.text for n in article_names(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "acronym"),
    [
        pytest.param(
            "en",
            "The Collective Security Treaty Organization (CSTO) sent troops.",
            "CSTO",
            id="en",
        ),
        pytest.param(
            "pt",
            "A Organização do Tratado de Segurança Coletiva (OTSC) enviou tropas.",
            "CSTO",
            id="pt-acronym-alias",
        ),
        pytest.param(
            "id",
            "Organisasi Perjanjian Keamanan Kolektif (CSTO) mengirim pasukan.",
            "CSTO",
            id="id",
        ),
    ],
)
def test_a_long_name_with_its_acronym_takes_the_acronym_key(
    lang: str, text: str, acronym: str
) -> None:
    (name,) = find_names(text, lang)[:1]
    assert " " in name.text and name.key == canonical_key(acronym)
