"""Record-level entry points of the ``tag`` and ``pubdate`` commands (JSON Lines in and out).

A bad line (not JSON, not an object, a malformed date) costs only that line: it is logged as a
one-line warning and skipped, and every other record still gets its output line.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from timeline.errors import OptionError
from timeline.model import Published, Timex, TimexRange
from timeline.settings import Settings

logger = logging.getLogger(__name__)


def _record_date(value: Any, doc_id: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise OptionError(f"record {doc_id}: dct {value!r} is not a date (YYYY-MM-DD)") from None


def read_records(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each JSON object line; other lines are warned about."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            logger.warning("line %d: not JSON (%s); skipped", number, exc.msg)
            continue
        if not isinstance(record, dict):
            logger.warning("line %d: not a JSON object; skipped", number)
            continue
        yield number, record


def _timex_json(t: Timex) -> dict[str, Any]:
    return {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type.value,
        "value": t.value,
        "mod": t.mod,
        "rule": t.rule,
        "anchor": t.anchor.value,
    }


def _range_json(r: TimexRange) -> dict[str, Any]:
    return {
        "start": r.start,
        "end": r.end,
        "text": r.text,
        "first": _timex_json(r.first),
        "last": _timex_json(r.last),
        "duration": r.duration,
        "rule": r.rule,
    }


def tag_record(record: Mapping[str, Any], fmt: str = "json") -> str:
    """Tag one ``{"doc_id", "text", "dct", "lang"}`` record; one JSON line (its timexes and
    the ranges they form) or a TimeML document."""
    from timeline import temporal
    from timeline.language import detect_language

    doc_id = str(record.get("doc_id", ""))
    text = str(record.get("text") or "")
    dct = _record_date(record.get("dct"), doc_id)
    lang = record.get("lang") or detect_language(text, Settings().languages)
    tagged = temporal.tag_with_ranges(text, lang, dct)
    if fmt == "timeml":
        return temporal.to_timeml(text, tagged.timexes, dct, doc_id, tagged.ranges)
    return json.dumps(
        {
            "doc_id": doc_id,
            "timexes": [_timex_json(t) for t in tagged.timexes],
            "ranges": [_range_json(r) for r in tagged.ranges],
        },
        ensure_ascii=False,
    )


def tag_records(lines: Iterable[str], fmt: str = "json") -> Iterator[str]:
    """Tag every record of a JSON Lines stream, skipping (with a warning) the ones that are bad."""
    for number, record in read_records(lines):
        try:
            yield tag_record(record, fmt)
        except OptionError as exc:
            logger.warning("line %d: %s; skipped", number, exc)


def _published_json(published: Published) -> dict[str, Any]:
    from timeline.render.jsonout import published_dict

    return published_dict(published)


def pubdate_records(lines: Iterable[str], settings: Settings) -> Iterator[str]:
    """Infer the publication date of each ``{"doc_id", "text", "lang"}`` record (text alone)."""
    from timeline import pubdate, temporal
    from timeline.api import article_language
    from timeline.model import Article

    for _number, record in read_records(lines):
        doc_id = str(record.get("doc_id", ""))
        article = Article(
            id=doc_id,
            source=doc_id,
            title="",
            text=str(record.get("text") or ""),
            language=record.get("lang") or None,
        )
        lang = article_language(article, settings)
        published = pubdate.infer_published(article, lang, temporal.extract(article.text, lang))
        yield json.dumps(
            {"doc_id": doc_id, "published": _published_json(published)}, ensure_ascii=False
        )


def pubdate_sources(sources: list[str], settings: Settings) -> Iterator[str]:
    """Infer publication dates for files and folders, the corpus step included."""
    from timeline.api import build

    timeline = build(sources, settings)
    for doc in timeline.documents:
        yield json.dumps(
            {"doc_id": doc.id, "published": _published_json(doc.published)}, ensure_ascii=False
        )
