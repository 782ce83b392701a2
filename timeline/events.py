"""Event candidates of one article: dated sentences (or clauses) with status, title, entities.

A sentence (or a clause, when it tells two dated facts) with a DATE/TIME expression is a
candidate dated by it. A sentence without one inherits the narrative's last date when it sits
in the same paragraph, or opens with a sequence word ("Next,", "Danach", "Kemudian"): it is
then marked approximate and keeps the inherited precision (a week stays a week). Durations
are not dates: "should last ten days" becomes the duration of the event it follows.
Page furniture never becomes a candidate.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.clauses import Clause, split_clauses
from timeline.entities import (
    FirstReading,
    Name,
    article_entities,
    article_keys,
    find_names,
    first_readings,
    spellings_of,
)
from timeline.event_dates import dating_expressions, event_date, lasting_durations, reference_day
from timeline.event_lexicon import lexicon
from timeline.furniture import is_furniture
from timeline.model import (
    Article,
    Candidate,
    EventDate,
    Mention,
    Published,
    Status,
    Tense,
    Timex,
    TimexRange,
)
from timeline.past_tense import tells_the_past
from timeline.sentences import Sentence, split_sentences, uses_model
from timeline.settings import Settings
from timeline.status import event_status, is_background
from timeline.titles import borrow_subject, content_words, frame_title, make_title

logger = logging.getLogger(__name__)

__all__ = ["ArticleReading", "article_entities", "event_date", "find_candidates", "read_article"]

FIRST_WORD = re.compile(r"[^\W\d_]+")  # a sentence opening with a quotation mark or comma is a tail
MIN_INHERITED_WORDS = 5  # an inherited event needs a title that says something
MIN_CLAUSE_WORDS = 3  # fewer words besides the date: a dateline or a label, not an event
DURATION_REACH = 2  # a duration sentence may complete an event told this many sentences before


@dataclass(frozen=True)
class ArticleReading:
    """What reading one article's sentences gives: its event candidates, and the keys of the
    names it mentions (for relating articles) when they came at no extra cost, else None."""

    candidates: tuple[Candidate, ...]
    names: frozenset[str] | None = None
    spellings: tuple[tuple[str, str], ...] = ()  # (key, as first written) of those names


@dataclass(frozen=True)
class _Narrative:
    """The last date the article told, and where: what an undated sentence inherits."""

    timex: Timex
    date: EventDate | None
    paragraph: int


class _ArticleReader:
    """Walks one article's sentences in order, keeping the narrative date as it goes."""

    def __init__(
        self,
        article: Article,
        lang: str,
        published: Published,
        timexes: Sequence[Timex],
        model: str | None = None,
        ranges: Sequence[TimexRange] = (),
    ):
        self.article, self.lang, self.lex = article, lang, lexicon(lang)
        self.range_of = {(r.first.start, r.first.end): r for r in ranges}  # by first member
        self.phrase_of = {  # each member -> the whole range phrase, which titles drop at once
            (m.start, m.end): replace(r.first, start=r.start, end=r.end, text=r.text)
            for r in ranges
            for m in (r.first, r.last)
        }
        self.model = model if uses_model(lang, model) else None
        self.text = article.text
        self.published = published.date
        self.period = reference_day(published, timexes)
        self.timexes = sorted(timexes, key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.timexes]
        self.narrative: _Narrative | None = None
        self.candidates: list[Candidate] = []
        self.content_at: dict[int, int] = {}  # candidate index -> sentence index (not frames)
        self.known: frozenset[str] = frozenset()
        self.keys: frozenset[str] | None = None  # every name of the article, when cheap
        self.spellings: tuple[tuple[str, str], ...] = ()
        self.titles: dict[tuple[int, int, tuple[Timex, ...]], str] = {}  # a clause's, once
        self.first: list[tuple[int, FirstReading]] = []  # each sentence's start, first reading

    def within(self, sentence: Sentence) -> list[Timex]:
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        return [t for t in self.timexes[lo:hi] if t.end <= sentence.end]

    def names(self, sentence: Sentence, timexes: Sequence[Timex]) -> tuple[str, ...]:
        exclude = [(t.start - sentence.start, t.end - sentence.start) for t in timexes]
        recognised = (
            [(e.start - sentence.start, e.end - sentence.start) for e in sentence.entities]
            if self.model
            else None
        )
        found: list[Name] | None = None
        start, first = self.first[sentence.index]
        if recognised is None and start == sentence.start:  # not cut after a dateline
            found = first.again(exclude, self.known)
        if found is None:
            found = find_names(sentence.text, self.lang, exclude, self.known, recognised)
        seen: dict[str, str] = {}
        for name in found:
            seen.setdefault(name.key, name.text)
        return tuple(seen.values())

    def read(self) -> list[Candidate]:
        every = split_sentences(self.text, self.lang, self.model)
        readings = first_readings(every, self.lang)  # read once, for the uses below
        self.first = [(s.start, reading) for s, reading in zip(every, readings, strict=True)]
        first = [reading.names for reading in readings]
        told = [not is_furniture(s.text, self.lex) for s in every]
        sentences = [s for s, keep in zip(every, told, strict=True) if keep]
        self.known = frozenset(
            n.key for names, keep in zip(first, told, strict=True) if keep for n in names if n.text
        )
        if self.model is None and not self.lex.capitalised_nouns:
            self.keys = article_keys(every, self.lang, first)  # no second reading needed
            self.spellings = tuple(spellings_of(n for names in first for n in names).items())
        for sentence in sentences:
            self.sentence(sentence)
        return self.candidates

    def sentence(self, sentence: Sentence) -> None:
        lead = self.lex.dateline_end(sentence.text)
        if lead:  # the dateline's place, date and agency are not part of what happened
            body = sentence.start + lead
            sentence = replace(sentence, start=body, text=self.text[body : sentence.end])
        inside = self.within(sentence)
        dates, lasting = dating_expressions(inside), lasting_durations(inside, self.text, self.lex)
        if not dates:
            whole = Clause(sentence.start, sentence.end)
            if lasting and self.attach_duration(
                lasting[0], sentence.index, sentence, whole, self.names(sentence, inside)
            ):
                return
            self.inherit(sentence, inside)
            return
        entities = self.names(sentence, inside)
        clauses = split_clauses(self.text, sentence.start, sentence.end, dates, lasting, self.lex)
        content = [c for c in clauses if c.dates and not c.reporting]
        content_title = self.title(content[0]) if content else ""
        for clause in clauses:
            if not clause.dates:
                if clause.durations:
                    self.attach_duration(
                        clause.durations[0], sentence.index, sentence, clause, entities
                    )
                continue
            words = content_words(
                self.clause_text(clause), clause.start, self.phrases(clause.dates), self.lex
            )
            if words < MIN_CLAUSE_WORDS and not clause.reporting:
                continue  # a dateline ("RIVERMOUTH, March 14, 2019 (Newswire)") tells no event
            title = (
                frame_title(
                    self.clause_text(clause),
                    clause.start,
                    self.phrases(clause.dates),
                    content_title,
                    self.lex,
                )
                if clause.reporting
                else self.title(clause)
            )
            if content and clause is not content[0] and not clause.reporting:
                title = borrow_subject(title, self.clause_text(clause), content_title, self.lex)
            self.add(sentence, clause, title, entities)
        resolved = [t for t in dates if t.first_day is not None]
        if resolved:
            last = resolved[-1]
            self.narrative = _Narrative(last, event_date(last), sentence.paragraph)

    def clause_text(self, clause: Clause) -> str:
        return self.text[clause.start : clause.end]

    def phrases(self, dates: Sequence[Timex]) -> tuple[Timex, ...]:
        """``dates`` with the members of a range replaced by the range's whole phrase."""
        if not self.phrase_of:
            return tuple(dates)
        out: list[Timex] = []
        for t in dates:
            phrase = self.phrase_of.get((t.start, t.end), t)
            if phrase not in out:
                out.append(phrase)
        return tuple(out)

    def title(self, clause: Clause) -> str:
        key = (clause.start, clause.end, clause.dates)
        found = self.titles.get(key)
        if found is None:  # the first content clause is asked twice: for itself, for borrowing
            found = make_title(
                self.clause_text(clause), clause.start, self.phrases(clause.dates), self.lex
            )
            self.titles[key] = found
        return found

    def add(
        self, sentence: Sentence, clause: Clause, title: str, entities: tuple[str, ...]
    ) -> None:
        timex = next((t for t in clause.dates if t.first_day is not None), clause.dates[0])
        span = self.range_of.get((timex.start, timex.end))
        date = event_date(timex, span)
        status = event_status(self.clause_text(clause), date, self.published, timex.tense, self.lex)
        duration = clause.durations[0].value if clause.durations else None
        if span is not None:  # the mention quotes the whole range: "'from 10 to 14 March' ..."
            timex = replace(self.phrase_of[(timex.start, timex.end)], last_day=span.last_day)
        self.append(sentence, timex, date, status, title, entities, duration, approximate=False)
        if not clause.reporting:
            self.content_at[len(self.candidates) - 1] = sentence.index

    def inherit(self, sentence: Sentence, inside: Sequence[Timex]) -> None:
        """An undated sentence that carries the story on takes the narrative's date, approximately.

        It must name someone, read as a sentence of its own (not a quotation's tail), not
        open with a pronoun (an elaboration of the event before, not a new one), and tell the
        past: a sentence whose verbs are all present or future is comment or outlook
        ("Russia's population is still large"), not the story's next step. Its names
        (``inside``: the expressions they exclude) are read only when the cheaper tests pass.
        """
        narrative = self.narrative
        if narrative is None:
            return
        sequence = self.lex.word_rule("sequence").pattern
        opens = sequence is not None and sequence.match(sentence.text) is not None
        if sentence.paragraph != narrative.paragraph and not opens:
            return
        first = FIRST_WORD.match(sentence.text)
        if first is None or first.group() in self.lex.word_rule("pronouns"):
            return
        entities = self.names(sentence, inside)
        if not entities:
            return
        if not tells_the_past(sentence.text, self.lang, self.lex):
            return
        clause = Clause(sentence.start, sentence.end)
        title = self.title(clause)
        if len(title.split()) < MIN_INHERITED_WORDS:
            return
        self.narrative = replace(narrative, paragraph=sentence.paragraph)
        status = event_status(
            sentence.text, narrative.date, self.published, Tense.UNKNOWN, self.lex
        )
        self.append(
            sentence,
            narrative.timex,
            narrative.date,
            status,
            title,
            entities,
            None,
            approximate=True,
        )
        self.content_at[len(self.candidates) - 1] = sentence.index

    def append(
        self,
        sentence: Sentence,
        timex: Timex,
        date: EventDate | None,
        status: Status,
        title: str,
        entities: tuple[str, ...],
        duration: str | None,
        approximate: bool,
    ) -> None:
        if any(c.title == title and c.date == date for c in self.candidates[-8:]):
            return  # the same caption or sentence repeated by the page
        mention = Mention(
            document=self.article.id,
            sentence=sentence.text,
            start=sentence.start,
            end=sentence.end,
            language=self.lang,
            timex=timex,
            status=status,
            date=date,
        )
        self.candidates.append(
            Candidate(
                mention=mention,
                date=date,
                status=status,
                title=title,
                entities=entities,
                approximate=approximate,
                duration=duration,
                background=is_background(date, self.period),
            )
        )

    def attach_duration(
        self,
        duration: Timex,
        index: int,
        sentence: Sentence,
        clause: Clause,
        entities: tuple[str, ...],
    ) -> bool:
        """Give the duration to the event told just before; True when one took it.

        The clause that tells the duration ("The withdrawal should last ten days") becomes a
        further mention of that event: same expression, same duration (merge keeps them one).
        """
        for position in sorted(self.content_at, reverse=True):
            if index - self.content_at[position] > DURATION_REACH:
                return False
            candidate = self.candidates[position]
            if candidate.duration is not None:
                return False
            candidate = replace(candidate, duration=duration.value)
            self.candidates[position] = candidate
            timex = candidate.mention.timex
            if timex is not None and index != self.content_at[position]:
                title = make_title(self.clause_text(clause), clause.start, (duration,), self.lex)
                self.append(
                    sentence,
                    timex,
                    candidate.date,
                    candidate.status,
                    title,
                    entities,
                    duration.value,
                    approximate=True,
                )
            return True
        return False


def read_article(
    article: Article,
    lang: str,
    published: Published,
    timexes: Sequence[Timex],
    settings: Settings | None = None,
    ranges: Sequence[TimexRange] = (),
) -> ArticleReading:
    """Event candidates of one article in text order, with the keys of the names it mentions
    when reading them cost nothing more. Never raises: warns and returns no candidates.

    ``settings.spacy_model`` names a trained spaCy pipeline that, when installed for ``lang``,
    splits the sentences and finds the names instead of the rules. ``ranges`` (from
    ``temporal.join_ranges``) let an event dated by a range's first member last to its end.
    """
    model = settings.spacy_model if settings is not None else None
    try:
        reader = _ArticleReader(article, lang, published, timexes, model, ranges)
        candidates = reader.read()
    except Exception as exc:  # bad input must not stop the other articles
        logger.warning("events: article %s skipped (%s: %s)", article.id, type(exc).__name__, exc)
        return ArticleReading(())
    return ArticleReading(tuple(candidates), reader.keys, reader.spellings)


def find_candidates(
    article: Article,
    lang: str,
    published: Published,
    timexes: Sequence[Timex],
    settings: Settings | None = None,
    ranges: Sequence[TimexRange] = (),
) -> list[Candidate]:
    """Event candidates of one article, in text order (``read_article`` without the names).
    Never raises: warns and returns []."""
    return list(read_article(article, lang, published, timexes, settings, ranges).candidates)
