"""One settings object, passed down through every stage."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_LANGUAGES = ("en", "de", "id", "pt", "es", "fr", "it", "nl")


@dataclass(frozen=True)
class CorpusDating:
    """How sure the corpus step must be before it dates an article from other articles.

    The defaults were measured on TimeBank, AQUAINT, TimeBankPT and Kompas
    (``benchmarks/eval_pubdate.py --corpus``): looser values date more articles and get more
    years wrong on stories that run over months.
    """

    min_shared_names: int = 2  # two articles are related when they share this many names ...
    min_shared_weight: float = 1.5  # ... weighing this much (a name: log(1 + articles/holders))
    min_related_dated: float = 0.4  # share of the related articles' weight that must be dated
    min_dated_share: float = 0.25  # share of the collection dated before it speaks for an article
    max_chance: float = 0.2  # a year chosen by calendars must not be met this often by chance
    max_spread_days: int = 31  # related articles dated further apart are no one period
    event_tolerance_days: int = 21  # an event dated by a related article: the days after it
    min_naming_articles: int = 2  # ... named by this many related articles (not one's history)


class PlotlyMode(StrEnum):
    """How the HTML page gets plotly.js: inlined (works offline) or from a CDN (small file)."""

    INLINE = "inline"
    CDN = "cdn"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; the defaults are what a user gets with no options."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES  # languages detection may answer
    language: str | None = None  # force one language for every article (--lang)
    published: dict[str, dt.date] = field(default_factory=dict)  # --published ID=DATE
    since: dt.date | None = None
    until: dt.date | None = None
    top: int | None = None  # keep the N heaviest events
    jobs: int = 1
    max_bytes: int = 20_000_000  # larger inputs are skipped with a warning
    spacy_model: str | None = None  # a trained pipeline to use when installed
    plotly: PlotlyMode = PlotlyMode.INLINE
    quiet: bool = False
    corpus_dating: CorpusDating = field(default_factory=CorpusDating)  # the corpus step's bar

    @staticmethod
    def default_jobs() -> int:
        return os.cpu_count() or 1
