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

from timeline.model import Timex
from timeline.temporal import tag

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
        system = tag(text, record.get("lang") or lang, parse_dct(record.get("dct")))
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
    """ "2016-11-07 19:00:00" -> "2016-11-07T19"; "T19:30" stays minute-precise."""
    value = normalise_value(raw.replace(" ", "T"))
    while value.endswith(":00") and "T" in value:
        value = value[:-3]
    return value.removesuffix("T00")


def recognizer_match(option: dict[str, Any], timex: Timex) -> bool:
    """Our value equals the option's timex or its resolved value, or covers its date range."""
    ours = _clock_value(timex.value)
    timex_value = _clock_value(str(option.get("timex") or ""))
    resolved = _clock_value(str(option.get("value") or ""))
    if ours in (timex_value, resolved) or range_matches(str(option.get("timex") or ""), timex):
        return True
    if timex_value.startswith("T") and ours.endswith(timex_value) and "T" in ours:
        return True  # a time of day told alone: we give it a day too
    start, end = option.get("start"), option.get("end")
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


def score_recognizers(path: Path, errors: Counter[str]) -> dict[str, tuple[int, int]]:
    """Per language: (correct, total) over expected results of cases with a reference date."""
    totals: dict[str, list[int]] = {}
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        ref = parse_dct(case.get("ref"))
        if ref is None or not case.get("results") or case.get("lang") not in RECOGNIZER_LANGS:
            continue
        counts = totals.setdefault(case["lang"], [0, 0])
        system = tag(case["text"], case["lang"], ref)
        for result in case["results"]:
            counts[1] += 1
            options = result.get("values") or []
            start = result.get("start")
            if start is None:
                start = max(case["text"].find(result.get("text") or ""), 0)
            end = start + len(result.get("text") or "")  # Recognizers' own end is inclusive
            overlapping = [s for s in system if s.start < end and start < s.end]
            if any(recognizer_match(option, s) for option in options for s in overlapping):
                counts[0] += 1
            else:
                got = [(s.text, s.value) for s in overlapping]
                want = [o.get("timex") for o in options][:2]
                errors[f"{case['lang']} {result['text']!r} want {want} got {got}"] += 1
    return {lang: (c[0], c[1]) for lang, c in totals.items()}


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
    args = parser.parse_args()
    chosen = args.only or [*DOCUMENT_SETS, "recognizers"]
    print("| set | gold | system | strict P/R/F1 | relaxed P/R/F1 | value F1 | type F1 |")
    print("|---|---|---|---|---|---|---|")
    for name in chosen:
        errors: Counter[str] = Counter()
        if name == "recognizers":
            results = score_recognizers(args.eval_dir / "recognizers_datetime_model.jsonl", errors)
            for lang in RECOGNIZER_LANGS:
                if lang in results:
                    ok, total = results[lang]
                    print(
                        f"| recognizers {lang} | {total} | | | | value acc {100 * ok / total:.1f}"
                        f" | |"
                    )
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


if __name__ == "__main__":
    main()
