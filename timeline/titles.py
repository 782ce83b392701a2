"""A short label for an event (about 12 words): who did what, from the sentence that tells it.

The date is shown beside the title, so the date expression leaves it; so do quotations,
parentheses (photo credits, asides), reporting frames ("..., the port authority said",
"according to state media") and opening connectives ("Separately,"). The sentence itself
stays in the event's text; the title is only for reading the timeline at a glance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.event_lexicon import EventLexicon
from timeline.model import Timex

MAX_WORDS = 12
MIN_WORDS = 3  # a cut that would leave fewer words is not made
FRAME_WORDS = 8  # a reporting frame is at most this long
SPEAKER_WORDS = 5  # "The White House: ..." keeps who spoke when it is short and named
OPENER_WORDS = 3  # "Separately," / "In another signal," before the first comma
QUOTE = re.compile(
    r"“[^“”]*”|„[^“”]*[“”]|«[^«»]*»|\"[^\"]*\"|(?<!\w)'[^']{12,}'(?!\w)|‘[^‘’]{12,}’"
)
PARENTHESIS = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
QUOTE_MARKS = re.compile(r"[“”„«»\"‘’]|(?<!\w)'|'(?!\w)")
COMMA = re.compile(r",(?=\s)\s*")
EDGE = re.compile(r"^[\s,;:.–—-]+|[\s,;:–—-]+$")


def _drop(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _without_dates(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> str:
    """The clause with its date expressions (and the prepositions before them) removed."""
    prepositions = lex.word_rule("date_prepositions")
    spans = []
    for t in timexes:
        start, end = max(t.start - offset, 0), min(t.end - offset, len(clause))
        if start >= end:
            continue
        before = clause[:start]
        word = re.search(r"(\w+)\s*$", before)
        if word and word.group(1) in prepositions:
            start = word.start(1)
        spans.append((start, end))
    return _drop(clause, spans)


def _without_quotes(text: str) -> str:
    """Quotations of three words or more go; shorter ones (“color revolution”) lose their marks."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        return " " if len(inner.split()) >= 3 else inner

    stripped = QUOTE.sub(replace, text)
    if len(stripped.split()) < MIN_WORDS:
        stripped = text
    return QUOTE_MARKS.sub("", stripped)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    return EDGE.sub("", text).rstrip(".!?").strip()


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


def _without_frames(text: str, lex: EventLexicon) -> str:
    speech, attribution = lex.word_rule("speech_verbs"), lex.word_rule("attribution")
    for _ in range(2):  # ", the Chinese number one said, according to the official report"
        head, comma, tail = _cut_last(text)
        if (
            comma
            and len(tail.split()) <= FRAME_WORDS
            and len(head.split()) >= MIN_WORDS
            and (speech.search(tail) or attribution.search(tail))
        ):
            text = head
    opening = attribution.search(text)
    if opening and opening.start() == 0:
        head, comma, tail = _cut_first(text)
        if comma and len(tail.split()) >= MIN_WORDS:
            text = tail
    verb = speech.search(text)
    breaks = lex.word_rule("clause_breaks").pattern
    if verb and len(text[: verb.start()].split()) <= FRAME_WORDS - 2:
        rest = text[verb.end() :]
        punctuation = re.match(r"\s*[,:]\s*", rest)
        if punctuation is not None:
            rest = rest[punctuation.end() :]
        else:  # "said that ...", "sagte, dass ...", "mengatakan bahwa ..."
            rest = rest.lstrip()
            lead = breaks.match(rest) if breaks is not None else None
            rest = rest[lead.end() :] if lead is not None else ""
        if len(rest.split()) >= MIN_WORDS:
            speaker = _tidy(text[: verb.start()])
            named = speaker.split()[:1] and speaker.split()[0] not in lex.word_rule("pronouns")
            text = f"{speaker}: {rest}" if named and len(speaker.split()) <= SPEAKER_WORDS else rest
    return text


def _without_opener(text: str, lex: EventLexicon) -> str:
    head, comma, tail = _cut_first(text)
    opens = head.strip()[:1].isupper()  # "Separately," / "In another signal," open a sentence
    if comma and opens and len(head.split()) <= OPENER_WORDS and len(tail.split()) >= MIN_WORDS:
        return tail
    sequence = lex.word_rule("sequence").pattern
    lead = sequence.match(text.strip()) if sequence else None
    if lead is not None and len(text.split()) > MIN_WORDS + 1:
        return text.strip()[lead.end() :]
    return text


def content_words(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> int:
    """How many words a clause has besides its dates and parentheses (a dateline has one)."""
    return len(_tidy(PARENTHESIS.sub(" ", _without_dates(clause, offset, timexes, lex))).split())


def shorten(text: str, limit: int = MAX_WORDS) -> str:
    """At most ``limit`` words, with an ellipsis when cut; the first letter in capitals."""
    words = text.split()
    short = " ".join(words[:limit]).rstrip(",;:")
    if len(words) > limit:
        short += "…"
    return short[:1].upper() + short[1:]


def make_title(clause: str, offset: int, timexes: Sequence[Timex], lex: EventLexicon) -> str:
    """The title for a clause that starts at ``offset`` in the article text."""
    text = _without_dates(clause, offset, timexes, lex)
    text = PARENTHESIS.sub(" ", text)
    text = _without_quotes(text)
    text = _tidy(text)
    text = _tidy(_without_frames(text, lex))
    text = _tidy(_without_opener(text, lex))
    if not text:
        text = _tidy(QUOTE_MARKS.sub("", clause))
    return shorten(text)


def frame_title(
    frame: str, offset: int, timexes: Sequence[Timex], content: str, lex: EventLexicon
) -> str:
    """The title of an announcement: the speaker and verb, then what was announced."""
    speaker = _tidy(_without_dates(frame, offset, timexes, lex))
    if not content:
        return shorten(speaker)
    return shorten(f"{speaker}: {content}")
