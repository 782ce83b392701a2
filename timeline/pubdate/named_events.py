"""Days the articles of a story name with their year: they choose an undated article's year.

"JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts ..." fits a
few dozen years; a related article that tells "the Aug. 7, 1998, bombings" names the story's
own day and year. An undated article whose calendar alternatives meet, among all the days its
related articles name with their year, only days of one year (on a named day or up to a few
weeks after it, the time a story is told as news) takes that year, when so narrow a meeting
is unlikely to be chance (``coincidence.chance_matches``). The days are the article's own
(the corpus step asks this only of a dateline: the day of writing itself); the related
articles only choose the year, and the evidence quotes the words that did.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace

from timeline.model import Published, TimexType
from timeline.pubdate.calendar import FIRST_YEAR, LAST_YEAR
from timeline.pubdate.clues import calendar_fields
from timeline.pubdate.coincidence import chance_matches
from timeline.settings import CorpusDating
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

BEFORE_EVENT = dt.timedelta(days=7)  # an article may announce a named day a week ahead
SHOWN = 2  # named days quoted in the evidence


@dataclass(frozen=True)
class NamedDay:
    """A full date (day, month and year) an article names, with its words."""

    day: dt.date
    quote: str
    doc_id: str


def named_days(doc_id: str, expressions: Iterable[Expression]) -> list[NamedDay]:
    """The full dates an article names ("Aug. 7, 1998", "7 de agosto de 1998")."""
    out: list[NamedDay] = []
    for e in expressions:
        if e.type not in (TimexType.DATE, TimexType.TIME) or e.anaphoric or e.offset is not None:
            continue
        year, month, day = calendar_fields(e)
        if year is None or month is None or day is None or not FIRST_YEAR <= year <= LAST_YEAR:
            continue
        try:
            out.append(NamedDay(dt.date(year, month, day), e.text, doc_id))
        except ValueError:
            continue
    return out


def _meets(alt: Published, named: NamedDay, after: dt.timedelta) -> bool:
    if alt.earliest is None or alt.latest is None:
        return False
    return alt.earliest <= named.day + after and alt.latest >= named.day - BEFORE_EVENT


def choose_by_named_days(
    doc_id: str,
    own: Published,
    days: Mapping[str, Sequence[NamedDay]],
    peers: Set[str],
    bar: CorpusDating | None = None,
) -> Published | None:
    """The alternative of ``own`` whose year the related articles' named days give, or None.

    None when no named day meets an alternative, when the days met fall in several years, or
    when the alternatives are so many that a meeting would likely be chance.
    """
    bar = bar or CorpusDating()
    after = dt.timedelta(days=bar.event_tolerance_days)
    named = [n for p in sorted(peers - {doc_id}) for n in days.get(p, ())]
    alternatives = [a for a in own.alternatives if a.date is not None]
    if not named or not alternatives:
        return None
    met = [(a, [n for n in named if _meets(a, n, after)]) for a in alternatives]
    met = [(a, found) for a, found in met if found]
    if len({a.date.year for a, _ in met if a.date}) != 1:
        return None  # no year, or several, near the days the story names
    naming = {n.doc_id for _, found in met for n in found}
    if len(naming) < bar.min_naming_articles:
        return None  # one article's history ("relations forged on Nov. 6, 1972") is no story
    own_windows = [(a.earliest, a.latest) for a in alternatives if a.earliest and a.latest]
    windows = [(n.day - BEFORE_EVENT, n.day + after) for n in named]
    chance = chance_matches(own_windows, windows, 0)
    if chance > bar.max_chance:
        logger.debug("%s: named days met by chance %.2f times; no year chosen", doc_id, chance)
        return None
    alt, found = min(met, key=lambda pair: pair[0].date or dt.date.max)
    quoted = ", ".join(f"'{n.quote}' ({n.doc_id})" for n in found[:SHOWN])
    reason = (
        f"year {alt.date.year if alt.date else '?'}: of the years the text fits, the only one "
        f"near a day its related articles name with its year: {quoted}"
    )
    return replace(alt, evidence=(*alt.evidence, reason), warnings=own.warnings)
