"""Write tagged text as a TimeML document, for users of the TempEval tools."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Timex


def to_timeml(text: str, timexes: Sequence[Timex], dct: dt.date | None, doc_id: str) -> str:
    """A TimeML document: the DCT as ``t0`` and every timex inline, in text order."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{escape(doc_id)}</DOCID>",
    ]
    if dct is not None:
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{dct.isoformat()}</TIMEX3></DCT>"
        )
    body: list[str] = []
    position = 0
    ordered = sorted(timexes, key=lambda t: (t.start, -t.end))
    for number, timex in enumerate(ordered, start=1):
        if timex.start < position or timex.end > len(text):
            continue  # overlapping or out of range: TimeML cannot nest them
        body.append(escape(text[position : timex.start]))
        attributes = f'tid="t{number}" type="{timex.type.value}" value={quoteattr(timex.value)}'
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        body.append(f"<TIMEX3 {attributes}>{escape(text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    body.append(escape(text[position:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"
