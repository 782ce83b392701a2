"""What the commands share: option parsing into the one ``Settings`` object, the common
options, the error mapping (library errors -> one line, exit 1) and the progress counter."""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from typing import Any, TypeVar

import click

from timeline.errors import OptionError, TimelineError
from timeline.settings import PlotlyMode, Settings

F = TypeVar("F", bound=Callable[..., Any])


def parse_date(text: str, what: str) -> dt.date:
    """An ISO day (YYYY-MM-DD), or an OptionError that says so."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise OptionError(f"{what}: {text!r} is not a date; write it as YYYY-MM-DD") from None


def parse_published(pairs: tuple[str, ...]) -> dict[str, dt.date]:
    """``ID=DATE`` pairs from ``--published``."""
    out: dict[str, dt.date] = {}
    for pair in pairs:
        doc_id, sep, date = pair.partition("=")
        if not sep or not doc_id.strip():
            raise OptionError(
                f"--published {pair!r}: write it as ID=YYYY-MM-DD (ID is the file stem)"
            )
        out[doc_id.strip()] = parse_date(date, f"--published {doc_id}")
    return out


def parse_lang_option(text: str) -> str:
    """A language code from ``--lang`` ("de", "pt-BR"), or an OptionError that says so."""
    from timeline.sources.values import parse_language

    code = parse_language(text)
    if code is None:
        raise OptionError(f"--lang {text!r}: give a language code such as en, de, id or pt")
    return code


plotly_option = click.option(
    "--plotly",
    type=click.Choice([m.value for m in PlotlyMode]),
    default="inline",
    show_default=True,
    help="Inline plotly.js (offline) or load it from a CDN (small file).",
)


def shared_options(func: F) -> F:
    """Options every command that builds a timeline accepts."""
    options = [
        click.option(
            "--published",
            "published",
            multiple=True,
            metavar="ID=DATE",
            help="Known publication date of one article (repeatable); wins over inference.",
        ),
        click.option(
            "--lang", "lang", metavar="CODE", help="Force one language for every article."
        ),
        click.option("--since", metavar="DATE", help="Keep events ending on or after this day."),
        click.option("--until", metavar="DATE", help="Keep events starting on or before this day."),
        click.option("--top", type=int, metavar="N", help="Keep only the N heaviest events."),
        click.option(
            "--jobs",
            "-j",
            type=int,
            metavar="N",
            help="Processes for the per-article work (default: number of cores).",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr."),
        click.option(
            "--max-bytes",
            "max_bytes",
            type=int,
            metavar="N",
            help=f"Skip inputs larger than N bytes (default {Settings.max_bytes:,}).",
        ),
        click.option(
            "--spacy-model",
            "spacy_model",
            metavar="NAME",
            help="An installed trained spaCy pipeline (name or path) to improve names and "
            "sentences; never required.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_settings(
    published: tuple[str, ...] = (),
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    top: int | None = None,
    jobs: int | None = None,
    quiet: bool = False,
    plotly: str = PlotlyMode.INLINE.value,
    max_bytes: int | None = None,
    spacy_model: str | None = None,
) -> Settings:
    """Turn raw option values into the one settings object."""
    return Settings(
        language=parse_lang_option(lang) if lang else None,
        published=parse_published(published),
        since=parse_date(since, "--since") if since else None,
        until=parse_date(until, "--until") if until else None,
        top=top,
        jobs=jobs if jobs and jobs > 0 else Settings.default_jobs(),
        plotly=PlotlyMode(plotly),
        quiet=quiet,
        max_bytes=max_bytes if max_bytes and max_bytes > 0 else Settings.max_bytes,
        spacy_model=spacy_model or None,
    )


def handle_errors(func: F) -> F:
    """Library errors become one line on stderr and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TimelineError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}") from None

    return wrapper  # type: ignore[return-value]


class ProgressCounter:
    """A counter of inputs done, redrawn on one stderr line at most ten times a second."""

    def __init__(self, label: str = "articles") -> None:
        self.label = label
        self.done = 0
        self.drawn_at = 0.0

    def __call__(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if now - self.drawn_at >= 0.1:
            self.drawn_at = now
            click.echo(f"\r{self.done:,} {self.label}", err=True, nl=False)

    def close(self) -> None:
        """Erase the counter so the summary starts on a clean line."""
        if self.drawn_at:
            click.echo("\r" + " " * 40 + "\r", err=True, nl=False)
