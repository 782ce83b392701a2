"""Speed of the temporal tagger on TempEval-3 silver newswire, beside dateparser in the same run.

Usage:
    .venv/bin/python benchmarks/bench_tagger.py [--eval-dir ../shared/eval] [--docs N]
                                                [--baseline-docs N]

Prints words per CPU second (and per wall-clock second) for ``extract`` alone and for ``tag``
(extract + resolve) over the whole file (or its first N documents), and for dateparser's
``search_dates`` over the first ``--baseline-docs`` documents (it is slow, so a sample; the
figure is per word all the same).
Figures measured while other work runs on the machine are provisional: re-run to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.temporal import extract, tag

DEFAULT_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def load(path: Path, limit: int | None) -> list[tuple[str, dt.date | None]]:
    docs = []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        raw = str(record.get("dct") or "")[:10]
        try:
            dct = dt.date.fromisoformat(raw) if raw else None
        except ValueError:
            dct = None
        docs.append((record["text"], dct))
        if limit and len(docs) >= limit:
            break
    return docs


def words(docs: list[tuple[str, dt.date | None]]) -> int:
    return sum(len(text.split()) for text, _ in docs)


def timed(label: str, docs: list[tuple[str, dt.date | None]], run: object) -> float:
    """Words per CPU second of this process (wall time too: it suffers when others work)."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = 0
    for text, dct in docs:
        found += len(run(text, dct))  # type: ignore[operator]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = words(docs) / cpu
    print(
        f"| {label} | {len(docs)} | {words(docs):,} | {cpu:.2f} | {rate:,.0f} |"
        f" {words(docs) / wall:,.0f} | {found:,} |"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--docs", type=int, default=None, help="first N documents (default all)")
    parser.add_argument("--baseline-docs", type=int, default=100)
    args = parser.parse_args()
    docs = load(args.eval_dir / "te3_silver.jsonl", args.docs)
    tag(docs[0][0], "en", docs[0][1])  # load and compile the rules outside the timing
    print("| run | docs | words | CPU seconds | words/CPU s | words/wall s | expressions |")
    print("|---|---|---|---|---|---|---|")
    timed("timeline extract", docs, lambda text, dct: extract(text, "en"))
    ours = timed("timeline tag (extract + resolve)", docs, lambda text, dct: tag(text, "en", dct))
    sample = docs[: args.baseline_docs]
    ours_sample = timed("timeline tag, baseline sample", sample, lambda t, d: tag(t, "en", d))
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")

    def baseline(text: str, dct: dt.date | None) -> list[object]:
        base = dt.datetime.combine(dct, dt.time()) if dct else None
        settings = {"RELATIVE_BASE": base} if base else {}
        return search_dates(text, languages=["en"], settings=settings) or []

    search_dates(sample[0][0][:200], languages=["en"])  # warm up its caches too
    theirs = timed("dateparser search_dates, same sample", sample, baseline)
    print(
        f"\ntimeline tag is {ours_sample / theirs:,.0f}x dateparser on the sample; "
        f"{ours:,.0f} words/s over {len(docs)} documents."
    )


if __name__ == "__main__":
    main()
