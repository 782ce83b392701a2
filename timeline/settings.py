"""One settings object, passed down through every stage."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_LANGUAGES = ("en", "de", "id", "pt", "es", "fr", "it", "nl")


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

    @staticmethod
    def default_jobs() -> int:
        return os.cpu_count() or 1
