"""A short label for an event (about 12 words): who did what, from the sentence that tells it.

The date is shown beside the title, so the date expression leaves it; so do quotations,
parentheses (photo credits, asides), reporting frames ("..., the port authority said",
"according to state media") and opening connectives ("Separately,"). The sentence itself
stays in the event's text; the title is only for reading the timeline at a glance.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline.event_lexicon import EventLexicon, tense_cues
from timeline.model import Timex
from timeline.title_dates import fronted, without_dates
from timeline.title_text import has_quote_marks, tidy, without_parentheses

MAX_WORDS = 12
MIN_WORDS = 3  # a cut that would leave fewer words is not made
FRAME_WORDS = 8  # a reporting frame is at most this long
QUOTE_FRAME_WORDS = 16  # after a whole quotation, the rest is its frame (with where and to whom)
SPEAKER_WORDS = 5  # "The White House: ..." keeps who spoke when it is short and named
PHRASE_OPENER_WORDS = 8  # "During a call with his counterpart," (opens with a preposition)
INVERTED_REACH = 10  # words before an inverted speech verb (an adverbial, dropped)
APPOSITION_TAIL = 2  # words that must follow a name for it to belong to the subject before it
SUBJECT_WORDS = 4  # "sagte Herr Tokajew," : the subject after an inverted speech verb
SUBJECT_WORD = re.compile(r"\s*([^\W\d_][\w.'’-]*)")
AFTER_SUBJECT = re.compile(r"\s*[,:]\s*")
QUOTE = re.compile(
    r"“[^“”]*”|„[^“”]*[“”]|«[^«»]*»|\"[^\"]*\"|(?<!\w)'[^']{12,}'(?!\w)|‘[^‘’]{12,}’"
)
QUOTED_SPEECH = re.compile(
    r"^\s*[“\"„«](?P<quote>[^“”„«»\"]{3,}?)[,.]?\s*[”\"“»]\s*,?\s*(?P<frame>[^“”„«»\"]+)$"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
QUOTE_AFTER_COLON = re.compile(r":\s*[“\"„«‘]")
QUOTE_MARKS = re.compile(r"[“”„«»\"‘]|(?<!\w)['’]|['’](?!\w)")  # not "Russia’s" apostrophe
COMMA = re.compile(r",(?=\s)\s*")


def _without_quotes(text: str) -> str:
    """Quotations of three words or more go; shorter ones (“color revolution”) lose their marks.

    A quotation introduced by a colon runs to the end, even when its closing mark is missing
    or wrong (scraped pages often close with “).
    """
    if not has_quote_marks(text):
        return text  # what the rules below leave of a text without any mark
    introduced = QUOTE_AFTER_COLON.search(text)
    if introduced is not None and len(text[: introduced.start()].split()) >= MIN_WORDS:
        text = text[: introduced.start()]

    def replace(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        return " " if len(inner.split()) >= 3 else inner

    stripped = QUOTE.sub(replace, text)
    if len(stripped.split()) < MIN_WORDS:
        stripped = text
    return QUOTE_MARKS.sub("", stripped)


def _cut_first(text: str) -> tuple[str, str, str]:
    """Like ``str.partition(",")`` at a comma that ends a phrase (not the one in "40,000")."""
    match = COMMA.search(text)
    return (text[: match.start()], ",", text[match.end() :]) if match else (text, "", "")


def _cut_last(text: str) -> tuple[str, str, str]:
    """Like ``str.rpartition(",")`` at a comma that ends a phrase."""
    matches = list(COMMA.finditer(text))
    if not matches:
        return "", "", text
    last = matches[-1]
    return text[: last.start()], ",", text[last.end() :]


def _speech_verb(text: str, lex: EventLexicon) -> re.Match[str] | None:
    """The first speech verb of ``text`` written as a verb: in lower case, or opening the
    text ("the United States" holds no "states")."""
    pattern = lex.word_rule("speech_verbs").pattern
    if pattern is None:
        return None
    for verb in pattern.finditer(text):
        if verb.start() == 0 or verb.group()[:1].islower():
            return verb
    return None


def _without_asides(text: str, lex: EventLexicon) -> str:
    """Drop a speech frame set off by commas inside the sentence (", he said,", ", sagte er,")."""
    pieces = COMMA.split(text)
    if len(pieces) < 3:
        return text
    kept = [pieces[0]]
    pronouns = lex.word_rule("pronouns")
    for piece in pieces[1:-1]:
        words = piece.split()
        verb = _speech_verb(piece, lex)
        speaker = [w for w in words if w in pronouns or w[:1].isupper()]  # "um zu sagen": none
        if len(words) <= SUBJECT_WORDS and verb is not None and speaker:
            continue
        kept.append(piece)
    kept.append(pieces[-1])
    return ", ".join(kept)


def _without_frames(text: str, lex: EventLexicon) -> str:
    attribution = lex.word_rule("attribution")
    text = _without_asides(text, lex)
    for _ in range(2):  # ", the Chinese number one said, according to the official report"
        head, comma, tail = _cut_last(text)
        if (
            comma
            and len(tail.split()) <= FRAME_WORDS
            and len(head.split()) >= MIN_WORDS
            and (_speech_verb(tail, lex) or attribution.search(tail))
        ):
            text = head
    opening = attribution.search(text)
    if opening and opening.start() == 0:
        head, comma, tail = _cut_first(text)
        if comma and len(tail.split()) >= MIN_WORDS:
            text = tail
    verb = _speech_verb(text, lex)
    breaks = lex.word_rule("clause_breaks").pattern
    inverted = _inverted_subject(text[verb.end() :], lex) if verb else None
    reach = INVERTED_REACH if inverted else FRAME_WORDS - 2  # "Bei einem Treffen ... sagte er,"
    if verb and len(text[: verb.start()].split()) <= reach:
        speaker = tidy(text[: verb.start()])
        rest = text[verb.end() :]
        punctuation = re.match(r"\s*[,:]\s*", rest)
        if punctuation is not None:
            rest = rest[punctuation.end() :]
        elif inverted is not None:  # "Bei dem Treffen sagte er, ...": who spoke follows the verb
            speaker, rest = inverted
        else:  # "said that ...", "sagte, dass ...", "mengatakan bahwa ..."
            rest = rest.lstrip()
            lead = breaks.match(rest) if breaks is not None else None
            bare = verb.group() in lex.word_rule("bare_speech_verbs")  # "said repairs will"
            rest = rest[lead.end() :] if lead is not None else rest if bare else ""
        if len(rest.split()) >= MIN_WORDS:
            text = f"{speaker}: {rest}" if _named(speaker, lex) else rest
    return text


def _named(speaker: str, lex: EventLexicon) -> bool:
    """A short speaker that is not a pronoun ("The mayor", "Herr Tokajew"), worth keeping."""
    words = speaker.split()
    return 0 < len(words) <= SPEAKER_WORDS and words[0] not in lex.word_rule("pronouns")


def _inverted_subject(rest: str, lex: EventLexicon) -> tuple[str, str] | None:
    """(subject, what was said) after an inverted speech verb ("sagte Herr Tokajew, ...",
    "zei burgemeester Varga dat ..."): a pronoun, or a name with its title, then a comma,
    a colon or "that"; None otherwise."""
    titles, pronouns = lex.word_rule("titles"), lex.word_rule("pronouns")
    breaks = lex.word_rule("clause_breaks").pattern
    words: list[str] = []
    cursor = 0
    for _ in range(SUBJECT_WORDS):
        word = SUBJECT_WORD.match(rest, cursor)
        if word is None:
            return None
        text = word.group(1)
        if not (text[:1].isupper() or text in titles or (not words and text in pronouns)):
            return None
        words.append(text)
        cursor = word.end()
        after = AFTER_SUBJECT.match(rest, cursor)
        if after is None and breaks is not None:
            space = re.match(r"\s+", rest[cursor:])
            after = breaks.match(rest, cursor + space.end()) if space else None
        if after is not None:
            return " ".join(words), rest[after.end() :].lstrip()
        if words[0] in pronouns:
            return None
    return None


def _without_opener(text: str, lex: EventLexicon) -> str:
    """Drop an opening adverbial: one connective word ("Separately,", "Danach,") or a phrase
    that opens with a preposition ("In another signal,", "During a call with ...,"). A head
    that is a subject with an apposition ("Prakash Shah, 58, ...", "An official, ...") stays.
    """
    head, comma, tail = _cut_first(text)
    words = head.split()
    first = words[0] if words else ""
    phrase = first in lex.word_rule("openers") and len(words) <= PHRASE_OPENER_WORDS
    connective = len(words) == 1 and (
        first in lex.word_rule("stop_words")
        or first in lex.word_rule("sequence")
        or first.lower().endswith(tuple(lex.word_rule("adverb_endings").words))
    )
    if comma and (phrase or connective) and len(tail.split()) >= MIN_WORDS:
        return tail
    sequence = lex.word_rule("sequence").pattern
    lead = sequence.match(text.strip()) if sequence else None
    if lead is not None and len(text.split()) > MIN_WORDS + 1:
        return text.strip()[lead.end() :]
    return text


def content_words(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> int:
    """How many words a clause has besides its dates and parentheses (a dateline has one)."""
    return len(tidy(without_parentheses(without_dates(clause, offset, timexes, lex))).split())


def shorten(text: str, limit: int = MAX_WORDS) -> str:
    """At most ``limit`` words, with an ellipsis when cut; the first letter in capitals."""
    words = text.split()
    short = " ".join(words[:limit]).rstrip(",;:")
    if len(words) > limit:
        short += "…"
    return short[:1].upper() + short[1:]


def _subject_first(text: str, lex: EventLexicon) -> str:
    """Put the subject back before the verb once a fronted date is gone (verb-second
    languages): "sicherte die Bürgermeisterin Hilfe zu" -> "die Bürgermeisterin sicherte ..."."""
    words = text.split()
    if len(words) < MIN_WORDS or words[0][:1].isupper():
        return text
    determiners, titles = lex.word_rule("determiners"), lex.word_rule("titles")
    article = words[1][:1].islower() and words[1] in determiners  # not "Allen", a name
    end = 2 if article else 1  # the determiner, then adjectives, then a noun
    while end < len(words) - 1 and words[end][:1].islower() and words[end] not in titles:
        end += 1  # "die britischen Truppen"
    end += 1
    run = end
    while run < len(words) and not words[run - 1].endswith((",", ";", ":")):
        if not (words[run][:1].isupper() or words[run] in titles):
            break
        run += 1
    if len(words) - run >= APPOSITION_TAIL:  # "die Fähre Aurora vor Kestrel Bay auf Grund"
        end = run  # but "besetzten die Truppen Philadelphia": the last name is the object
    subject = words[1:end]
    if not subject or subject[0][:1] in ",;:":
        return text
    mark = subject[-1][-1] if subject[-1].endswith((",", ";", ":")) else ""
    subject[-1] = subject[-1].rstrip(",;:")
    return " ".join([*subject, words[0] + mark, *words[end:]])


def _quoted_speech(text: str, lex: EventLexicon) -> str | None:
    """ "Speaker: what was said" for a sentence made of a quotation and its speech frame
    ("“We are safe,” Okafor said", "„Wir sind sicher“, sagte Okafor", "..., kata Mardiasmo")."""
    match = QUOTED_SPEECH.match(text)
    if match is None:
        return None
    frame = tidy(match.group("frame"))
    verb = _speech_verb(frame, lex)
    if verb is None or len(frame.split()) > QUOTE_FRAME_WORDS:
        return None
    if verb.start() == 0:  # "kata Mardiasmo di Jakarta": the name after the verb
        speaker = " ".join(
            itertools.takewhile(
                lambda w: w[:1].isupper() or w in lex.word_rule("titles"),
                frame[verb.end() :].split(),
            )
        )
    else:
        speaker = frame[: verb.start()].strip()
    words = speaker.split()
    if len(words) > SPEAKER_WORDS and all(w[:1].isupper() for w in words[-2:]):
        speaker = " ".join(words[-2:])  # "Menteri Luar Negeri Venezuela Rafael Ramirez"
    said = SENTENCE_BREAK.split(match.group("quote").strip())[0]
    said = tidy(said)
    if len(said.split()) < MIN_WORDS - 1:
        return None
    return f"{speaker}: {said}" if _named(speaker, lex) else said


def make_title(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> str:
    """The title for a clause that starts at ``offset`` in the article text."""
    date_first = lex.verb_second and fronted(clause, offset, timexes, lex)
    text = without_dates(clause, offset, timexes, lex)
    if date_first:
        text = _subject_first(tidy(text), lex)
    text = without_parentheses(text)
    quoted = _quoted_speech(text, lex)
    if quoted is not None:
        return shorten(quoted)
    text = _without_quotes(text)
    text = tidy(text)
    text = tidy(_without_frames(text, lex))
    text = tidy(_without_opener(text, lex))
    if not text:
        text = tidy(QUOTE_MARKS.sub("", clause))
    return shorten(text)


def frame_title(
    frame: str, offset: int, timexes: Sequence[Timex], content: str, lex: EventLexicon
) -> str:
    """The title of an announcement: the speaker and verb, then what was announced.

    An inverted frame ("sagte Herr Tokajew") is put back in order ("Herr Tokajew sagte").
    """
    speaker = tidy(without_dates(frame, offset, timexes, lex))
    verb = _speech_verb(speaker, lex)
    if verb is not None and verb.start() == 0 and len(speaker[verb.end() :].split()) > 0:
        speaker = f"{speaker[verb.end() :].strip()} {verb.group()}"
    if not content:
        return shorten(speaker)
    return shorten(f"{speaker}: {content}")


def borrow_subject(title: str, clause: str, first_title: str, lex: EventLexicon) -> str:
    """A clause cut off after "and" that opens with its verb ("drew 40,000 visitors last
    year") takes the subject of the sentence's first clause ("The festival was first held").

    The verb is recognised as a lower-case word that is no article, pronoun or stop word and
    is not followed by a tense cue ("repairs will begin" has a subject of its own); the
    subject is what comes before the first tense cue of the first clause's title.
    """
    cues = tense_cues(lex.code)
    words, opening = title.split(), clause.split()
    if cues is None or len(words) < 2 or not opening or not opening[0][:1].islower():
        return title
    first = opening[0].lower()
    stops = (lex.word_rule(n) for n in ("stop_words", "determiners", "pronouns", "clause_breaks"))
    if words[0].lower() != first or any(first in rule for rule in stops):
        return title
    if cues.fullmatch(words[1]) is not None:
        return title
    verb = cues.search(first_title)
    subject = first_title[: verb.start()].split() if verb is not None else []
    if not 1 <= len(subject) <= SUBJECT_WORDS:
        return title
    return shorten(" ".join([*subject, words[0].lower(), *words[1:]]))
