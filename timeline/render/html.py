"""The standalone HTML page: the Plotly chart on top, the chronology below, all inlined.

Article text is untrusted: Jinja2 escapes every value, the embedded JSON cannot close its script
tag, and a Content-Security-Policy allows only the page's own scripts (by hash) and no request.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from markupsafe import Markup

from timeline.model import DocStatus, Document, Event, Granularity, Status, Timeline
from timeline.render.figure import LANE_LABELS, LaneMode, chart_data, main_period
from timeline.render.jsonout import embeddable_json, shared_dict
from timeline.render.wording import (
    date_label,
    documents_by_id,
    duration_label,
    ordered_events,
    published_label,
    resolution_note,
    span_label,
)
from timeline.settings import PlotlyMode, Settings

logger = logging.getLogger(__name__)

TEMPLATE = "timeline.html.j2"
CHUNK = 25
CDN_URL = "https://cdn.plot.ly/plotly-{version}.min.js"
_REPO_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True)
class SourceView:
    """One mention as the chronology shows it: its article, publication date and date note."""

    doc_id: str
    name: str
    name_language: str | None  # the article's language, for the title's lang attribute
    url: str | None
    published: str  # the day, how it was decided and its bounds
    why: str | None  # anchor of the article's row, where the evidence is quoted in full
    note: str
    sentence: str | None  # shown only when it differs from the event's quote
    language: str | None


@dataclass(frozen=True)
class EntryView:
    """One chronology entry; ``index`` is the event's position in the embedded JSON."""

    folded: ClassVar[bool] = False  # what the page asks of each block: a run or one entry
    index: int
    dated: bool
    date: str
    datetime: str | None
    status: str
    approximate: bool
    background: bool
    title: str
    text: str
    language: str | None
    entities: tuple[str, ...]
    duration: str | None
    sources: tuple[SourceView, ...]
    conflicts: tuple[str, ...]


@dataclass(frozen=True)
class BackgroundRun:
    """Consecutive background events, folded together under one summary."""

    folded: ClassVar[bool] = True
    label: str
    entries: tuple[EntryView, ...]


def templates_dir() -> Path:
    """``timeline/templates`` inside an installed wheel, else the repository's ``templates/``."""
    packaged = Path(str(resources.files("timeline"))) / "templates"
    return packaged if (packaged / TEMPLATE).is_file() else _REPO_TEMPLATES


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return (templates_dir() / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def _plotly_version() -> str:
    from plotly.offline import get_plotlyjs_version

    return str(get_plotlyjs_version())


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(frozen=True)
class CitedDocument:
    """What every mention of one article shows of it (worked out once per article)."""

    name: str
    name_language: str | None
    url: str | None
    published: str
    why: str | None


def cited_document(doc_id: str, doc: Document | None, rows: dict[str, str]) -> CitedDocument:
    """What a mention shows of the article ``doc_id`` (``doc`` None when it is not known)."""
    if doc is None:
        return CitedDocument(doc_id, None, None, "unknown", rows.get(doc_id))
    url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None
    return CitedDocument(
        name=doc.title or doc.id,
        name_language=doc.language if doc.title else None,
        url=url,
        published=published_label(doc.published, why=False),
        why=rows.get(doc_id),
    )


def _source_view(
    event: Event,
    documents: dict[str, Document],
    rows: dict[str, str],
    cited: dict[str, CitedDocument],
) -> Iterator[SourceView]:
    quote = " ".join(event.text.split())
    for mention in event.mentions:
        doc = documents.get(mention.document)
        facts = cited.get(mention.document)
        if facts is None:
            facts = cited[mention.document] = cited_document(mention.document, doc, rows)
        sentence = " ".join(mention.sentence.split())
        yield SourceView(
            doc_id=mention.document,
            name=facts.name,
            name_language=facts.name_language,
            url=facts.url,
            published=facts.published,
            why=facts.why,
            note=resolution_note(mention, doc.published if doc else None),
            sentence=sentence if sentence != quote else None,
            language=mention.language,
        )


def document_rows(documents: dict[str, Document]) -> dict[str, str]:
    """The anchor of each document's row in the page's table of articles."""
    return {doc_id: f"doc-{i}" for i, doc_id in enumerate(documents)}


def entry_view(
    index: int,
    event: Event,
    documents: dict[str, Document],
    rows: dict[str, str] | None = None,
    cited: dict[str, CitedDocument] | None = None,
) -> EntryView:
    """What the chronology shows for one event; ``rows`` from ``document_rows``, ``cited``
    (empty at first) keeps what the mentions show of each article for the next events."""
    date = event.date
    machine = None
    if date is not None and date.granularity is Granularity.DAY and date.start == date.end:
        machine = date.start.isoformat()
    elif date is not None and date.granularity is Granularity.MONTH:
        machine = date.start.isoformat()[:7]
    elif date is not None and date.granularity is Granularity.WEEK:
        year, week, _ = date.start.isocalendar()
        machine = f"{year:04d}-W{week:02d}"
    elif date is not None and date.granularity is Granularity.YEAR and date.start.year >= 1000:
        machine = str(date.start.year)
    return EntryView(
        index=index,
        dated=date is not None,
        date=date_label(date),
        datetime=machine,
        status="planned" if event.status is Status.PLANNED else "occurred",
        approximate=event.approximate,
        background=event.background,
        title=" ".join(event.title.split()),
        text=" ".join(event.text.split()),
        language=event.language,
        entities=event.entities,
        duration=duration_label(event.duration),
        sources=tuple(
            _source_view(
                event, documents, rows or document_rows(documents), {} if cited is None else cited
            )
        ),
        conflicts=event.conflicts,
    )


def chronology_blocks(entries: list[EntryView]) -> list[EntryView | BackgroundRun]:
    """Entries in order, with each run of consecutive background events folded into one."""
    blocks: list[EntryView | BackgroundRun] = []
    run: list[EntryView] = []

    def flush() -> None:
        if run:
            first, last = run[0].date, run[-1].date
            span = first if first == last else f"{first} to {last}"
            noun = "event" if len(run) == 1 else "events"
            blocks.append(BackgroundRun(f"Background: {len(run)} {noun}, {span}", tuple(run)))
            run.clear()

    for entry in entries:
        if entry.background:
            run.append(entry)
            continue
        flush()
        blocks.append(entry)
    flush()
    return blocks


def chunked(blocks: list[EntryView | BackgroundRun]) -> list[list[EntryView | BackgroundRun]]:
    """Blocks in chunks of ``CHUNK`` (a folded background run counts as one): the page lays
    out a chunk only when it nears the screen."""
    return [blocks[i : i + CHUNK] for i in range(0, len(blocks), CHUNK)]


def _summary(timeline: Timeline, events: list[Event]) -> str:
    """'31 events from 5 articles in de, en, id, mostly 6–16 Jan 2022'."""
    used = [d for d in timeline.documents if d.status is DocStatus.OK]
    languages = sorted({d.language for d in used if d.language})
    period = main_period(events)
    text = f"{len(events):,} events from {len(used):,} articles"
    if languages:
        text += f" in {', '.join(languages)}"
    if period:
        text += f", mostly {span_label(*period)}"
    return text


def _options(values: list[str]) -> list[str]:
    """Distinct non-empty values, sorted, for a filter's options."""
    return sorted(dict.fromkeys(v for v in values if v))


def to_html(timeline: Timeline, settings: Settings | None = None) -> str:
    """The whole standalone page."""
    settings = settings or Settings()
    documents = documents_by_id(timeline)
    events = ordered_events(timeline.events)
    rows = document_rows(documents)
    cited: dict[str, CitedDocument] = {}
    entries = [entry_view(i, e, documents, rows, cited) for i, e in enumerate(events)]
    data = shared_dict(timeline)
    chart = chart_data(events, documents)
    script = _asset("page.js")
    inline_plotly = settings.plotly is not PlotlyMode.CDN
    plotly_js = _plotly_js() if inline_plotly else ""
    cdn = CDN_URL.format(version=_plotly_version())
    sources = [_script_hash(script)] + ([_script_hash(plotly_js)] if inline_plotly else [cdn])
    if chart["webgl"]:
        # Plotly's WebGL layer (regl) compiles its draw calls with Function(): allowed only on
        # pages big enough to need WebGL; injected inline scripts stay blocked by the hashes.
        sources.append("'unsafe-eval'")
    csp = (
        "default-src 'none'; script-src " + " ".join(sources) + "; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; worker-src blob:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    return str(
        _environment()
        .get_template(TEMPLATE)
        .render(
            summary=_summary(timeline, events),
            chunks=chunked(chronology_blocks([e for e in entries if e.dated])),
            undated=[e for e in entries if not e.dated],
            entry_count=len(entries),
            mark_count=len(chart["event"]),
            documents=[(rows.get(d.id, ""), d) for d in timeline.documents],
            warnings=timeline.warnings,
            languages=_options(
                [e.language for e in events] + [m.language for e in events for m in e.mentions]
            ),
            sources=[
                (d.id, d.title or d.id) for d in timeline.documents if d.status is DocStatus.OK
            ],
            lane_modes=[(m.value, LANE_LABELS[m]) for m in LaneMode],
            published_label=published_label,
            timeline_json=Markup(embeddable_json(data)),
            chart_json=Markup(embeddable_json(chart)),
            page_css=Markup(_asset("page.css")),
            page_js=Markup(script),
            plotly_js=Markup(plotly_js),
            plotly_cdn=None if inline_plotly else cdn,
            csp=csp,
        )
    )
