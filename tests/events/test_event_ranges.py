"""An event told with a range ("from 10 to 14 March") lasts to the range's end."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.event_builders import article, published
from timeline import temporal
from timeline.events import find_candidates
from timeline.model import Candidate, Granularity

WRITTEN = "2019-03-05"


def read(text: str, lang: str) -> list[Candidate]:
    tagged = temporal.tag_with_ranges(text, lang, dt.date.fromisoformat(WRITTEN))
    told = article(text, language=lang)
    return find_candidates(told, lang, published(WRITTEN), tagged.timexes, None, tagged.ranges)


@pytest.mark.parametrize(
    ("lang", "text", "value", "start", "end", "granularity"),
    [
        pytest.param(
            "en",
            "The lantern festival will run from 10 to 14 March in Rivermouth, the council said.",
            "2019-03-10",
            "2019-03-10",
            "2019-03-14",
            Granularity.DAY,
            id="en-days",
        ),
        pytest.param(
            "de",
            "Das Laternenfest findet vom 10. bis 14. März in Rivermouth statt, teilte der Rat mit.",
            "2019-03-10",
            "2019-03-10",
            "2019-03-14",
            Granularity.DAY,
            id="de-days",
        ),
        pytest.param(
            "pt",
            "O festival das lanternas vai decorrer de 10 a 14 de março em Rivermouth.",
            "2019-03-10",
            "2019-03-10",
            "2019-03-14",
            Granularity.DAY,
            id="pt-days",
        ),
        pytest.param(
            "id",
            "Festival lentera itu akan berlangsung dari 10 hingga 14 Maret di Rivermouth.",
            "2019-03-10",
            "2019-03-10",
            "2019-03-14",
            Granularity.DAY,
            id="id-days",
        ),
        pytest.param(
            "en",
            "The old bridge in Rivermouth was closed from May to October 2018 for repairs.",
            "2018-05",
            "2018-05-01",
            "2018-10-31",
            Granularity.MONTH,
            id="en-months",
        ),
    ],
)
def test_an_event_told_with_a_range_lasts_to_its_end(
    lang: str, text: str, value: str, start: str, end: str, granularity: Granularity
) -> None:
    dated = [c.date for c in read(text, lang) if c.date is not None]
    assert len(dated) == 1
    date = dated[0]
    assert (date.value, date.start.isoformat(), date.end.isoformat()) == (value, start, end)
    assert date.granularity is granularity


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Rivermouth beat Dunmore 3-2 on 10 March.", id="en-score"),
        pytest.param("de", "Die Preise stiegen am 10. März um 5 bis 6 Prozent.", id="de-percent"),
    ],
)
def test_numbers_beside_a_date_do_not_stretch_it(lang: str, text: str) -> None:
    dated = [c.date for c in read(text, lang) if c.date is not None]
    assert dated and all(d.start == d.end == dt.date(2019, 3, 10) for d in dated)


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        pytest.param(
            "en",
            "The old bridge in Rivermouth was closed from May to October 2018 for repairs.",
            "The old bridge in Rivermouth was closed for repairs",
            id="en",
        ),
        pytest.param(
            "de",
            "Die alte Brücke war von Mai bis Oktober 2018 wegen Reparaturen gesperrt.",
            "Die alte Brücke war wegen Reparaturen gesperrt",
            id="de",
        ),
        pytest.param(
            "pt",
            "A ponte velha de Rivermouth esteve fechada de maio a outubro de 2018 para obras.",
            "A ponte velha de Rivermouth esteve fechada para obras",
            id="pt",
        ),
    ],
)
def test_titles_drop_the_whole_range(lang: str, text: str, title: str) -> None:
    assert [c.title for c in read(text, lang)] == [title]


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        pytest.param(
            "en", "The festival will run from 10 to 14 March.", "from 10 to 14 March", id="en"
        ),
        pytest.param(
            "de", "Das Fest findet vom 10. bis 14. März statt.", "vom 10. bis 14. März", id="de"
        ),
    ],
)
def test_the_mention_quotes_the_whole_range(lang: str, text: str, phrase: str) -> None:
    """The chronology says how the date was found by quoting the range, not its first member."""
    timexes = [c.mention.timex for c in read(text, lang)]
    assert [t.text if t else None for t in timexes] == [phrase]
