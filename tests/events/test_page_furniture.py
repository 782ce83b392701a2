"""Page furniture is recognised in every language; prose is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.event_lexicon import lexicon
from timeline.furniture import furniture_rule


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        pytest.param("en", "Back to top button", "en.furniture.back_to_top", id="en-back-to-top"),
        pytest.param("en", "You May Also Like", "en.furniture.may_also_like", id="en-also-like"),
        pytest.param("en", "Leave a Reply", "en.furniture.comments", id="en-comments"),
        pytest.param(
            "en", "Bridge falls in storm | News Today", "en.furniture.site_name", id="en-site-name"
        ),
        pytest.param("en", "12 + 7 =", "xx.furniture.captcha_sum", id="captcha"),
        pytest.param(
            "id",
            "Wali kota meninjau jembatan yang runtuh (Gambar: Getty)",
            "xx.furniture.photo_credit",
            id="id-photo-credit",
        ),
        pytest.param(
            "de",
            "Die Bürgermeisterin besucht die Brücke (Bild: Getty)",
            "xx.furniture.photo_credit",
            id="de-photo-credit",
        ),
        pytest.param(
            "pt",
            "Os bombeiros no local do incêndio (Foto: Agência Brasil)",
            "xx.furniture.photo_credit",
            id="pt-photo-credit",
        ),
        pytest.param(
            "en", "(Anna Smith / Reuters)", "xx.furniture.agency_credit", id="agency-credit"
        ),
        pytest.param(
            "en", "EuropeBridgesfloodingRiverportWeather", "xx.furniture.tag_cloud", id="tag-cloud"
        ),
        pytest.param("de", "Lesen Sie auch", "de.furniture.related", id="de-related"),
        pytest.param("id", "Baca juga: Banjir di Jakarta", "id.furniture.related", id="id-related"),
        pytest.param("pt", "Leia também", "pt.furniture.related", id="pt-related"),
        pytest.param("en", "Related Articles", "en.furniture.may_also_like", id="en-related"),
        pytest.param("en", "Harbour news", "heading", id="short-heading"),
        pytest.param(
            "en",
            "April 1997 Nippon Total Finance    510.00    finance",
            "table_row",
            id="en-table-row",
        ),
        pytest.param(
            "de",
            "März 2021 Hafenbau Nord\t12,5 Mio.\tBau und Verkehr",
            "table_row",
            id="de-table-row-tabs",
        ),
        pytest.param(
            "pt",
            "Março de 2021   Porto do Norte   12,5 milhões   obras",
            "table_row",
            id="pt-table",
        ),
    ],
)
def test_furniture(lang: str, text: str, rule: str) -> None:
    assert furniture_rule(text, lexicon(lang)) == rule


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The old bridge collapsed on Tuesday after a week of rain.", id="en"),
        pytest.param("de", "Die alte Brücke ist am Dienstag eingestürzt.", id="de"),
        pytest.param("id", "Jembatan tua itu runtuh pada hari Selasa.", id="id"),
        pytest.param("pt", "A ponte antiga desabou na terça-feira.", id="pt"),
        pytest.param("en", "The mayor said 12 + 7 = 19 was the count.", id="arithmetic-in-prose"),
        pytest.param(
            "en",
            "The bridge   collapsed on Tuesday   after a week of rain.",
            id="wide-spaces-in-a-sentence",
        ),
        pytest.param(
            "id", "Jembatan tua itu runtuh pada hari Selasa    setelah hujan lebat", id="id-one-gap"
        ),
    ],
)
def test_prose_is_not_furniture(lang: str, text: str) -> None:
    assert furniture_rule(text, lexicon(lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        pytest.param(
            "en",
            "BAGHDAD, Iraq (AP) _ An inspection team resumed its work.",
            "An inspection team resumed its work.",
            id="en-ap-underscore",
        ),
        pytest.param(
            "id",
            "RIVERMOUTH, KOMPAS.com - Jembatan pelabuhan runtuh.",
            "Jembatan pelabuhan runtuh.",
            id="id-site-dash",
        ),
        pytest.param(
            "de",
            "BERLIN (dpa) – Die Brücke ist eingestürzt.",
            "Die Brücke ist eingestürzt.",
            id="de-agency-dash",
        ),
        pytest.param("en", "The bridge collapsed - again.", "", id="en-no-dateline"),
    ],
)
def test_a_newswire_dateline_is_not_part_of_the_event(lang: str, text: str, body: str) -> None:
    end = lexicon(lang).dateline_end(text)
    assert text[end:] == (body or text)


SCREENED = [
    "Back to top button",
    "The bridge fell.\nBack to top",
    "Home | News Today",
    "Os bombeiros no local (Foto: Agência Brasil)",
    "12 + 7 =",
    "https://example.org/a",
    "EuropeBridgesfloodingRiverportWeather",
    "Die alte Brücke ist am Dienstag eingestürzt.",
    "Jembatan tua itu runtuh pada hari Selasa.",
]


@pytest.mark.parametrize("lang", ["en", "de", "id", "pt", "es", "fr", "it", "nl"])
@pytest.mark.parametrize("text", SCREENED, ids=range(len(SCREENED)))
def test_the_joined_screen_answers_as_the_rules_in_order(lang: str, text: str) -> None:
    lex = lexicon(lang)
    assert lex.is_furniture(text) == next((r for r in lex.furniture if r.search(text)), None)


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(["en", "de", "id", "pt"]),
    text=st.text(alphabet=st.sampled_from(list("ab |(:/.\n+=1 Photo:Back to top")), max_size=40),
)
def test_the_screen_never_hides_a_rule(lang: str, text: str) -> None:
    lex = lexicon(lang)
    assert lex.is_furniture(text) == next((r for r in lex.furniture if r.search(text)), None)
