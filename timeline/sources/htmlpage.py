"""HTML pages: trafilatura finds the article's main text and title, htmldate its publication date.

Navigation, scripts, styles and comment sections are left out by trafilatura; the date comes
from the page's metadata only (never from its text: dating from text is ``pubdate``'s job).
"""

from __future__ import annotations

import datetime as dt
import logging

from timeline.model import Article, SkippedInput
from timeline.sources.kinds import SkipKind, skipped
from timeline.sources.plaintext import first_line
from timeline.sources.values import parse_day

logger = logging.getLogger(__name__)


def read_html(
    doc_id: str, source: str, html: str, warnings: tuple[str, ...] = ()
) -> Article | SkippedInput:
    """One article from an HTML page, or a skip when no article text is found in it."""
    import trafilatura

    try:
        page = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        logger.warning("%s: HTML could not be parsed (%s)", source, exc)
        return skipped(doc_id, source, SkipKind.MALFORMED, f"HTML could not be parsed ({exc})")
    text = getattr(page, "text", None) or ""
    if not text.strip():
        return skipped(doc_id, source, SkipKind.EMPTY, "no article text found in the HTML page")
    title = (getattr(page, "title", None) or "").strip() or first_line(text)
    notes = list(warnings)
    return Article(
        id=doc_id,
        source=source,
        title=" ".join(title.split()),
        text=text,
        metadata_published=_metadata_date(html, source, notes),
        url=getattr(page, "url", None) or None,
        warnings=tuple(notes),
    )


def _metadata_date(html: str, source: str, notes: list[str]) -> dt.date | None:
    """The publication date the page's metadata declares (meta tags, JSON-LD, URL), or None."""
    import htmldate

    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True)
    except Exception as exc:  # htmldate raises on odd markup; a missing date is not fatal
        notes.append(f"metadata: publication date unreadable ({exc})")
        return None
    return parse_day(found) if found else None
