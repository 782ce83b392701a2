"""Speed and quality of merging: synthetic mentions of known events, merged by ``merge_events``.

Prints, for one run in this process: the time to merge N mentions (the issue asks for
100,000 in under a minute on one core), the number of events found against the number
generated, and pairwise precision/recall of "these two mentions are one event" on a sample.
Beside it, a baseline in the same process: grouping by (day, sorted name keys), the obvious
exact-match approach, timed and scored the same way. A second part times event-candidate
finding on the seed articles beside dateparser's ``search_dates`` on the same texts.

    .venv/bin/python benchmarks/bench_merge.py            # 100,000 mentions
    .venv/bin/python benchmarks/bench_merge.py -n 20000   # quicker

Figures measured while other processes share the CPU are provisional: re-run to confirm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.entities import canonical_key  # noqa: E402
from timeline.merge import merge_events  # noqa: E402
from timeline.model import Candidate, EventDate, Granularity, Mention, Status  # noqa: E402
from timeline.settings import Settings  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "vi",
    "sha",
    "ren",
    "to",
    "mi",
    "zar",
    "dov",
    "li",
    "ne",
    "ye",
    "chen",
    "wal",
    "ro",
]
VARIANTS = [("v", "w"), ("y", "j"), ("sh", "sch"), ("ks", "x"), ("ch", "tsch")]
VERBS = {
    "en": ["met", "called", "criticised", "visited", "signed a deal with"],
    "de": ["traf", "telefonierte mit", "kritisierte", "besuchte", "unterzeichnete mit"],
    "pt": ["encontrou", "telefonou a", "criticou", "visitou", "assinou com"],
}


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _spelled(name: str, rng: random.Random) -> str:
    """The name as another language's press might transliterate it."""
    for a, b in VARIANTS:
        if a in name.lower() and rng.random() < 0.5:
            name = name.replace(a, b).replace(a.capitalize(), b.capitalize())
    return name


def synthetic(mentions: int, seed: int) -> tuple[list[Candidate], list[int]]:
    """``mentions`` candidates and, for each, the id of the event it really tells."""
    rng = random.Random(seed)
    people = [f"{_name(rng)} {_name(rng)}" for _ in range(6000)]
    places = [_name(rng) for _ in range(800)]
    start = dt.date(2020, 1, 1)
    out: list[Candidate] = []
    truth: list[int] = []
    event = 0
    while len(out) < mentions:
        day = start + dt.timedelta(days=rng.randrange(730))
        who = rng.sample(people[: rng.choice([300, 6000])], 2)  # some protagonists recur a lot
        where = rng.choice(places)
        verb = rng.randrange(5)
        told = rng.randint(1, 5)
        for document in rng.sample(range(mentions // 3 + 10), told):
            lang = rng.choice(["en", "de", "pt"])
            names = (*(_spelled(n, rng) for n in who), where)
            sentence = f"{names[0]} {VERBS[lang][verb]} {names[1]} in {where}."
            week = rng.random() < 0.1
            first = day - dt.timedelta(days=day.weekday()) if week else day
            last = first + dt.timedelta(days=6) if week else day
            date = EventDate(
                day.isoformat(), first, last, Granularity.WEEK if week else Granularity.DAY
            )
            position = rng.randrange(10_000)
            mention = Mention(
                f"doc{document}",
                sentence,
                position,
                position + len(sentence),
                lang,
                None,
                Status.OCCURRED,
                date,
            )
            out.append(Candidate(mention, date, Status.OCCURRED, sentence, names, approximate=week))
            truth.append(event)
        event += 1
    return out[:mentions], truth[:mentions]


def baseline(candidates: list[Candidate]) -> list[list[int]]:
    """Exact grouping: same day and the same set of name keys."""
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        day = c.date.start if c.date else None
        groups[(day, tuple(sorted(canonical_key(n) for n in c.entities)))].append(i)
    return list(groups.values())


def pair_scores(
    groups: list[list[int]], truth: list[int], rng: random.Random
) -> tuple[float, float]:
    """Precision and recall of same-event pairs, on a sample of both kinds of pairs."""
    found_of = {i: g for g, members in enumerate(groups) for i in members}
    by_event: dict[int, list[int]] = defaultdict(list)
    for i, e in enumerate(truth):
        by_event[e].append(i)
    true_pairs = [(a, b) for m in by_event.values() for a in m for b in m if a < b]
    found_pairs = [(a, b) for m in groups for a in m for b in m if a < b]
    sample_true = rng.sample(true_pairs, min(20_000, len(true_pairs)))
    sample_found = rng.sample(found_pairs, min(20_000, len(found_pairs)))
    recall = sum(found_of[a] == found_of[b] for a, b in sample_true) / max(len(sample_true), 1)
    precision = sum(truth[a] == truth[b] for a, b in sample_found) / max(len(sample_found), 1)
    return precision, recall


def bench_merge(mentions: int, seed: int) -> None:
    candidates, truth = synthetic(mentions, seed)
    print(f"merge: {len(candidates):,} synthetic mentions of {len(set(truth)):,} events")
    t0 = time.perf_counter()
    events = merge_events(candidates, Settings(jobs=1))
    merged = time.perf_counter() - t0
    index = {
        (m.document, m.start, m.end, m.sentence): i
        for i, c in enumerate(candidates)
        for m in [c.mention]
    }
    groups = [[index[(m.document, m.start, m.end, m.sentence)] for m in e.mentions] for e in events]
    precision, recall = pair_scores(groups, truth, random.Random(seed))
    print(
        f"  merge_events      {merged:7.2f} s  {len(events):>8,} events  "
        f"pair precision {precision:.3f}  recall {recall:.3f}"
    )
    t0 = time.perf_counter()
    base = baseline(candidates)
    grouped = time.perf_counter() - t0
    precision, recall = pair_scores(base, truth, random.Random(seed))
    print(
        f"  baseline (exact)  {grouped:7.2f} s  {len(base):>8,} events  "
        f"pair precision {precision:.3f}  recall {recall:.3f}"
    )


def bench_candidates(rounds: int) -> None:
    from timeline import temporal
    from timeline.events import find_candidates
    from timeline.model import Article, Published, PubMethod

    day = dt.date(2022, 1, 12)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    langs = {"000": "id", "004": "de"}
    prepared = []
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        lang = langs.get(path.name[:3], "en")
        prepared.append(
            (Article(path.stem, str(path), "", text), lang, temporal.tag(text, lang, day))
        )
    published = Published(day, day, day, PubMethod.GIVEN)
    for article, lang, tx in prepared:  # load each language's pipeline and word lists once
        find_candidates(article, lang, published, tx)
    t0 = time.perf_counter()
    count = sum(
        len(find_candidates(a, lang, published, tx))
        for _ in range(rounds)
        for a, lang, tx in prepared
    )
    ours = time.perf_counter() - t0
    print(f"candidates: {len(prepared)} seed articles x {rounds}")
    per = ours / (rounds * len(prepared)) * 1000
    print(
        f"  find_candidates         {ours:7.2f} s  {per:6.1f} ms/article  "
        f"{count // rounds} candidates per round"
    )
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  dateparser not installed: no baseline")
        return
    t0 = time.perf_counter()
    found = 0
    for _ in range(rounds):
        for article, lang, _tx in prepared:
            found += len(
                search_dates(
                    article.text,
                    languages=[lang],
                    settings={"RELATIVE_BASE": dt.datetime(2022, 1, 12)},
                )
                or []
            )
    theirs = time.perf_counter() - t0
    per = theirs / (rounds * len(prepared)) * 1000
    print(
        f"  dateparser search_dates {theirs:7.2f} s  {per:6.1f} ms/article  "
        f"{found // rounds} dates per round (baseline)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the seeds for part two")
    args = parser.parse_args()
    bench_merge(args.mentions, args.seed)
    bench_candidates(args.rounds)


if __name__ == "__main__":
    main()
