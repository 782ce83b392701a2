"""Record-level entry points of the ``tag`` and ``pubdate`` commands (JSON Lines in and out)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from timeline.errors import OptionError
from timeline.settings import Settings


def _record_date(value: Any, doc_id: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise OptionError(f"record {doc_id}: dct {value!r} is not a date (YYYY-MM-DD)") from None


def tag_record(record: Mapping[str, Any], fmt: str = "json") -> str:
    """Tag one ``{"doc_id", "text", "dct", "lang"}`` record; one JSON line or a TimeML document."""
    from timeline import temporal
    from timeline.language import detect_language

    doc_id = str(record.get("doc_id", ""))
    text = str(record.get("text") or "")
    dct = _record_date(record.get("dct"), doc_id)
    lang = record.get("lang") or detect_language(text, Settings().languages)
    timexes = temporal.tag(text, lang, dct)
    if fmt == "timeml":
        return temporal.to_timeml(text, timexes, dct, doc_id)
    return json.dumps(
        {
            "doc_id": doc_id,
            "timexes": [
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "type": t.type.value,
                    "value": t.value,
                    "mod": t.mod,
                    "rule": t.rule,
                    "anchor": t.anchor.value,
                }
                for t in timexes
            ],
        },
        ensure_ascii=False,
    )


def _published_json(published: Any) -> dict[str, Any]:
    from timeline.render.jsonout import published_dict

    return published_dict(published)


def pubdate_records(lines: Iterable[str], settings: Settings) -> Iterator[str]:
    """Infer the publication date of each ``{"doc_id", "text", "lang"}`` record."""
    from timeline import pubdate, temporal
    from timeline.api import article_language
    from timeline.model import Article

    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        doc_id = str(record.get("doc_id", ""))
        article = Article(
            id=doc_id,
            source=doc_id,
            title="",
            text=str(record.get("text") or ""),
            language=record.get("lang"),
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
