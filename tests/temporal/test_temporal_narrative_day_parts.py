"""Parts of the day told in the narrative ("à noite", "in the morning"), joined to the day they
belong to ("na noite de sábado", "na tarde de ontem"), and slash dates either side of a range
("28/2-1/3", "10/1-11/2/2017")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag, tag_with_ranges

DCT = dt.date(2019, 8, 7)  # a Wednesday

PARTS = [
    # (id, lang, text, timex text, value)
    ("pt-a-noite", "pt", "Entramos no apartamento apenas à noite.", "noite", "2019-08-07TNI"),
    ("pt-de-madrugada", "pt", "O incêndio começou de madrugada.", "madrugada", "2019-08-07TNI"),
    ("pt-pela-manha", "pt", "Pela manhã, a polícia chegou.", "manhã", "2019-08-07TMO"),
    ("pt-esta-noite", "pt", "O jogo será esta noite.", "esta noite", "2019-08-07TNI"),
    ("pt-noite-de-sabado", "pt", "O ataque foi na noite de sábado.", "noite de sábado",
     "2019-08-03TNI"),
    ("pt-tarde-de-ontem", "pt", "Ele falou na tarde de ontem.", "tarde de ontem", "2019-08-06TAF"),
    ("en-in-the-morning", "en", "Dealers placed orders in the morning.", "the morning",
     "2019-08-07TMO"),
    ("en-at-night", "en", "The rebels attacked at night.", "night", "2019-08-07TNI"),
    ("es-noche-del-sabado", "es", "El ataque fue la noche del sábado.", "noche del sábado",
     "2019-08-03TNI"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "found", "value"), [p[1:] for p in PARTS], ids=[p[0] for p in PARTS]
)
def test_part_of_day_in_narrative(lang: str, text: str, found: str, value: str) -> None:
    assert (found, value) in [(t.text, t.value) for t in tag(text, lang, DCT)]


NOT_PARTS = [
    ("pt-breakfast", "pt", "O café da manhã foi servido."),
    ("pt-greeting", "pt", "Boa tarde a todos."),
    ("pt-late", "pt", "Ele chegou tarde."),
    ("en-morning-paper", "en", "He read the morning paper."),
    ("en-evening-of-a-date", "en", "It happened in the evening of March 3."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [n[1:] for n in NOT_PARTS], ids=[n[0] for n in NOT_PARTS]
)
def test_no_part_of_day_alone(lang: str, text: str) -> None:
    assert not [t for t in tag(text, lang, DCT) if t.value.endswith(("MO", "AF", "EV", "NI"))]


SLASH_RANGES = [
    # (id, lang, text, first day, last day)
    ("pt-day-month-pair", "pt", "Férias 28/2-1/3", "2020-02-28", "2020-03-01"),
    ("pt-leap-day", "pt", "Plantão 29/2-1/3", "2020-02-29", "2020-03-01"),
    ("de-year-on-the-last", "de", "Urlaub 10/1-11/2/2017", "2017-01-10", "2017-02-11"),
    ("es-day-month-pair", "es", "Vacaciones del 3/4 al 5/4", "2019-04-03", "2019-04-05"),
]


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"),
    [s[1:] for s in SLASH_RANGES],
    ids=[s[0] for s in SLASH_RANGES],
)
def test_slash_dates_either_side_of_a_range(lang: str, text: str, first: str, last: str) -> None:
    tagged = tag_with_ranges(text, lang, dt.date(2019, 9, 18))
    assert [(r.first_day, r.last_day) for r in tagged.ranges] == [
        (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pt", "Ele ficou com 1/3 dos votos."), ("de", "Er bekam 1/3 der Stimmen.")],
    ids=["pt-fraction", "de-fraction"],
)
def test_fraction_alone_is_no_date(lang: str, text: str) -> None:
    assert tag(text, lang, DCT) == []
