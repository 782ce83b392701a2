"""Measure publication-date inference on real news with the real date hidden.

For each set (TimeBank, AQUAINT, TimeBankPT, Kompas) it hides ``dct``, runs the tagger's
``extract`` and ``infer_published`` on the text alone, and prints: exact day, within one day,
same ISO week, same month, same year, interval holds the real date, and wrong year (each over
the documents that got a date), the share left unknown, and the speed. A baseline runs in the
same process on the same texts: dateparser's ``search_dates``, taking the latest full date
(day, month and year) it finds. ms/doc of ``timeline`` includes the tagger's ``extract``; the
corpus row's ms/doc is the corpus step alone (entities and ``date_from_corpus``).

    .venv/bin/python benchmarks/eval_pubdate.py                 # all four sets
    .venv/bin/python benchmarks/eval_pubdate.py --sets kompas_development_unannotated
    .venv/bin/python benchmarks/eval_pubdate.py --baseline-docs 0   # skip the slow baseline
    .venv/bin/python benchmarks/eval_pubdate.py --corpus   # also after the corpus step
    .venv/bin/python benchmarks/eval_pubdate.py --year-gaps   # how far the named years lie

The eval data is read in place (``--eval-dir`` or ``TIMELINE_EVAL``, default ``../shared/eval``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.model import Article, Published  # noqa: E402
from timeline.pubdate import date_from_corpus, infer_published  # noqa: E402
from timeline.temporal import extract  # noqa: E402
from timeline.temporal.expression import Expression  # noqa: E402

SETS = ("tbaq_timebank", "tbaq_aquaint", "timebankpt_train", "kompas_development_unannotated")
COLUMNS = (
    "docs",
    "dated",
    "unknown",
    "exact",
    "±1 day",
    "ISO week",
    "month",
    "year",
    "in interval",
    "wrong year",
    "ms/doc",
)


@dataclass
class Score:
    """Counts for one set and one method."""

    docs: int = 0
    dated: int = 0
    exact: int = 0
    one_day: int = 0
    week: int = 0
    month: int = 0
    year: int = 0
    holds: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, doc_id: str, truth: dt.date, guess: Published) -> None:
        self.docs += 1
        if guess.date is None:
            return
        self.dated += 1
        day = guess.date
        self.exact += day == truth
        self.one_day += abs((day - truth).days) <= 1
        self.week += day.isocalendar()[:2] == truth.isocalendar()[:2]
        self.month += (day.year, day.month) == (truth.year, truth.month)
        self.year += day.year == truth.year
        low, high = guess.earliest or day, guess.latest or day
        inside = low <= truth <= high
        self.holds += inside
        if not inside:
            self.misses.append(
                f"{doc_id}: real {truth}, said {day} [{low}..{high}] "
                f"{'; '.join(guess.evidence)[:160]}"
            )

    def row(self) -> list[str]:
        def share(n: int, of: int) -> str:
            return f"{100 * n / of:.0f}%" if of else "-"

        ms = 1000 * self.seconds / self.docs if self.docs else 0.0
        return [
            str(self.docs),
            str(self.dated),
            share(self.docs - self.dated, self.docs),
            share(self.exact, self.dated),
            share(self.one_day, self.dated),
            share(self.week, self.dated),
            share(self.month, self.dated),
            share(self.year, self.dated),
            share(self.holds, self.dated),
            share(self.dated - self.year, self.dated),
            f"{ms:.1f}",
        ]


def read_set(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def own_text(record: dict) -> tuple[str, list[Expression], str]:
    """The text, its expressions and its language (the expressions cached per document)."""
    text, lang = record["text"], record.get("lang") or "en"
    if "_expressions" not in record:
        record["_expressions"] = list(extract(text, lang))
    return text, record["_expressions"], lang


def ours(record: dict) -> Published:
    text, expressions, lang = own_text(record)
    article = Article(record["doc_id"], record["doc_id"], "", text, language=lang)
    return infer_published(article, lang, expressions)


def baseline(record: dict) -> Published:
    """dateparser search_dates: the latest full date in the text, as the day of writing."""
    from dateparser.search import search_dates

    languages = [record.get("lang") or "en"]
    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}  # only dates that need no anchor
    found = search_dates(record["text"], languages=languages, settings=settings) or []
    days = [d.date() for _, d in found if 1900 <= d.year <= 2100]
    if not days:
        return Published.unknown()
    best = max(days)
    from timeline.model import PubMethod

    return Published(best, best, best, PubMethod.TEXT)


def truth_of(record: dict) -> dt.date:
    return dt.date.fromisoformat(str(record["dct"])[:10])


def run(
    records: list[dict], method: Callable[[dict], Published], limit: int | None
) -> tuple[Score, dict[str, Published]]:
    score, guesses = Score(), {}
    for record in records[:limit]:
        started = time.perf_counter()
        guess = method(record)
        score.seconds += time.perf_counter() - started
        score.add(record["doc_id"], truth_of(record), guess)
        guesses[record["doc_id"]] = guess
    return score, guesses


def with_corpus(records: list[dict], guesses: dict[str, Published]) -> Score:
    """The same documents after the corpus step (entities relate them), as the pipeline does."""
    from timeline.entities import article_entities

    started = time.perf_counter()
    signatures = {
        r["doc_id"]: frozenset(article_entities(r["text"], r.get("lang") or "en")) for r in records
    }
    texts = {r["doc_id"]: own_text(r) for r in records}
    final = {**guesses, **date_from_corpus(guesses, signatures, texts)}
    score = Score(seconds=time.perf_counter() - started)
    for record in records:
        score.add(record["doc_id"], truth_of(record), final[record["doc_id"]])
    return score


def year_gaps(name: str, records: list[dict]) -> str:
    """How many years the real year lies after the latest year the text names (not future).

    The evidence for not taking that year, or the first year after it that fits a calendar,
    as the year of writing: a named year is often years before (history) or after (plans).
    """
    from timeline.pubdate.corpus import latest_year
    from timeline.pubdate.text_clues import read_clues

    gaps: list[int] = []
    for record in records:
        text, expressions, lang = own_text(record)
        named = latest_year(read_clues(text, expressions, lang))
        if named is not None:
            gaps.append(truth_of(record).year - named)
    if not gaps:
        return f"{name}: no document names a year"

    def share(test: Callable[[int], bool]) -> str:
        return f"{100 * sum(1 for g in gaps if test(g)) / len(gaps):.0f}%"

    return (
        f"{name}: {len(gaps)} of {len(records)} name a year; the real year is that year "
        f"{share(lambda g: g == 0)}, 1-4 years later {share(lambda g: 1 <= g <= 4)}, "
        f"5 or more {share(lambda g: g >= 5)}, earlier {share(lambda g: g < 0)}"
    )


def markdown(rows: list[list[str]]) -> str:
    lines = ["| set | method | " + " | ".join(COLUMNS) + " |", "|---|---|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--eval-dir", default=os.environ.get("TIMELINE_EVAL", str(ROOT.parent / "shared" / "eval"))
    )
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument(
        "--baseline-docs",
        type=int,
        default=40,
        help="documents per set for the (slow) dateparser baseline; 0 skips it",
    )
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        help="print this many documents whose interval misses the real date",
    )
    parser.add_argument(
        "--corpus",
        action="store_true",
        help="also score each set after the corpus step (the set taken as one collection)",
    )
    parser.add_argument(
        "--year-gaps",
        action="store_true",
        help="also print how far each set's real year lies from the latest year its texts name",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    rows = []
    for name in args.sets:
        records = read_set(Path(args.eval_dir) / f"{name}.jsonl")
        score, guesses = run(records, ours, None)
        rows.append([name, "timeline", *score.row()])
        for miss in score.misses[: args.misses]:
            sys.stdout.write(f"  miss {miss}\n")
        if args.corpus:
            corpus = with_corpus(records, guesses)
            rows.append([name, "timeline + corpus step", *corpus.row()])
            for miss in [m for m in corpus.misses if m not in score.misses][: args.misses]:
                sys.stdout.write(f"  corpus miss {miss}\n")
        if args.year_gaps:
            sys.stdout.write(year_gaps(name, records) + "\n")
        if args.baseline_docs:
            base, _ = run(records, baseline, args.baseline_docs)
            rows.append([name, f"dateparser (first {base.docs})", *base.row()])
    sys.stdout.write(markdown(rows) + "\n")


if __name__ == "__main__":
    main()
