"""Write tagged text as a TimeML document, for users of the TempEval tools.

A range ("from May to October 2020") is written as TimeML writes one: its members are inline
TIMEX3s, and the range is a non-consuming DURATION TIMEX3 (empty, right after its last member)
whose ``beginPoint`` and ``endPoint`` name them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Timex, TimexRange


def to_timeml(
    text: str,
    timexes: Sequence[Timex],
    dct: dt.date | None,
    doc_id: str,
    ranges: Sequence[TimexRange] = (),
) -> str:
    """A TimeML document: the DCT as ``t0``, every timex inline, in text order, and each range
    as a non-consuming DURATION TIMEX3 after its last member."""
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
    tids: dict[tuple[int, int], str] = {}
    written: list[tuple[Timex, str]] = []
    for number, timex in enumerate(ordered, start=1):
        if timex.start < position or timex.end > len(text):
            continue  # overlapping or out of range: TimeML cannot nest them
        tid = f"t{number}"
        tids[(timex.start, timex.end)] = tid
        written.append((timex, tid))
        position = timex.end
    after_member = _ranges_after_members(ranges, tids, len(ordered))
    position = 0
    for timex, tid in written:
        body.append(escape(text[position : timex.start]))
        attributes = f'tid="{tid}" type="{timex.type.value}" value={quoteattr(timex.value)}'
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        body.append(f"<TIMEX3 {attributes}>{escape(text[timex.start : timex.end])}</TIMEX3>")
        body.extend(after_member.get(tid, ()))
        position = timex.end
    body.append(escape(text[position:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def _ranges_after_members(
    ranges: Sequence[TimexRange], tids: dict[tuple[int, int], str], count: int
) -> dict[str, list[str]]:
    """Each range's empty TIMEX3, keyed by the tid of its last member (both members written).

    A counted window ("the past three years") has no members in the text: its ends are
    written as empty DATE TIMEX3s (anchored on the DCT) after the timex it was read from."""
    out: dict[str, list[str]] = {}
    number = count
    for found in ranges:
        if found.synthetic_ends:
            inside = [tid for (s, e), tid in tids.items() if found.start <= s and e <= found.end]
            if not inside:
                continue
            number += 3
            begin, end, after = f"t{number - 2}", f"t{number - 1}", inside[-1]
            out.setdefault(after, []).extend(
                f'<TIMEX3 tid="{tid}" type="DATE" value={quoteattr(member.value)} '
                f'temporalFunction="true" anchorTimeID="t0"/>'
                for tid, member in ((begin, found.first), (end, found.last))
            )
        else:
            begin = tids.get((found.first.start, found.first.end)) or ""
            end = after = tids.get((found.last.start, found.last.end)) or ""
            if not begin or not end:
                continue
            number += 1
        out.setdefault(after, []).append(
            f'<TIMEX3 tid="t{number}" type="DURATION" value={quoteattr(found.duration)} '
            f'beginPoint="{begin}" endPoint="{end}"/>'
        )
    return out
