"""Score the temporal tagger on the annotated evaluation data (TempEval-3 measures).

Usage:
    .venv/bin/python benchmarks/eval_tagger.py [--eval-dir ../shared/eval] [--only NAME ...]
                                               [--errors N]

Documents (TimeBank, AQUAINT, TimeBankPT, WikiWarsDE): strict and relaxed span P/R/F1, value F1
and type F1 (attribute correct on a relaxed match, over system and gold counts). WikiWarsDE is
TIMEX2 (no types): value accuracy on matched expressions. Recognizers-Text phrase cases with a
reference date: value accuracy per language (a range value counts when our interval equals it).
Reads the data by path; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import Timex, TimexRange
from timeline.temporal import Tagged, extract, resolve, tag_with_ranges

DEFAULT_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DOCUMENT_SETS = {
    "timebank": ("tbaq_timebank.jsonl", "en"),
    "aquaint": ("tbaq_aquaint.jsonl", "en"),
    "timebankpt": ("timebankpt_train.jsonl", "pt"),
    "wikiwarsde": ("wikiwars_de.jsonl", "de"),
}
RECOGNIZER_LANGS = ("en", "de", "pt", "es", "fr", "it", "nl")
_WEEK = re.compile(r"-W(\d)(?!\d)")
_DECADE = re.compile(r"^(\d{2,3})X+$")  # "198X" and "198" both write the 1980s
_RANGE = re.compile(r"^\((\d{4}-\d\d-\d\d),(\d{4}-\d\d-\d\d),P\w+\)$")
_RANGE_BOUNDS = re.compile(r"^\((?P<first>[^,]+),(?P<last>[^,]+),(?P<duration>P[^)]*)\)$")
_CLOCK = re.compile(r"T(\d\d)(?::(\d\d))?(?::\d\d)?$")


JOIN_RANGES = True  # --no-ranges: the tagger without its range step, for a baseline in one run


def tagged_text(text: str, lang: str, dct: dt.date | None) -> Tagged:
    """The tagger's timexes and ranges (no ranges, members as found, with ``--no-ranges``)."""
    if JOIN_RANGES:
        return tag_with_ranges(text, lang, dct)
    return Tagged(tuple(resolve(text, extract(text, lang), dct, lang)))


def normalise_value(value: str | None) -> str:
    """Compare values up to notation: ``W7`` = ``W07``, ``198X`` = ``198``, ``T00:00`` dropped."""
    value = (value or "").strip().upper()
    value = _WEEK.sub(r"-W0\1", value)
    value = _DECADE.sub(r"\1", value)
    return value.removesuffix("T00:00").removesuffix("T00:00:00")


def same_value(gold: str, timex: Timex, record: dict[str, Any]) -> bool:
    """Equal values; in TIMEX2 data (no types) "heute" is PRESENT_REF where we give the DCT."""
    if normalise_value(timex.value) == normalise_value(gold):
        return True
    timex2 = all(t.get("type") is None for t in record["timexes"])
    dct = str(record.get("dct") or "")[:10]
    return timex2 and gold == "PRESENT_REF" and bool(dct) and timex.value == dct


def parse_dct(raw: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(raw)[:10]) if raw else None
    except ValueError:
        return None


@dataclass
class Scores:
    """Counts for one document set."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def f1(self, hits: int) -> float:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 100 * 2 * p * r / (p + r) if p + r else 0.0

    def pr(self, hits: int) -> tuple[float, float]:
        p = 100 * hits / self.system if self.system else 0.0
        r = 100 * hits / self.gold if self.gold else 0.0
        return p, r


def match(gold: list[dict[str, Any]], system: list[Timex]) -> Iterator[tuple[dict, Timex | None]]:
    """Each gold annotation with the system timex overlapping it (one-to-one, first come)."""
    used: set[int] = set()
    for g in gold:
        found = None
        for i, s in enumerate(system):
            if i not in used and s.start < g["end"] and g["start"] < s.end:
                found = i
                if s.start == g["start"] and s.end == g["end"]:
                    break
        if found is not None:
            used.add(found)
            yield g, system[found]
        else:
            yield g, None


def score_documents(path: Path, lang: str, errors: Counter[str]) -> Scores:
    scores = Scores()
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        system = list(
            tagged_text(text, record.get("lang") or lang, parse_dct(record.get("dct"))).timexes
        )
        gold = record["timexes"]
        scores.gold += len(gold)
        scores.system += len(system)
        for g, s in match(gold, system):
            if s is None:
                errors[f"missed  {g['text']!r} {g['value']}"] += 1
                continue
            scores.relaxed += 1
            scores.strict += s.start == g["start"] and s.end == g["end"]
            if same_value(g["value"], s, record):
                scores.value += 1
            else:
                errors[f"value   {g['text']!r} gold {g['value']} got {s.text!r} {s.value}"] += 1
            scores.type += g.get("type") is None or s.type.value == g["type"]
        matched = {(s.start, s.end) for g, s in match(gold, system) if s is not None}
        for s in system:
            if (s.start, s.end) not in matched:
                errors[f"extra   {s.text!r} {s.value} ({s.rule})"] += 1
    return scores


def range_matches(expected: str, timex: Timex) -> bool:
    m = _RANGE.match(expected)
    if not m or timex.first_day is None or timex.last_day is None:
        return False
    try:
        first, after = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
    except ValueError:
        return False
    return timex.first_day == first and timex.last_day + dt.timedelta(days=1) == after


def _clock_value(raw: str) -> str:
    """ "2016-11-07 19:00:00" -> "2016-11-07T19"; "T19:30" stays minute-precise; a midnight
    given with its day is the day ("2016-11-07T00" -> "2016-11-07"), alone it stays "T00"."""
    value = normalise_value(raw.replace(" ", "T"))
    while value.endswith(":00") and "T" in value:
        value = value[:-3]
    return value[:-3] if value.endswith("T00") and len(value) > 3 else value


def recognizer_match(option: dict[str, Any], timex: Timex) -> bool:
    """Our value equals the option's timex or its resolved value, or covers its date range."""
    ours = _clock_value(timex.value)
    timex_value = _clock_value(str(option.get("timex") or ""))
    resolved = _clock_value(str(option.get("value") or ""))
    if ours in (timex_value, resolved) or range_matches(str(option.get("timex") or ""), timex):
        return True
    if timex_value.startswith("T") and ours.endswith(timex_value) and "T" in ours:
        return True  # a time of day told alone: we give it a day too
    own_clock = _clock("T" + timex.value.split("T", 1)[1]) if "T" in timex.value else None
    if timex_value.startswith("T") and own_clock is not None and own_clock == _clock(timex_value):
        return True  # the same at midnight: "2019-08-05T00:00" normalises to its day
    start, end = option.get("start"), option.get("end")
    if bool(start) != bool(end) and timex.first_day is not None and timex.last_day is not None:
        # An open range ("since August", "before early September"): its one bound is an edge
        # of the period named.
        bound = _day(str(start or end))
        return bound in (timex.first_day, timex.last_day + dt.timedelta(days=1))
    if start and end and timex.first_day is not None and timex.last_day is not None:
        try:
            first = dt.date.fromisoformat(str(start)[:10])
            after = dt.date.fromisoformat(str(end)[:10])
        except ValueError:
            return False
        if " " not in str(start) and first == timex.first_day:
            return after in (timex.last_day, timex.last_day + dt.timedelta(days=1))
        part = timex_value.split("T")[1] if "T" in timex_value else None
        return part is not None and first == timex.first_day and ours.endswith("T" + part)
    return False


def result_type(result: dict[str, Any]) -> str:
    """ "datetimeV2.daterange" -> "daterange" ("other" when the case has none)."""
    return str(result.get("type") or "other").rsplit(".", 1)[-1]


def _day(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _clock(raw: str) -> str | None:
    """ "T17", "T17:30:00", "2016-11-07 17:00:00", "17:00:00" -> "17:00" (None: no clock)."""
    raw = raw.strip().replace(" ", "T")
    if "T" not in raw:
        raw = "T" + raw if ":" in raw else raw
    m = _CLOCK.search(raw)
    return f"{m[1]}:{m[2] or '00'}" if m else None


def range_option_matches(option: dict[str, Any], found: TimexRange) -> bool:
    """A Recognizers range result equals a ``TimexRange``.

    Dates: the same first day, and their (half-open) end is our last day + 1, or the first day
    of our last member (Recognizers ends "from May to October" where October begins). Clock
    ranges "(T17,T18,PT1H)": the same clock bounds, and the same days when they give them.
    """
    bounds = _RANGE_BOUNDS.match(str(option.get("timex") or ""))
    if bounds is None:
        return False
    start, end = str(option.get("start") or ""), str(option.get("end") or "")
    clock_first, clock_last = _clock(bounds["first"]), _clock(bounds["last"])
    if clock_first is not None and clock_last is not None:
        if (clock_first, clock_last) != (_clock(found.first.value), _clock(found.last.value)):
            return False
        day_first, day_last = _day(start), _day(end)
        if day_first is None or (
            "XXXX" in bounds["first"] and found.first.anchor.value != "absolute"
        ):
            return True  # a clock range alone, or a day the case leaves open
        return (day_first, day_last) == (found.first.first_day, found.last.first_day)
    first, after = _day(start or bounds["first"]), _day(end or bounds["last"])
    if first is None or after is None or found.first_day is None or found.last_day is None:
        return False
    ends = {found.last_day + dt.timedelta(days=1), found.last.first_day}
    return first == found.first_day and after in ends


def score_recognizers(path: Path, errors: Counter[str]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per language and result type: (correct, total) over the results of cases with a
    reference date."""
    totals: dict[str, dict[str, list[int]]] = {}
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        ref = parse_dct(case.get("ref"))
        if ref is None or not case.get("results") or case.get("lang") not in RECOGNIZER_LANGS:
            continue
        by_type = totals.setdefault(case["lang"], {})
        tagged = tagged_text(case["text"], case["lang"], ref)
        system, ranges = tagged.timexes, tagged.ranges
        for result in case["results"]:
            counts = by_type.setdefault(result_type(result), [0, 0])
            counts[1] += 1
            options = result.get("values") or []
            start = result.get("start")
            if start is None:
                start = max(case["text"].find(result.get("text") or ""), 0)
            end = start + len(result.get("text") or "")  # Recognizers' own end is inclusive
            overlapping = [s for s in system if s.start < end and start < s.end]
            joined = [r for r in ranges if r.start < end and start < r.end]
            if any(recognizer_match(option, s) for option in options for s in overlapping) or any(
                range_option_matches(option, r) for option in options for r in joined
            ):
                counts[0] += 1
            else:
                got = [(s.text, s.value) for s in overlapping]
                got += [(r.text, f"({r.first.value},{r.last.value},{r.duration})") for r in joined]
                want = [o.get("timex") for o in options][:2]
                kind = result_type(result)
                errors[f"{case['lang']} {kind} {result['text']!r} want {want} got {got}"] += 1
    return {
        lang: {kind: (c[0], c[1]) for kind, c in sorted(by_type.items())}
        for lang, by_type in totals.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument(
        "--only",
        nargs="*",
        default=None,
        help="sets to score: " + ", ".join([*DOCUMENT_SETS, "recognizers"]),
    )
    parser.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    parser.add_argument(
        "--no-ranges", action="store_true", help="score the tagger without its range step"
    )
    args = parser.parse_args()
    global JOIN_RANGES
    JOIN_RANGES = not args.no_ranges
    chosen = args.only or [*DOCUMENT_SETS, "recognizers"]
    recognizer_table: dict[str, dict[str, tuple[int, int]]] = {}
    print("| set | gold | system | strict P/R/F1 | relaxed P/R/F1 | value F1 | type F1 |")
    print("|---|---|---|---|---|---|---|")
    for name in chosen:
        errors: Counter[str] = Counter()
        if name == "recognizers":
            results = score_recognizers(args.eval_dir / "recognizers_datetime_model.jsonl", errors)
            for lang in RECOGNIZER_LANGS:
                if lang in results:
                    ok = sum(c for c, _ in results[lang].values())
                    total = sum(n for _, n in results[lang].values())
                    print(
                        f"| recognizers {lang} | {total} | | | | value acc {100 * ok / total:.1f}"
                        f" | |"
                    )
            recognizer_table = results
        else:
            file, lang = DOCUMENT_SETS[name]
            s = score_documents(args.eval_dir / file, lang, errors)
            sp, sr = s.pr(s.strict)
            rp, rr = s.pr(s.relaxed)
            value = s.f1(s.value)
            if name == "wikiwarsde":
                accuracy = 100 * s.value / s.relaxed if s.relaxed else 0.0
                value_cell = f"{value:.1f} (acc. on matched {accuracy:.1f})"
                type_cell = "n/a (TIMEX2)"
            else:
                value_cell, type_cell = f"{value:.1f}", f"{s.f1(s.type):.1f}"
            print(
                f"| {name} | {s.gold} | {s.system} | {sp:.1f}/{sr:.1f}/{s.f1(s.strict):.1f} |"
                f" {rp:.1f}/{rr:.1f}/{s.f1(s.relaxed):.1f} | {value_cell} | {type_cell} |"
            )
        for error, count in errors.most_common(args.errors):
            print(f"    {count:4d}  {error}")
    if recognizer_table:
        print_by_type(recognizer_table)


def print_by_type(results: dict[str, dict[str, tuple[int, int]]]) -> None:
    """Recognizers value accuracy per language and result type: "acc (cases)"."""
    kinds = sorted({kind for by_type in results.values() for kind in by_type})
    print()
    print("| lang | " + " | ".join(kinds) + " |")
    print("|---|" + "---|" * len(kinds))
    for lang in RECOGNIZER_LANGS:
        if lang not in results:
            continue
        cells = []
        for kind in kinds:
            ok, total = results[lang].get(kind, (0, 0))
            cells.append(f"{100 * ok / total:.1f} ({total})" if total else "-")
        print(f"| {lang} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
