"""Titles say who did what in a few words: no date, no quotation, no reporting frame."""

from __future__ import annotations

import pytest

from tests.events.event_builders import timex
from timeline.event_lexicon import lexicon
from timeline.model import Timex
from timeline.titles import MAX_WORDS, borrow_subject, frame_title, make_title, shorten


def title(lang: str, text: str, *dated: str) -> str:
    timexes: list[Timex] = [timex(text, phrase, "2019-03-12") for phrase in dated]
    return make_title(text, 0, timexes, lexicon(lang))


@pytest.mark.parametrize(
    ("lang", "text", "dated", "expected"),
    [
        pytest.param(
            "en",
            "Separately, a fire destroyed a grain warehouse on Tuesday, firefighters said.",
            ["Tuesday"],
            "A fire destroyed a grain warehouse",
            id="en-opener-date-frame",
        ),
        pytest.param(
            "en",
            "The mayor said on Monday that the bridge will reopen in May.",
            ["Monday"],
            "The mayor: the bridge will reopen in May",
            id="en-said-that",
        ),
        pytest.param(
            "en",
            "On Monday, Ana Duarte promised “a full and independent inquiry into the collapse”, "
            "according to state radio.",
            ["Monday"],
            "Ana Duarte promised",
            id="en-quote-attribution",
        ),
        pytest.param(
            "en",
            "The council (which met in private) approved the plan on Monday.",
            ["Monday"],
            "The council approved the plan",
            id="en-parenthesis",
        ),
        pytest.param(
            "de",
            "Die Brücke ist am Dienstag eingestürzt, teilte die Hafenbehörde mit.",
            ["Dienstag"],
            "Die Brücke ist eingestürzt",
            id="de-frame",
        ),
        pytest.param(
            "id",
            "Jembatan itu runtuh pada Selasa, kata otoritas pelabuhan.",
            ["Selasa"],
            "Jembatan itu runtuh",
            id="id-frame",
        ),
        pytest.param(
            "pt",
            "Segundo a prefeita, as obras vão começar em 25 de março.",
            ["25 de março"],
            "As obras vão começar",
            id="pt-attribution",
        ),
        pytest.param(
            "en",
            "The festival drew 40,000 visitors last year, when tickets were cheap.",
            ["last year"],
            "The festival drew 40,000 visitors, when tickets were cheap",
            id="en-number-comma",
        ),
    ],
)
def test_titles(lang: str, text: str, dated: list[str], expected: str) -> None:
    assert title(lang, text, *dated) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dated", "expected"),
    [
        pytest.param(
            "en",
            "On Friday, during a telephone call with his Chilean counterpart, Ana Duarte "
            "offered help.",
            ["Friday"],
            "Ana Duarte offered help",
            id="en-prepositional-opener",
        ),
        pytest.param(
            "pt",
            "Durante um telefonema com o seu homólogo chileno, Ana Duarte ofereceu ajuda "
            "na sexta-feira.",
            ["sexta-feira"],
            "Ana Duarte ofereceu ajuda",
            id="pt-prepositional-opener",
        ),
        pytest.param(
            "id",
            "Dalam percakapan telepon dengan mitranya dari Chili, Ana Duarte menawarkan bantuan "
            "pada hari Jumat.",
            ["hari Jumat"],
            "Ana Duarte menawarkan bantuan",
            id="id-prepositional-opener",
        ),
        pytest.param(
            "en",
            "Owing to the strike that began in spring, the port closed on Friday.",
            ["Friday"],
            "Owing to the strike that began in spring, the port closed",
            id="en-long-non-prepositional-head-kept",
        ),
        pytest.param(
            "de",
            "Bei einem Treffen der Hafenbehörde am Freitag sagte sie, die Brücke werde "
            "im Mai wieder geöffnet.",
            ["Freitag"],
            "Die Brücke werde im Mai wieder geöffnet",
            id="de-inverted-pronoun-speaker-dropped",
        ),
        pytest.param(
            "de",
            "Nach dem Treffen am Freitag erklärte Bürgermeisterin Varga, die Brücke werde "
            "im Mai geöffnet.",
            ["Freitag"],
            "Bürgermeisterin Varga: die Brücke werde im Mai geöffnet",
            id="de-inverted-named-speaker-kept",
        ),
        pytest.param(
            "en",
            "On Monday the mayor gave the port workers her support: “You acted quickly and "
            "well. “, she said.",
            ["Monday"],
            "The mayor gave the port workers her support",
            id="en-colon-quote-unclosed",
        ),
        pytest.param(
            "de",
            "Am Montag sicherte die Bürgermeisterin den Hafenarbeitern Hilfe zu: „Wir lassen "
            "niemanden allein“, sagte sie.",
            ["Montag"],
            "Die Bürgermeisterin sicherte den Hafenarbeitern Hilfe zu",
            id="de-colon-quote",
        ),
        pytest.param(
            "en",
            "Ana Duarte, 58, a former ambassador, joined the team on Monday.",
            ["Monday"],
            "Ana Duarte, 58, a former ambassador, joined the team",
            id="en-subject-with-apposition-kept",
        ),
        pytest.param(
            "pt",
            "Ana Duarte, de 58 anos, entrou na equipa na segunda-feira.",
            ["segunda-feira"],
            "Ana Duarte, de 58 anos, entrou na equipa",
            id="pt-subject-with-apposition-kept",
        ),
        pytest.param(
            "en",
            "But the mayor never expected, she said, that the bridge would fall on Monday.",
            ["Monday"],
            "But the mayor never expected, that the bridge would fall",
            id="en-aside-frame-dropped",
        ),
        pytest.param(
            "de",
            "Die Brücke, sagte sie, sei am Montag wegen des Regens gesperrt worden.",
            ["Montag"],
            "Die Brücke, sei wegen des Regens gesperrt worden",
            id="de-aside-frame-dropped",
        ),
        pytest.param(
            "de",
            "Das Rathaus sagte am Dienstag, es sei zu früh, um zu sagen, ob sie hält.",
            ["Dienstag"],
            "Das Rathaus: es sei zu früh, um zu sagen, ob sie hält",
            id="de-infinitive-is-no-aside",
        ),
        pytest.param(
            "en",
            "In the latest week alone, investors pulled $1.6 billion out of the funds.",
            ["the latest week"],
            "Investors pulled $1.6 billion out of the funds",
            id="en-opening-date-phrase-dropped-whole",
        ),
        pytest.param(
            "en",
            "Troops left Tuesday, and the border reopened.",
            ["Tuesday"],
            "Troops left, and the border reopened",
            id="en-subject-before-date-kept",
        ),
        pytest.param(
            "pt",
            "Na semana passada sozinha, os investidores retiraram 1,6 mil milhões dos fundos.",
            ["semana passada"],
            "Os investidores retiraram 1,6 mil milhões dos fundos",
            id="pt-opening-date-phrase-dropped-whole",
        ),
        pytest.param(
            "en",
            "Norland’s population grew by 4% in 2020, the ‘official’ statistics office said.",
            ["2020"],
            "Norland’s population grew by 4%",
            id="en-apostrophe-kept-quote-marks-dropped",
        ),
        pytest.param(
            "it",
            "L’esercito dell’Aurora è arrivato lunedì a Kestrel Bay.",
            ["lunedì"],
            "L’esercito dell’Aurora è arrivato a Kestrel Bay",
            id="it-elision-kept",
        ),
        pytest.param(
            "en",
            "Mayor Helena Varga said on Monday repairs will begin soon.",
            ["Monday"],
            "Mayor Helena Varga: repairs will begin soon",
            id="en-said-without-that",
        ),
        pytest.param(
            "en",
            "Mayor Helena Varga told reporters on Monday that repairs will begin soon.",
            ["Monday"],
            "Mayor Helena Varga told reporters that repairs will begin soon",
            id="en-told-takes-an-object",
        ),
        pytest.param(
            "nl",
            "De burgemeester zei maandag de brug gaat snel weer open.",
            ["maandag"],
            "De burgemeester: de brug gaat snel weer open",
            id="nl-zei-without-dat",
        ),
        pytest.param(
            "en",
            "On behalf of the United States, Ana Duarte signed the treaty on Monday.",
            ["Monday"],
            "Ana Duarte signed the treaty",
            id="en-states-is-no-speech-verb",
        ),
        pytest.param(
            "en",
            "The place for Friday's ceremony was chosen by Ana Duarte.",
            ["Friday"],
            "The place for ceremony was chosen by Ana Duarte",
            id="en-possessive-date-dropped-whole",
        ),
        pytest.param(
            "pt",
            "Separadamente, a Esselte divulgou na terça-feira que o lucro caiu.",
            ["terça-feira"],
            "A Esselte divulgou que o lucro caiu",
            id="pt-adverb-opener-dropped",
        ),
        pytest.param(
            "fr",
            "Finalement, la société a publié ses comptes lundi.",
            ["lundi"],
            "La société a publié ses comptes",
            id="fr-adverb-opener-dropped",
        ),
        pytest.param(
            "id",
            '"Saya belum tahu. Belum ada permintaan," kata Mardiasmo di Jakarta, Rabu.',
            ["Rabu"],
            "Mardiasmo: Saya belum tahu",
            id="id-quotation-then-inverted-frame",
        ),
        pytest.param(
            "en",
            "“The bridge held up well,” port director Samuel Okafor said on Wednesday.",
            ["Wednesday"],
            "Port director Samuel Okafor: The bridge held up well",
            id="en-quotation-then-frame",
        ),
        pytest.param(
            "de",
            "„Die Brücke hat gut gehalten“, sagte Okafor am Mittwoch.",
            ["Mittwoch"],
            "Okafor: Die Brücke hat gut gehalten",
            id="de-quotation-then-inverted-frame",
        ),
        pytest.param(
            "id",
            '"Kita harus menarik kelebihan dari pasar," kata Menteri Luar Negeri Venezuela '
            "Rafael Ramirez kepada wartawan menjelang pengumuman hasil pertemuan Kamis.",
            ["Kamis"],
            "Rafael Ramirez: Kita harus menarik kelebihan dari pasar",
            id="id-quotation-long-frame-long-speaker",
        ),
        pytest.param(
            "en",
            "“We will rebuild it quickly,” he said on Wednesday.",
            ["Wednesday"],
            "We will rebuild it quickly",
            id="en-quotation-pronoun-speaker-dropped",
        ),
        pytest.param(
            "pt",
            "Entretanto, a câmara aprovou o plano na segunda-feira.",
            ["segunda-feira"],
            "A câmara aprovou o plano",
            id="pt-connective-dropped",
        ),
        pytest.param(
            "en",
            "Meanwhile, the council approved the plan on Monday.",
            ["Monday"],
            "The council approved the plan",
            id="en-connective-dropped",
        ),
        pytest.param(
            "de",
            "Am Dienstag lief die Fähre Aurora vor Kestrel Bay auf Grund.",
            ["Dienstag"],
            "Die Fähre Aurora lief vor Kestrel Bay auf Grund",
            id="de-fronted-date-subject-first",
        ),
        pytest.param(
            "de",
            "Im September 1777 besetzten die britischen Truppen Philadelphia.",
            ["Im September 1777"],
            "Die britischen Truppen besetzten Philadelphia",
            id="de-fronted-date-object-name-stays",
        ),
        pytest.param(
            "de",
            "Am 12. Mai nahm Allen Crown Point ein.",
            ["12. Mai"],
            "Allen nahm Crown Point ein",
            id="de-fronted-date-name-subject",
        ),
        pytest.param(
            "nl",
            "Op dinsdag liep de veerboot Aurora bij Kestrel Bay aan de grond.",
            ["dinsdag"],
            "De veerboot Aurora liep bij Kestrel Bay aan de grond",
            id="nl-fronted-date-subject-first",
        ),
        pytest.param(
            "en",
            "On Tuesday the ferry Aurora ran aground off Kestrel Bay.",
            ["Tuesday"],
            "The ferry Aurora ran aground off Kestrel Bay",
            id="en-fronted-date-order-kept",
        ),
        pytest.param(
            "nl",
            "Tijdens een overleg met de havenraad, zei burgemeester Varga dat de brug in mei "
            "opengaat.",
            [],
            "Burgemeester Varga: de brug in mei opengaat",
            id="nl-opener-then-said-that",
        ),
    ],
)
def test_titles_drop_leading_phrases_and_frames(
    lang: str, text: str, dated: list[str], expected: str
) -> None:
    assert title(lang, text, *dated) == expected


def test_long_titles_are_cut_with_an_ellipsis() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    short = shorten(words)
    assert short.endswith("…") and len(short.split()) == MAX_WORDS


def test_a_quotation_alone_keeps_its_words() -> None:
    assert title("en", "“We will rebuild the bridge.”") == "We will rebuild the bridge"


@pytest.mark.parametrize(
    ("lang", "frame", "content", "expected"),
    [
        pytest.param(
            "en",
            "Okafor said on Tuesday",
            "Repairs will begin",
            "Okafor said: Repairs will begin",
            id="en",
        ),
        pytest.param(
            "de",
            "sagte Herr Okafor am Dienstag",
            "Die Arbeiten sollen beginnen",
            "Herr Okafor sagte: Die Arbeiten sollen beginnen",
            id="de-inverted-put-in-order",
        ),
    ],
)
def test_announcement_titles(lang: str, frame: str, content: str, expected: str) -> None:
    dated = timex(frame, frame.split()[-1], "2019-03-12")
    assert frame_title(frame, 0, [dated], content, lexicon(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "title_text", "clause", "first", "expected"),
    [
        pytest.param(
            "en",
            "Drew 40,000 visitors",
            "drew 40,000 visitors last year",
            "The festival was first held",
            "The festival drew 40,000 visitors",
            id="en-verb-opens-clause",
        ),
        pytest.param(
            "en",
            "Repairs will begin",
            "repairs will begin in May",
            "The bridge collapsed",
            "Repairs will begin",
            id="en-own-subject-kept",
        ),
        pytest.param(
            "de",
            "Zog 40.000 Besucher an",
            "zog im letzten Jahr 40.000 Besucher an",
            "Das Festival wurde gegründet",
            "Das Festival zog 40.000 Besucher an",
            id="de-verb-opens-clause",
        ),
        pytest.param(
            "pt",
            "Atraiu 40 mil visitantes",
            "atraiu 40 mil visitantes no ano passado",
            "O festival foi criado",
            "O festival atraiu 40 mil visitantes",
            id="pt-verb-opens-clause",
        ),
        pytest.param(
            "en",
            "The council approved it",
            "the council approved it on Monday",
            "The mayor was away",
            "The council approved it",
            id="en-article-opens-clause",
        ),
    ],
)
def test_a_clause_opening_with_its_verb_borrows_the_subject(
    lang: str, title_text: str, clause: str, first: str, expected: str
) -> None:
    assert borrow_subject(title_text, clause, first, lexicon(lang)) == expected
