"""Event candidates of one article: dated clauses, inherited dates, status, durations, furniture."""

from __future__ import annotations

import pytest

from tests.events.event_builders import article, published, timex
from tests.events.ferry_story import english, german, portuguese
from timeline.events import find_candidates
from timeline.model import Candidate, Granularity, Status, Tense, TimexType


def candidates_of(told) -> list[Candidate]:  # type: ignore[no-untyped-def]
    return find_candidates(told.article, told.lang, told.published, told.timexes)


def about(candidates: list[Candidate], word: str) -> list[Candidate]:
    return [c for c in candidates if word in c.mention.sentence]


def test_english_article() -> None:
    found = candidates_of(english())
    days = {(c.date.value if c.date else None, c.status, c.approximate) for c in found}
    assert ("2021-09-06", Status.OCCURRED, False) in days  # grounding, and the storm
    assert (
        "2021-09-06",
        Status.OCCURRED,
        True,
    ) in days  # rescue, inherited from the sentence before
    assert ("2021-09-07", Status.OCCURRED, False) in days  # the announcement
    assert ("2021-09-20", Status.PLANNED, False) in days  # the inquiry
    grounding = next(c for c in found if c.title.startswith("The ferry Aurora"))
    assert grounding.title == "The ferry Aurora ran aground off Kestrel Bay"
    assert {"Aurora", "Kestrel Bay"} <= set(grounding.entities)


def test_storm_is_its_own_candidate() -> None:
    storm = about(candidates_of(english()), "storm")
    assert [c.title for c in storm] == ["A storm cut power to 5,000 homes in Dunmore"]


@pytest.mark.parametrize("told", [english, german, portuguese], ids=["en", "de", "pt"])
def test_announcement_and_inquiry_are_two_candidates(told) -> None:  # type: ignore[no-untyped-def]
    found = about(candidates_of(told()), "Ribeiro")
    dates = sorted((c.date.value, c.status) for c in found if c.date and not c.approximate)
    assert dates == [("2021-09-07", Status.OCCURRED), ("2021-09-20", Status.PLANNED)]
    assert all(any("Ribeiro" in e for e in c.entities) for c in found)


def test_duration_sentence_completes_the_planned_event() -> None:
    found = candidates_of(english())
    inquiry = [c for c in found if c.date and c.date.value == "2021-09-20"]
    assert {c.duration for c in inquiry} == {"P3W"}
    assert any("three weeks" in c.mention.sentence and c.approximate for c in inquiry)


def test_background_and_furniture() -> None:
    found = candidates_of(english())
    opened = [c for c in found if c.date and c.date.value == "1998"]
    assert opened and all(c.background for c in opened)
    assert not about(found, "Share this")
    assert not [c for c in candidates_of(german()) if "Bild" in c.mention.sentence]


def test_no_candidate_without_a_date_or_a_narrative() -> None:
    text = "Ferries are popular. Captain Ines Moreau has sailed for years."
    assert find_candidates(article(text), "en", published("2021-09-08"), []) == []


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "sequel"),
    [
        pytest.param(
            "en",
            "Last week, dockers blocked the port of Kestrel Bay.\n\n"
            "Next, the union of Ines Moreau called a strike.",
            "Last week",
            "Next",
            id="en-next",
        ),
        pytest.param(
            "de",
            "Letzte Woche blockierten Hafenarbeiter den Hafen von Kestrel Bay.\n\n"
            "Danach rief die Gewerkschaft von Ines Moreau zum Streik auf.",
            "Letzte Woche",
            "Danach",
            id="de-danach",
        ),
        pytest.param(
            "id",
            "Pekan lalu, buruh pelabuhan memblokade pelabuhan Kestrel Bay.\n\n"
            "Kemudian serikat pekerja Ines Moreau menyerukan pemogokan.",
            "Pekan lalu",
            "Kemudian",
            id="id-kemudian",
        ),
    ],
)
def test_sequence_word_inherits_the_week_approximately(
    lang: str, text: str, phrase: str, sequel: str
) -> None:
    week = timex(
        text, phrase, "2021-W35", "2021-08-30", "2021-09-05", Granularity.WEEK, tense=Tense.PAST
    )
    found = find_candidates(article(text, language=lang), lang, published("2021-09-08"), [week])
    inherited = [c for c in found if c.mention.sentence.startswith(sequel)]
    assert len(inherited) == 1
    assert inherited[0].approximate
    assert inherited[0].date is not None and inherited[0].date.granularity is Granularity.WEEK
    assert inherited[0].mention.timex == week


def test_pronoun_sentence_does_not_inherit() -> None:
    text = "On Monday, the ferry Aurora ran aground. It had left Kestrel Bay an hour before."
    monday = timex(text, "Monday", "2021-09-06")
    found = find_candidates(article(text), "en", published("2021-09-08"), [monday])
    assert [c.mention.sentence[:2] for c in found] == ["On"]


def test_unresolved_date_gives_an_undated_candidate() -> None:
    text = "The ferry Aurora ran aground off Kestrel Bay on Monday."
    monday = timex(text, "Monday", "2021-09-06")
    unresolved = type(monday)(monday.start, monday.end, monday.text, TimexType.DATE, "XXXX-XX-XX")
    found = find_candidates(article(text), "en", published(None), [unresolved])
    assert len(found) == 1 and found[0].date is None


def test_durations_and_sets_never_date_an_event() -> None:
    text = "The ferry Aurora sails every Monday and the crossing takes two hours."
    sets = [
        timex(text, "every Monday", "XXXX-WXX-1", kind=TimexType.SET),
        timex(text, "two hours", "PT2H", kind=TimexType.DURATION),
    ]
    assert find_candidates(article(text), "en", published("2021-09-08"), sets) == []


def test_a_failure_inside_warns_and_gives_nothing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(text: str, lang: str, model: str | None = None) -> list[object]:
        raise ValueError("tokenizer exploded")

    monkeypatch.setattr("timeline.events.split_sentences", broken)
    text = "The ferry ran aground on Monday."
    assert (
        find_candidates(
            article(text), "en", published("2021-09-08"), [timex(text, "Monday", "2021-09-06")]
        )
        == []
    )
    assert "tokenizer exploded" in caplog.text


def test_offsets_outside_the_text_are_ignored() -> None:
    text = "The ferry Aurora ran aground."
    stray = timex(text + " on Monday", "Monday", "2021-09-06")
    assert find_candidates(article(text), "en", published("2021-09-08"), [stray]) == []


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "inherits"),
    [
        pytest.param(
            "en",
            "On Monday the ferry Aurora ran aground off Kestrel Bay. "
            "Captain Ana Duarte ordered the passengers into the lifeboats.",
            "Monday",
            True,
            id="en-past-inherits",
        ),
        pytest.param(
            "en",
            "On Monday the ferry Aurora ran aground off Kestrel Bay. "
            "Kestrel Bay is a dangerous strait where Aurora sails every week.",
            "Monday",
            False,
            id="en-present-comment-does-not",
        ),
        pytest.param(
            "en",
            "On Monday the ferry Aurora ran aground off Kestrel Bay. "
            "The storm has further damaged the old Kestrel Bay pier.",
            "Monday",
            False,
            id="en-present-perfect-does-not",
        ),
        pytest.param(
            "de",
            "Am Montag lief die Fähre Aurora vor Kestrel Bay auf Grund. "
            "Kapitänin Ana Duarte hat alle Passagiere in die Rettungsboote gebracht.",
            "Montag",
            True,
            id="de-perfekt-inherits",
        ),
        pytest.param(
            "en",
            "On Monday the ferry Aurora ran aground off Kestrel Bay. "
            "Ana Duarte will ask the Harbour Board for a new pilot boat.",
            "Monday",
            False,
            id="en-future-outlook-does-not",
        ),
        pytest.param(
            "de",
            "Am Montag lief die Fähre Aurora vor Kestrel Bay auf Grund. "
            "Kapitänin Ana Duarte brachte alle Passagiere in die Rettungsboote.",
            "Montag",
            True,
            id="de-past-inherits",
        ),
        pytest.param(
            "de",
            "Am Montag lief die Fähre Aurora vor Kestrel Bay auf Grund. "
            "Kestrel Bay ist eine gefährliche Meerenge für alle Fähren der Region.",
            "Montag",
            False,
            id="de-present-comment-does-not",
        ),
        pytest.param(
            "id",
            "Pada hari Senin kapal Aurora kandas di Teluk Kestrel. "
            "Kapten Ana Duarte memerintahkan penumpang naik sekoci.",
            "hari Senin",
            True,
            id="id-no-tense-inherits",
        ),
    ],
)
def test_only_sentences_telling_the_past_inherit_a_date(
    lang: str, text: str, phrase: str, inherits: bool
) -> None:
    timexes = [timex(text, phrase, "2021-09-06")]
    found = find_candidates(article(text, language=lang), lang, published("2021-09-08"), timexes)
    assert [c.approximate for c in found] == [False, True][: 1 + inherits]
