"""Whether an event occurred or is planned, and whether it is background to the story.

Planned: the clause announces, expects or promises it (cues are data, per language), its
tense is future, or its date lies after the publication date. Background: the event ends
long before the article's own time (history and context: 1916, the 1920s, 2014), is dated
only by a decade that does not hold that time, or only by a century (even the current one:
"one of the 21st century's ironies" is context, never the story's own weeks).
"""

from __future__ import annotations

import datetime as dt

from timeline.event_lexicon import EventLexicon
from timeline.model import EventDate, Granularity, Status, Tense

BACKGROUND_GAP = dt.timedelta(days=183)  # ends more than about half a year before the article
COARSE = frozenset({Granularity.DECADE, Granularity.CENTURY})


def event_status(
    clause: str,
    date: EventDate | None,
    reference: dt.date | None,
    tense: Tense,
    lex: EventLexicon,
) -> Status:
    """Planned or occurred, from the clause's words, its tense and its date vs ``reference``."""
    if date is not None and reference is not None and date.start > reference:
        return Status.PLANNED
    announced = lex.is_planned(clause) is not None or tense is Tense.FUTURE
    if not announced:
        return Status.OCCURRED
    if date is None or reference is None or date.end >= reference:
        return Status.PLANNED
    return Status.OCCURRED  # the cue speaks of a plan made on a day that has passed


def is_background(date: EventDate | None, reference: dt.date | None) -> bool:
    """True when the event lies far before ``reference`` (the article's own time)."""
    if date is None or reference is None:
        return False
    if date.end < reference - BACKGROUND_GAP:
        return True
    if date.granularity is Granularity.CENTURY:
        return True
    return date.granularity in COARSE and not date.start <= reference <= date.end
