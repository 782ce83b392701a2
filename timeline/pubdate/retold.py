"""Days a text names as events ("the Oct. 23 killing"): retold after the fact, not recent news.

A weekday named with its date usually marks news of the last few days ("On Monday January 10
the minister called"). But when the same text also uses that date as the name of an event
("the Oct. 23 killing of the doctor", "der Anschlag vom 7. August", "o assassinato de 23 de
outubro"), the day has become a reference point: the story is told days or weeks later
("... returned home from synagogue on the night of Friday, Oct. 23", written a month after).
Such a day bounds the writing day from below only. The words that make a date an event's name
are language data (``event_names`` in ``lang/<code>.yaml``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from timeline.pubdate.language_data import event_name_rules
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

CONTEXT = 60  # characters read before and after a date


def event_name(text: str, start: int, end: int, lang: str) -> tuple[str, str] | None:
    """The rule id and the words by which the date at ``text[start:end]`` names an event."""
    if not 0 <= start <= end <= len(text):
        return None
    before, after = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    for rule in event_name_rules(lang):
        head, tail = rule.before.search(before), rule.after.match(after)
        if head and tail:
            return rule.id, (before[head.start() :] + text[start:end] + after[: tail.end()]).strip()
    return None


def days_named_as_events(
    text: str, expressions: Iterable[Expression], lang: str
) -> dict[tuple[int, int], str]:
    """(month, day) of each date the text uses as an event's name, with the words that do."""
    named: dict[tuple[int, int], str] = {}
    for e in expressions:
        if e.month is None or e.day is None or e.offset is not None:
            continue
        found = event_name(text, e.start, e.end, lang)
        if found is not None:
            named.setdefault((e.month, e.day), found[1])
            logger.debug("'%s' names an event (%s)", found[1], found[0])
    return named
