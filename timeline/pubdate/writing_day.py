"""The day an article was written, from the clues of its own text.

Hard clues (a dateline, weekdays named with their dates, full dates told in the past or future,
"today, Tuesday") are intersected into the days W may be; the dateline is applied first, and a
later clue that does not fit is dropped with a warning. When a calendar pattern fits several
years, the years the text mentions choose one; if they cannot, the result stays unknown and
lists a few alternatives (the corpus step recomputes them all and may choose). Once the week is
known, bare weekdays and "this week" cut the interval (``week_cues``); they then pick the
likeliest day inside it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Sequence

from timeline.model import Published, PubMethod
from timeline.pubdate.calendar import WEEKDAY_NAMES, lag_after, lag_before
from timeline.pubdate.clues import Clue, ClueKind, Direction, Span
from timeline.pubdate.dispatch import DISPATCH_LAG, fit_lead_weekday, lead_weekday
from timeline.pubdate.week_cues import narrow_to_week

logger = logging.getLogger(__name__)

YEAR_SPAN = 6  # alternatives kept: years at most this far after the latest year mentioned
MAX_FITTING_YEARS = 60  # more fitting years (no weekday named) and the calendar proves nothing
SOFT_WEIGHT = 0.5  # a day of lag after a bare weekday costs half a day away from the best day
MAX_ALTERNATIVES = 60  # more than this is no usable evidence (a weekday and a day, no year)
SHOWN_ALTERNATIVES = 3  # alternatives a result keeps (the JSON prints them)
MAX_SCORED_DAYS = 62


def intersect(kept: Sequence[Span], new: Sequence[Span]) -> list[Span]:
    """Spans of ``kept`` cut to those of ``new``; the best day of ``kept`` stays preferred."""
    out: list[Span] = []
    for a in kept:
        for b in new:
            if b.latest < a.earliest or b.earliest > a.latest:
                continue
            cut = a.clip(b.earliest, b.latest)
            if cut:
                out.append(cut)
    return out


def _hard_order(clue: Clue) -> tuple[int, int, int]:
    """Datelines first, then dates with a named year, then in text order."""
    return (0 if clue.kind is ClueKind.DATELINE else 1, 0 if clue.named_year else 1, clue.start)


def _years(clues: Sequence[Clue]) -> list[int]:
    return [c.year for c in clues if c.kind in (ClueKind.YEAR, ClueKind.BOUND) and c.year]


class Reasoning:
    """The evidence and warnings gathered while one text is read."""

    def __init__(self) -> None:
        self.evidence: list[str] = []
        self.warnings: list[str] = []

    def conflict(self, loser: Clue, winner: Clue) -> None:
        kind = "the dateline" if winner.kind is ClueKind.DATELINE else "the earlier clue"
        self.warnings.append(
            f"'{loser.quote}' does not fit '{winner.quote}'; {kind} wins and it is ignored"
        )


def _both_past_news(kept: Clue, new: Clue, spans: Sequence[Span]) -> bool:
    """Two dated weekdays told in the past, each of one year: W is after both, no conflict."""
    return (
        all(c.kind is ClueKind.RECENT_DATE and c.direction is Direction.AFTER for c in (kept, new))
        and len(spans) == 1
        and len(new.spans) == 1
    )


def hard_spans(clues: Sequence[Clue], why: Reasoning) -> list[Span] | None:
    """The days the dated clues allow (None: no dated clue), conflicts dropped with a warning."""
    spans: list[Span] | None = None
    first: Clue | None = None
    why.warnings.extend(c.note for c in clues if c.note)
    for clue in sorted((c for c in clues if c.spans), key=_hard_order):
        if spans is None or first is None:
            spans, first = list(clue.spans), clue
            why.evidence.append(clue.describe())
            continue
        cut = intersect(spans, clue.spans)
        if cut:
            spans = cut
            why.evidence.append(clue.describe())
        elif _both_past_news(first, clue, spans):
            if clue.spans[0].earliest > spans[0].latest:  # W is after both, near the later
                spans, first = list(clue.spans), clue
                why.evidence.append(f"{clue.describe()} (the latest dated weekday)")
        else:
            why.conflict(clue, first)
    if spans is None:
        return None
    for clue in clues:
        if clue.kind is not ClueKind.BOUND or clue.day is None:
            continue
        low, high = (clue.day, None) if clue.direction is Direction.AFTER else (None, clue.day)
        cut = [s for span in spans if (s := span.clip(low, high))]
        if cut:
            if len(cut) < len(spans) or cut != spans:
                why.evidence.append(clue.describe())
            spans = cut
        elif first is not None:
            why.conflict(clue, first)
    return spans


def choose_year(
    spans: list[Span], clues: Sequence[Clue], why: Reasoning, by_name: bool = True
) -> tuple[list[Span], bool]:
    """Keep the spans of the one fitting year the text itself mentions.

    "Monday January 10" fits 2000, 2005, 2011, 2022...: if the text mentions 2022 (and no other
    fitting year), that is the year. A fitting year the text does not mention is not chosen:
    the latest year a text mentions is often years before or after its own (history, plans).
    ``by_name`` False: the years fit a guess (a dateline's weekday read from its lead fits two
    years in seven), too loose for a named year to choose among them by chance.
    """
    years = set(_years(clues))
    fitting = sorted({s.best.year for s in spans})
    if len(fitting) <= 1:
        return spans, True
    if not years or not by_name:
        return spans, False
    per_year = Counter(s.best.year for s in spans)
    hits = [y for y in fitting if y in years]
    sparse = len(fitting) <= MAX_FITTING_YEARS  # a weekday named: few years fit
    if sparse and len(hits) == 1 and per_year[hits[0]] == 1 and hits[0] == max(years):
        why.evidence.append(
            f"year {hits[0]}: the only year fitting the calendar that the text names"
        )
        return [s for s in spans if s.best.year == hits[0]], True
    reference = max(years)
    near = [y for y in fitting if reference <= y <= reference + YEAR_SPAN]
    if near and len(near) < len(fitting):
        # keep the years just after the latest year mentioned; the corpus may choose among them
        why.evidence.append(
            f"written in {reference} or up to {YEAR_SPAN} years after it, the latest year mentioned"
        )
        return [s for s in spans if s.best.year in near], False
    return spans, False


def fit_weekdays(spans: list[Span], clues: Sequence[Clue], why: Reasoning) -> list[Span]:
    """Of several spans, keep those the text's weekdays fit.

    "today, Tuesday" fixes W's weekday outright. A header date read both ways ("03/08/1998":
    3 August or 8 March) keeps the reading whose day is the weekday the dispatch first names,
    or nearest after it ("... police arrested two men on Sunday": 8 March 1998, a Sunday).
    """
    if len(spans) <= 1:
        return spans
    fixed = [c for c in clues if c.kind is ClueKind.WRITING_WEEKDAY]
    if fixed:
        kept = [s for s in spans if any(_allowed(d, clues) for d in _days(s))]
        if kept and len(kept) < len(spans):
            why.evidence.extend(c.describe() for c in fixed)
            spans = kept
    soft = [c for c in clues if c.kind is ClueKind.RECENT_WEEKDAY]
    narrow = all(s.latest <= s.earliest + dt.timedelta(days=1) for s in spans)
    if soft and narrow and len({s.best.year for s in spans}) > 1:
        # a weekday alone never tells the year; it leaves the years the named ones choose from
        spans, reason = fit_lead_weekday(spans, clues)
        why.evidence.extend([reason] if reason else [])
        return spans
    if not soft or not narrow:
        return spans
    first = min(soft, key=lambda c: c.start)
    assert first.weekday is not None
    lags = [lag_after(s.earliest, first.weekday) for s in spans]
    kept = [s for s, lag in zip(spans, lags, strict=True) if lag == min(lags) <= DISPATCH_LAG]
    if kept and len(kept) < len(spans):
        spans = kept
        why.evidence.append(
            f"'{first.quote}': the dateline's day is a {WEEKDAY_NAMES[first.weekday]} "
            "or the day after"
        )
    return spans


def _days(span: Span) -> list[dt.date]:
    count = min((span.latest - span.earliest).days + 1, MAX_SCORED_DAYS)
    return [span.earliest + dt.timedelta(days=i) for i in range(count)]


def _allowed(day: dt.date, clues: Sequence[Clue]) -> bool:
    return all(day.weekday() == c.weekday for c in clues if c.kind is ClueKind.WRITING_WEEKDAY)


def _cost(day: dt.date, span: Span, soft: Sequence[Clue]) -> float:
    cost = float(abs((day - span.best).days))
    for clue in soft:
        assert clue.weekday is not None
        lag = (
            lag_after(day, clue.weekday)
            if clue.direction is not Direction.BEFORE
            else (lag_before(day, clue.weekday))
        )
        cost += SOFT_WEIGHT * lag
    return cost


def in_week(span: Span, clues: Sequence[Clue], why: Reasoning) -> tuple[Span, list[Clue]]:
    """The span cut by the text's bare weekdays and "this week" in the week its dates give,
    and the clues that cut it."""
    reading = narrow_to_week(span, clues)
    why.evidence.extend(reading.evidence)
    why.warnings.extend(reading.warnings)
    return reading.span, reading.used


def best_in_span(span: Span, clues: Sequence[Clue], why: Reasoning) -> Span:
    """The span narrowed to W's weekday when the text gives it, and its likeliest day."""
    span, used = in_week(span, clues, why)
    days = _days(span)
    allowed = [d for d in days if _allowed(d, clues)]
    fixed = [c for c in clues if c.kind is ClueKind.WRITING_WEEKDAY]
    if fixed and not allowed:
        for clue in fixed:
            why.warnings.append(f"'{clue.quote}' names a weekday the dated clues exclude; ignored")
        allowed = days
    elif fixed:
        why.evidence.extend(c.describe() for c in fixed)
    soft = [c for c in clues if c.kind is ClueKind.RECENT_WEEKDAY]
    best = min(allowed, key=lambda d: (_cost(d, span, soft), d))
    why.evidence.extend(
        c.describe()
        for c in soft
        if c not in used and _cost(best, span, [c]) - abs((best - span.best).days) <= SOFT_WEIGHT
    )  # the bare weekdays the chosen day fits (those that cut the span are quoted already)
    return Span(min(allowed), best, max(allowed))


def _partial(clues: Sequence[Clue]) -> tuple[str, ...]:
    relative = [
        c.describe()
        for c in clues
        if c.kind
        in (
            ClueKind.RELATIVE,
            ClueKind.CURRENT_WEEK,
            ClueKind.RECENT_WEEKDAY,
            ClueKind.WRITING_WEEKDAY,
            ClueKind.RETOLD,
            ClueKind.SPEECH_SHIFT,
        )
    ]
    years = _years(clues)
    said = [f"the latest year mentioned is {max(years)}"] if years else []
    return tuple(dict.fromkeys(relative))[:6] + tuple(said)


def shown_alternatives(
    alternatives: Sequence[Published], clues: Sequence[Clue]
) -> tuple[Published, ...]:
    """The few alternatives worth printing: in or just after the latest year the text names.

    A text naming no year fits dozens of years; listing them says nothing, so none are kept.
    """
    years = _years(clues) + [c.year for c in clues if c.named_year and c.year]
    if not years:
        return ()
    reference = max(years)
    near = [
        a
        for a in alternatives
        if a.date is not None and reference <= a.date.year <= reference + YEAR_SPAN
    ]
    near.sort(key=lambda a: a.date or dt.date.max)
    return tuple(near[:SHOWN_ALTERNATIVES])


def _alternative(span: Span, clues: Sequence[Clue], why: Reasoning) -> Published:
    """One of several years the text fits, dated as if it were the one."""
    own = Reasoning()
    final = best_in_span(span, clues, own)
    evidence = tuple(dict.fromkeys(why.evidence + own.evidence))
    return Published(
        final.best,
        final.earliest,
        final.latest,
        PubMethod.TEXT,
        evidence,
        tuple(why.warnings + own.warnings),
    )


def date_from_clues(clues: Sequence[Clue], all_alternatives: bool = False) -> Published:
    """Intersect the clues into a dated ``Published`` (method text), or an unknown one.

    An unknown result keeps only a few alternatives unless ``all_alternatives`` (the corpus
    step asks for every one, to find the year its related articles fit).
    """
    why = Reasoning()
    spans = hard_spans(clues, why)
    if not spans:
        reason = ("no date in the text fixes when it was written", *_partial(clues))
        return Published(None, None, None, PubMethod.UNKNOWN, reason, tuple(why.warnings))
    by_name = lead_weekday(clues) is None or len({s.best.year for s in spans}) <= 1
    spans, settled = choose_year(fit_weekdays(spans, clues, why), clues, why, by_name)
    if not settled or len({(s.earliest, s.latest) for s in spans}) > 1:
        alternatives = tuple(_alternative(s, clues, why) for s in spans)
        if len(alternatives) > MAX_ALTERNATIVES:
            alternatives = ()
        if not all_alternatives:
            alternatives = shown_alternatives(alternatives, clues)
        years = sorted({s.best.year for s in spans})
        shown = ", ".join(map(str, years[:8])) + (", ..." if len(years) > 8 else "")
        evidence = (*why.evidence, f"the text does not say which of these years: {shown}")
        return Published(
            None, None, None, PubMethod.UNKNOWN, evidence, tuple(why.warnings), alternatives
        )
    final = best_in_span(spans[0], clues, why)
    logger.debug("written %s (%s..%s)", final.best, final.earliest, final.latest)
    return Published(
        final.best,
        final.earliest,
        final.latest,
        PubMethod.TEXT,
        tuple(dict.fromkeys(why.evidence)),
        tuple(why.warnings),
    )
