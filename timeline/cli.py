"""The ``timeline`` command: parse options, make one library call, render, map errors.

Imports nothing heavy at module level so that ``timeline --help`` starts fast.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from timeline.cli_options import (
    ProgressCounter,
    handle_errors,
    make_settings,
    parse_date,
    plotly_option,
    shared_options,
)
from timeline.settings import Settings

if TYPE_CHECKING:
    from timeline.model import Timeline

F = TypeVar("F", bound=Callable[..., Any])
logger = logging.getLogger(__name__)

DEFAULT_SOURCES = ("seeds",)


def installed_version() -> str:
    """The installed package's version, or a note that it runs from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline")
    except PackageNotFoundError:
        return "unknown (running from a source tree, not installed)"


def run_build(sources: tuple[str, ...], settings: Settings) -> Timeline:
    """Build the timeline, with a progress counter when stderr is a terminal.

    Raises a ClickException (exit 1) only when no input gave a usable article.
    """
    from timeline.api import build
    from timeline.model import DocStatus
    from timeline.report import summary_line

    names = list(sources) or list(DEFAULT_SOURCES)
    package_logger = logging.getLogger("timeline")
    level = package_logger.level
    if settings.quiet:  # for this run only: the CLI may run inside a longer-lived process
        package_logger.setLevel(logging.ERROR)
    counter = None if settings.quiet or not sys.stderr.isatty() else ProgressCounter()
    try:
        timeline = build(names, settings, progress=counter)
    finally:
        package_logger.setLevel(level)
        if counter is not None:
            counter.close()
    if not any(d.status is DocStatus.OK for d in timeline.documents):
        raise click.ClickException("no usable article in the inputs: " + summary_line(timeline))
    return timeline


def finish(timeline: Timeline, settings: Settings, wrote: str = "") -> None:
    """End stderr with what was written and the one-line summary (unless --quiet)."""
    from timeline.report import summary_line

    if settings.quiet:
        return
    if wrote:
        click.echo(f"wrote {wrote} ({len(timeline.events):,} events)", err=True)
    click.echo(summary_line(timeline), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=installed_version(), prog_name="timeline")
@click.option("-v", "--verbose", count=True, help="Log what each stage decides (-vv for more).")
def cli(verbose: int) -> None:
    """Turn news articles (any of several languages, dated or not) into one cited chronology.

    Example: timeline build seeds/ -o output/
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "-o",
    "--output",
    "outdir",
    default="output",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the three outputs.",
)
@plotly_option
@shared_options
@handle_errors
def build(sources: tuple[str, ...], outdir: str, plotly: str, **options: Any) -> None:
    """Write timeline.html, timeline.json and chronology.txt for SOURCES (default: seeds/).

    Example: timeline build seeds/ -o output/ --published 001=2022-01-12
    """
    from timeline.render import OutputFormat
    from timeline.writing import write_rendered

    settings = make_settings(plotly=plotly, **options)
    timeline = run_build(sources, settings)
    out = Path(outdir)
    started = time.perf_counter()
    outputs = [
        ("timeline.html", OutputFormat.HTML),
        ("timeline.json", OutputFormat.JSON),
        ("chronology.txt", OutputFormat.TEXT),
    ]
    write_rendered(timeline, settings, out, outputs)
    logger.info("three outputs rendered and written in %.2f s", time.perf_counter() - started)
    finish(
        timeline,
        settings,
        f"{out / 'timeline.html'}, {out / 'timeline.json'}, {out / 'chronology.txt'}",
    )


def _print_command(fmt_name: str, doc: str) -> None:
    @cli.command(name=fmt_name, help=doc)
    @click.argument("sources", nargs=-1)
    @shared_options
    @handle_errors
    def command(sources: tuple[str, ...], **options: Any) -> None:
        from timeline.render import OutputFormat, render

        settings = make_settings(**options)
        timeline = run_build(sources, settings)
        click.echo(render(timeline, OutputFormat(fmt_name), settings), nl=False)
        finish(timeline, settings)


_print_command(
    "json",
    "Print the timeline as JSON (schema timeline/1).\n\nExample: timeline json seeds/ > t.json",
)
_print_command("text", "Print the plain-text chronology.\n\nExample: timeline text seeds/")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "-o",
    "--output",
    "outfile",
    required=True,
    type=click.Path(dir_okay=False),
    help="The HTML file to write.",
)
@plotly_option
@shared_options
@handle_errors
def html(sources: tuple[str, ...], outfile: str, plotly: str, **options: Any) -> None:
    """Write the standalone HTML page.

    Example: timeline html seeds/ -o page.html
    """
    from timeline.render import OutputFormat, render
    from timeline.writing import write_atomic

    settings = make_settings(plotly=plotly, **options)
    timeline = run_build(sources, settings)
    write_atomic(Path(outfile), render(timeline, OutputFormat.HTML, settings))
    finish(timeline, settings, outfile)


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["timelinejs", "csv", "ics"]),
    required=True,
    help="TimelineJS3 JSON, CSV (one row per event) or an iCalendar file.",
)
@click.option(
    "-o",
    "--output",
    "outfile",
    type=click.Path(dir_okay=False),
    help="File to write (default: standard output).",
)
@shared_options
@handle_errors
def export(sources: tuple[str, ...], fmt: str, outfile: str | None, **options: Any) -> None:
    """Export the events for other tools (TimelineJS, spreadsheets, calendars).

    Example: timeline export seeds/ --format timelinejs -o timeline.js.json
    """
    from timeline.render import OutputFormat, render
    from timeline.writing import write_atomic

    settings = make_settings(**options)
    timeline = run_build(sources, settings)
    text = render(timeline, OutputFormat(fmt), settings)
    if outfile:
        write_atomic(Path(outfile), text)
    else:
        click.echo(text, nl=False)
    finish(timeline, settings, outfile or "")


def read_one_text(source: str) -> str:
    """The decoded text of FILE or standard input (any encoding; binary files refused)."""
    from timeline.sources.decoding import decode_bytes

    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    decoded = decode_bytes(data)
    if decoded.problem:
        raise click.ClickException(f"{source}: {decoded.problem}")
    return decoded.text


@cli.command()
@click.argument("source", required=False)
@click.option("--dct", metavar="DATE", help="Reference (publication) date, YYYY-MM-DD.")
@click.option("--lang", metavar="CODE", help="Language of the text (default: detected).")
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    help='Records {"doc_id", "text", "dct", "lang"}; one output line per record.',
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "timeml"]),
    default="json",
    show_default=True,
    help="JSON lines (timexes and ranges) or TimeML.",
)
@handle_errors
def tag(source: str | None, dct: str | None, lang: str | None, jsonl: Any, fmt: str) -> None:
    """Find temporal expressions in one text (FILE or - for stdin) and resolve them.

    Prints {"doc_id", "timexes", "ranges"}: each range ("from May to October 2020",
    "5 to 6pm") with its two members, "first" and "last", and its TIMEX3 "duration".
    With --format timeml a range is a non-consuming DURATION TIMEX3 with beginPoint and
    endPoint.

    Example: timeline tag article.txt --dct 2022-01-12 --lang en
    """
    from timeline.tagging import tag_record, tag_records

    if jsonl is not None:
        for line in tag_records(jsonl, fmt):
            click.echo(line)
        return
    if source is None:
        raise click.UsageError("give a FILE, - for standard input, or --jsonl FILE")
    text = read_one_text(source)
    record = {
        "doc_id": "-" if source == "-" else Path(source).stem,
        "text": text,
        "dct": parse_date(dct, "--dct").isoformat() if dct else None,
        "lang": lang,
    }
    click.echo(tag_record(record, fmt))


@cli.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    help='Records {"doc_id", "text", "lang"}; one output line per record.',
)
@click.option("--lang", metavar="CODE", help="Force one language for every article.")
@handle_errors
def pubdate(sources: tuple[str, ...], jsonl: Any, lang: str | None) -> None:
    """Infer when each article was written, with evidence and bounds.

    Example: timeline pubdate seeds/
    """
    from timeline.tagging import pubdate_records, pubdate_sources

    settings = make_settings(lang=lang, quiet=True, jobs=1)
    lines = (
        pubdate_records(jsonl, settings)
        if jsonl is not None
        else pubdate_sources(list(sources) or list(DEFAULT_SOURCES), settings)
    )
    for line in lines:
        click.echo(line)


def main() -> None:
    """Entry point of the ``timeline`` script."""
    cli(prog_name="timeline")
