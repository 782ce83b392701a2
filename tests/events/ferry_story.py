"""A story written for these tests: a ferry runs aground off Kestrel Bay (September 2021),
told in English, German and Portuguese, with a storm elsewhere on the same Monday.

Each article comes with the timexes a tagger would give it, stated by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.events.event_builders import article, duration, published, timex
from timeline.model import Article, Granularity, Published, Tense, Timex

EN = """Ferry runs aground off Kestrel Bay

The ferry Aurora ran aground off Kestrel Bay on Monday, the coast guard said. All 212 passengers
were rescued by the crew of captain Ines Moreau.

Separately, a storm cut power to 5,000 homes in Dunmore on Monday.

An inquiry will open on September 20, transport minister Paulo Ribeiro said on Tuesday. It is
expected to last three weeks.

The ferry line to Kestrel Bay opened in 1998.

Share this article"""

DE = """Fähre vor Kestrel Bay auf Grund gelaufen

Die Fähre Aurora ist am Montag vor Kestrel Bay auf Grund gelaufen. Alle 212 Passagiere wurden
gerettet.

Verkehrsminister Paulo Ribeiro sagte am Dienstag, eine Untersuchung solle am 20. September beginnen.

(Bild: dpa)"""

PT = """Balsa encalha perto de Kestrel Bay

A balsa Aurora encalhou na segunda-feira perto de Kestrel Bay, informou a guarda costeira.

O ministro Paulo Ribeiro disse na terça-feira que o inquérito vai começar em 20 de setembro."""


@dataclass(frozen=True)
class Told:
    """One article of the story with its publication date and timexes."""

    article: Article
    lang: str
    published: Published
    timexes: tuple[Timex, ...]


def english() -> Told:
    t = EN
    return Told(
        article(t, "en_ferry", "en"),
        "en",
        published("2021-09-08"),
        (
            timex(t, "Monday", "2021-09-06", tense=Tense.PAST),
            timex(t, "Monday", "2021-09-06", tense=Tense.PAST, occurrence=2),
            timex(t, "September 20", "2021-09-20", tense=Tense.FUTURE),
            timex(t, "Tuesday", "2021-09-07", tense=Tense.PAST),
            duration(t, "three weeks", "P3W"),
            timex(
                t, "1998", "1998", "1998-01-01", "1998-12-31", Granularity.YEAR, tense=Tense.PAST
            ),
        ),
    )


def german() -> Told:
    t = DE
    return Told(
        article(t, "de_faehre", "de"),
        "de",
        published("2021-09-08"),
        (
            timex(t, "Montag", "2021-09-06", tense=Tense.PAST),
            timex(t, "Dienstag", "2021-09-07", tense=Tense.PAST),
            timex(t, "20. September", "2021-09-20"),
        ),
    )


def portuguese() -> Told:
    t = PT
    return Told(
        article(t, "pt_balsa", "pt"),
        "pt",
        published("2021-09-07"),
        (
            timex(t, "segunda-feira", "2021-09-06", tense=Tense.PAST),
            timex(t, "terça-feira", "2021-09-07", tense=Tense.PAST),
            timex(t, "20 de setembro", "2021-09-20"),
        ),
    )


def story() -> list[Told]:
    return [english(), german(), portuguese()]
