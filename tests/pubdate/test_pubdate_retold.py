"""A weekday with its date that the text also names as an event is retold, not recent news."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Article, PubMethod, Tense
from timeline.pubdate import infer_published
from timeline.pubdate.clues import ClueKind
from timeline.pubdate.language_data import available_languages, event_name_rules
from timeline.pubdate.retold import event_name
from timeline.pubdate.text_clues import read_clues

D = dt.date
PAST = Tense.PAST

# (id, lang, text, dated weekday, its fields, the same day named as an event, its fields)
RETOLD = [
    (
        "en-the-date-killing",
        "en",
        "The FBI released one man. The Oct. 23 killing shocked Buffalo. The doctor was shot "
        "on the night of Friday, Oct. 23, at home.",
        ("Friday, Oct. 23", dict(month=10, day=23, weekday=4, tense=PAST)),
        ("Oct. 23", dict(month=10, day=23, tense=PAST)),
    ),
    (
        "de-anschlag-vom",
        "de",
        "Der Anschlag vom 7. August hat die Stadt verändert. Am Freitag, 7. August, explodierte "
        "die Bombe vor der Botschaft.",
        ("Freitag, 7. August", dict(month=8, day=7, weekday=4, tense=PAST)),
        ("7. August", dict(month=8, day=7, tense=PAST)),
    ),
    (
        "pt-assassinato-de",
        "pt",
        "O assassinato de 23 de outubro chocou a cidade. O médico foi morto na sexta-feira, "
        "23 de outubro, em casa.",
        ("sexta-feira, 23 de outubro", dict(month=10, day=23, weekday=4, tense=PAST)),
        ("23 de outubro", dict(month=10, day=23, tense=PAST)),
    ),
    (
        "es-atentado-del",
        "es",
        "El atentado del 7 de agosto cambió la ciudad. El viernes, 7 de agosto, estalló la bomba.",
        ("viernes, 7 de agosto", dict(month=8, day=7, weekday=4, tense=PAST)),
        ("7 de agosto", dict(month=8, day=7, tense=PAST)),
    ),
]


def _clues(mark: Any, lang: str, text: str, marks: list[tuple[str, dict[str, Any]]]) -> Any:
    return read_clues(text, [mark(text, phrase, **fields) for phrase, fields in marks], lang)


@pytest.mark.parametrize(
    ("lang", "text", "dated", "named"), [c[1:] for c in RETOLD], ids=[c[0] for c in RETOLD]
)
def test_a_day_named_as_an_event_is_retold(
    mark: Any, lang: str, text: str, dated: Any, named: Any
) -> None:
    clues = _clues(mark, lang, text, [named, dated])
    kinds = {c.quote: c.kind for c in clues}
    assert kinds[dated[0]] is ClueKind.RETOLD
    exprs = [mark(text, p, **f) for p, f in (named, dated)]
    published = infer_published(Article("a", "a", "", text), lang, exprs)
    assert published.method is PubMethod.UNKNOWN  # no recent-news week is claimed
    assert any("retold" in line for line in published.evidence), published.evidence


@pytest.mark.parametrize(
    ("lang", "text", "dated", "named"), [c[1:] for c in RETOLD], ids=[c[0] for c in RETOLD]
)
def test_without_the_event_name_it_is_recent_news(
    mark: Any, lang: str, text: str, dated: Any, named: Any
) -> None:
    clues = _clues(mark, lang, text, [dated])
    assert [c.kind for c in clues] == [ClueKind.RECENT_DATE]


def test_a_retold_day_with_its_year_is_a_lower_bound(mark: Any) -> None:
    text = "The Oct. 23 killing shocked Buffalo. He was shot on Friday, Oct. 23, 1998, at home."
    clues = _clues(
        mark,
        "en",
        text,
        [
            ("Oct. 23", dict(month=10, day=23, tense=PAST)),
            ("Friday, Oct. 23, 1998", dict(year=1998, month=10, day=23, weekday=4, tense=PAST)),
        ],
    )
    bound = [c for c in clues if c.quote.startswith("Friday")]
    assert bound and bound[0].kind is ClueKind.BOUND and bound[0].day == D(1998, 10, 23)


# (id, lang, text, date phrase, names an event)
POSITIONS = [
    ("en-the-date-noun", "en", "after the Aug. 7 bombings in Nairobi", "Aug. 7", True),
    ("en-with-year", "en", "the Aug. 7, 1998, bombings killed 224", "Aug. 7, 1998", True),
    ("en-on-the-date", "en", "the bombs went off on Aug. 7 in Nairobi", "Aug. 7", False),
    ("en-the-date-and", "en", "between the Aug. 7 and Aug. 9 talks", "Aug. 7", False),
    ("de-vom", "de", "nach dem Anschlag vom 7. August in Nairobi", "7. August", True),
    ("de-range", "de", "die Messe vom 7. bis 9. August", "7.", False),
    ("pt-de", "pt", "depois do atentado de 7 de agosto em Nairobi", "7 de agosto", True),
    ("pt-range", "pt", "a feira de 7 a 9 de agosto", "7", False),
    ("fr-du", "fr", "après l'attentat du 7 août à Nairobi", "7 août", True),
    ("id-peristiwa", "id", "setelah peristiwa 7 Agustus di Nairobi", "7 Agustus", True),
    ("id-pada", "id", "bom meledak pada 7 Agustus di Nairobi", "7 Agustus", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [c[1:] for c in POSITIONS],
    ids=[c[0] for c in POSITIONS],
)
def test_event_name_position(lang: str, text: str, phrase: str, expected: bool) -> None:
    start = text.index(phrase)
    assert (event_name(text, start, start + len(phrase), lang) is not None) is expected


@pytest.mark.parametrize("lang", available_languages())
def test_event_name_examples_match(lang: str) -> None:
    for rule in event_name_rules(lang):
        assert rule.id.startswith(f"{lang}."), rule.id
        before, date, after = rule.example_parts()
        assert date, f"{rule.id}: the example marks no date with braces"
        assert rule.before.search(before), f"{rule.id}: {before!r}"
        assert rule.after.match(after), f"{rule.id}: {after!r}"


def test_event_name_ids_are_unique() -> None:
    ids = [r.id for lang in available_languages() for r in event_name_rules(lang)]
    assert len(ids) == len(set(ids))


def test_bad_offsets_name_nothing() -> None:
    assert event_name("the Aug. 7 bombings", 30, 40, "en") is None
    assert event_name("the Aug. 7 bombings", 5, 2, "en") is None


def test_a_partir_de_is_no_event_name() -> None:
    text = "a partir de 7 de agosto"
    start = text.index("7 de agosto")
    assert event_name(text, start, start + len("7 de agosto"), "pt") is None


@given(
    st.text(max_size=80),
    st.integers(-5, 90),
    st.integers(-5, 90),
    st.sampled_from(["en", "de", "pt", "es", "fr", "it", "nl", "id", "zz"]),
)
def test_event_name_never_raises(text: str, start: int, end: int, lang: str) -> None:
    found = event_name(text, start, end, lang)
    assert found is None or (found[0].startswith(f"{lang}.") and found[1])
