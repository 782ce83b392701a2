"""Speed and memory of ``timeline build`` on a large collection, beside dateparser as a baseline.

Prints figures; asserts nothing (figures depend on the machine and on what else runs on it).
Run: .venv/bin/python benchmarks/bench_build.py [--data FILE] [--jobs 1 2] [--profile]

Figures:
- end-to-end ``timeline build DATA -o TMP --jobs N`` (all three outputs) in a fresh process:
  wall time, words per second, and peak memory: of all its processes together (PSS, sampled
  every 0.1 s, so shared pages count once), and the main process and largest child alone (RSS);
- ``timeline --help`` start-up time (best of 5);
- dateparser ``search_dates`` over a sample of the same articles, extrapolated to all words
  (it is too slow to run on everything), so the ratio holds on any machine;
- with ``--profile``: the time each stage takes on a sample (one process), and the top
  functions by own time from cProfile.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "te3_silver.jsonl"

# Run in a child process: build, write the three outputs, report resource use as JSON.
CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from timeline.cli import main
sys.argv = ["timeline", "build", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
wall = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print("BENCH " + json.dumps({
    "wall": wall, "self_kb": me.ru_maxrss, "child_kb": kids.ru_maxrss, "code": code,
    "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
}))
"""


def load_texts(data: Path, limit: int | None) -> list[str]:
    texts = []
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def run_build(data: Path, jobs: int, outdir: Path) -> dict[str, float]:
    """One end-to-end build in a fresh interpreter; its wall time and peak memory."""
    cmd = [
        sys.executable,
        "-c",
        CHILD,
        str(data),
        "-o",
        str(outdir),
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    with subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        sampler = PeakMemory(proc.pid)
        sampler.start()
        stdout, stderr = proc.communicate()
        sampler.stop()
    line = next((x for x in stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        sys.exit(f"build --jobs {jobs} failed:\n{stderr[-2000:]}")
    result: dict[str, float] = json.loads(line[6:])
    result["pss_mb"] = sampler.peak_kb / 1024
    if result["code"]:
        sys.exit(f"build --jobs {jobs} exited {result['code']}:\n{proc.stderr[-2000:]}")
    return result


class PeakMemory(threading.Thread):
    """The largest total memory of a process and its descendants, sampled every 0.1 s.

    Counted as PSS (each shared page split between the processes sharing it), so the workers'
    copy-on-write pages inherited from the parent are not counted twice. Linux only; 0 elsewhere.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.1):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _tree(self.pid))))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(c) for c in children)
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def help_time() -> float:
    """Best of five ``timeline --help`` start-ups."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "timeline", "--help"], cwd=ROOT, capture_output=True, check=True
        )
        best = min(best, time.perf_counter() - start)
    return best


def dateparser_rate(texts: list[str], sample_words: int) -> tuple[float, int]:
    """Words per second of dateparser's search_dates on the first ``sample_words`` words."""
    from dateparser.search import search_dates

    sample, words = [], 0
    for text in texts:
        sample.append(text)
        words += len(text.split())
        if words >= sample_words:
            break
    search_dates("warm up on Monday", languages=["en"])
    start = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["en"])
    return words / (time.perf_counter() - start), words


def profile_stages(texts: list[str], sample: int) -> None:
    """Seconds per stage on ``sample`` articles in one process, then cProfile's top functions."""
    import cProfile
    import pstats
    from collections.abc import Iterator
    from contextlib import contextmanager

    from timeline import events, merge, pubdate, temporal
    from timeline.api import ArticleResult, _document, article_language
    from timeline.garbage import collecting_less
    from timeline.model import Article, Timeline
    from timeline.render import OutputFormat, render
    from timeline.settings import Settings
    from timeline.similarity import features

    settings = Settings(jobs=1)
    articles = [
        Article(id=f"a{i}", source="bench", title="", text=t) for i, t in enumerate(texts[:sample])
    ]
    totals: dict[str, float] = {}

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        totals[name] = totals.get(name, 0.0) + time.perf_counter() - start

    with stage("warm-up (models, rule files)"):
        first = articles[0]
        events.find_candidates(first, "en", pubdate.infer_published(first, "en", ()), ())
        article_language(first, settings)
    profiler = cProfile.Profile()
    profiler.enable()
    results = []
    with collecting_less():  # as a build runs: fewer garbage-collector passes
        for article in articles:
            with stage("language"):
                lang = article_language(article, settings)
            with stage("temporal.extract"):
                exprs = tuple(temporal.extract(article.text, lang))
            with stage("pubdate.infer_published"):
                pub = pubdate.infer_published(article, lang, exprs)
            with stage("temporal.resolve"):
                timexes = tuple(temporal.resolve(article.text, exprs, pub.date, lang))
            with stage("events.read_article"):
                reading = events.read_article(article, lang, pub, timexes)
            with stage("similarity.features (in the workers)"):
                compared = tuple(features(c) for c in reading.candidates)
            with stage("events.article_entities (if not read; if undated)"):
                names = reading.names
                if names is None:
                    names = frozenset(events.article_entities(article.text, lang))
            results.append(
                ArticleResult(
                    article,
                    lang,
                    pub,
                    exprs,
                    reading.candidates,
                    names,
                    compared,
                    reading.spellings,
                )
            )
        with stage("merge.merge_events"):
            known = [f for r in results for f in r.features]
            merged = merge.merge_events([c for r in results for c in r.candidates], settings, known)
        timeline = Timeline(tuple(_document(r) for r in results), tuple(merged))
        for fmt in (OutputFormat.JSON, OutputFormat.TEXT, OutputFormat.HTML):
            with stage(f"render {fmt.value}"):
                render(timeline, fmt, settings)
        profiler.disable()
    words = sum(len(a.text.split()) for a in articles)
    print(f"\nStage costs on {len(articles):,} articles ({words:,} words), one process:")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        rate = words / seconds if seconds else 0.0
        print(f"  {name:40s} {seconds:8.2f} s  {rate:>12,.0f} words/s")
    print("\nTop functions by own time (cProfile):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def html_reading(texts: list[str], count: int) -> None:
    """Reading ``count`` HTML pages (made from the texts) in one process and in two workers."""
    import html

    from timeline.parallel import fork_pool
    from timeline.settings import Settings
    from timeline.sources import read_sources

    with tempfile.TemporaryDirectory() as tmp:
        for number, text in enumerate(texts[:count]):
            body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            page = (
                f"<html><head><title>{html.escape(text[:60])}</title><script>var a = 1;</script>"
                f"</head><body><nav>Home | World</nav><article>{body}</article></body></html>"
            )
            Path(tmp, f"page{number:05d}.html").write_text(page, encoding="utf-8")
        list(read_sources([str(Path(tmp, "page00000.html"))], Settings()))  # imports, warm-up
        start = time.perf_counter()
        serial = sum(1 for _ in read_sources([tmp], Settings()))
        one = time.perf_counter() - start
        with fork_pool(2) as pool:
            start = time.perf_counter()
            pooled = sum(1 for _ in read_sources([tmp], Settings(jobs=2), pool))
            two = time.perf_counter() - start
    print(
        f"reading {serial:,} HTML pages (trafilatura + htmldate): {one:.2f} s in one process, "
        f"{two:.2f} s in two workers ({pooled:,} pages; {one / two:.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(os.environ.get("TIMELINE_BENCH_DATA", DEFAULT_DATA))
    )
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument(
        "--baseline-words",
        type=int,
        default=20_000,
        help="words of the sample dateparser runs on (then extrapolated)",
    )
    parser.add_argument("--profile", action="store_true", help="time each stage on a sample")
    parser.add_argument("--profile-articles", type=int, default=200)
    parser.add_argument("--html-pages", type=int, default=0, help="also time reading N pages")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"{args.data}: not found (give --data FILE)")

    texts = load_texts(args.data, None)
    words = sum(len(t.split()) for t in texts)
    print(
        f"data: {args.data} ({len(texts):,} articles, {words:,} words); "
        f"{os.cpu_count()} cores; figures are provisional when other work shares the CPU"
    )
    print(f"timeline --help: {help_time():.3f} s (best of 5; target < 0.3 s)")

    walls: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in args.jobs:
            result = run_build(args.data, jobs, Path(tmp) / f"out{jobs}")
            walls[jobs] = result["wall"]
            print(
                f"timeline build --jobs {jobs}: {result['wall']:7.2f} s "
                f"(CPU {result['cpu']:.1f} s: {words / result['cpu']:,.0f} words per CPU-second), "
                f"{words / result['wall']:>9,.0f} words/s; peak memory: all processes together "
                f"{result['pss_mb']:,.0f} MB (PSS, sampled), main alone "
                f"{result['self_kb'] / 1024:,.0f} MB, largest child "
                f"{result['child_kb'] / 1024:,.0f} MB (RSS)"
            )
    if 1 in walls:
        for jobs, wall in walls.items():
            if jobs > 1:
                print(f"speed-up --jobs {jobs} over --jobs 1: {walls[1] / wall:.2f}x (target 1.7x)")

    rate, sample = dateparser_rate(texts, args.baseline_words)
    estimate = words / rate
    print(
        f"dateparser search_dates (baseline): {rate:,.0f} words/s on a {sample:,}-word sample, "
        f"extrapolated to all {words:,} words: {estimate:,.1f} s"
    )
    if 1 in walls:
        print(
            f"timeline build --jobs 1 is {estimate / walls[1]:.1f}x the speed of search_dates "
            "alone (and writes three outputs)"
        )
    sys.path.insert(0, str(ROOT))
    if args.html_pages:
        html_reading(texts, args.html_pages)
    if args.profile:
        profile_stages(texts, args.profile_articles)


if __name__ == "__main__":
    main()
