"""A folder of every kind of bad input beside good ones: the run finishes, every input is
reported, and the good articles give the same events as when they are built alone (issue 7)."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from timeline.api import build
from timeline.model import DocStatus, Timeline
from timeline.report import summary_line
from timeline.settings import Settings

LATIN1_DE = (
    "Hafen wieder offen\n\nDer Hafen von Nordstrand wurde am 4. Mai 2021 nach zwei Wochen "
    "Sperrung wieder geöffnet, teilte die Behörde mit. Die Fähren fahren ab Montag wieder.\n"
)
UTF16_PT = (
    "Greve termina\n\nA greve dos motoristas de ônibus de Vila Serena terminou em 15 de "
    "setembro de 2020, depois de nove dias. O sindicato disse que as negociações continuam.\n"
)
HTML_EN = """<!DOCTYPE html><html><head><title>Mill fire | Valley Post</title>
<script>window.dataLayer = [{"published": "1999-12-31",
  "headline": "Monday 3 January 2000"}];</script>
<script src="/ads.js"></script><style>.x { color: red }</style></head><body>
<nav>Home | Local | Sport</nav><article><h1>Fire destroys old mill</h1>
<p>A fire destroyed the old paper mill in Eastbrook on 7 August 2018, the fire service said.</p>
<p>The owners plan to rebuild it by the summer of 2019, a spokeswoman told reporters.</p>
</article><footer>Back to top</footer></body></html>"""
JSONL_ID = [
    json.dumps(
        {
            "id": "kompas_banjir",
            "lang": "id",
            "text": "Banjir di Kali Jernih\n\n"
            "Banjir melanda Kali Jernih pada 2 Februari 2017, kata petugas setempat.",
        }
    ),
    '{"id": "broken", "text": "Sungai meluap pada',
    json.dumps(
        {
            "id": "wire_vote",
            "text": "Council vote\n\nThe town council of Larkspur voted "
            "on 19 November 2015 to close the old bridge.",
        }
    ),
]
GOOD = ("latin1_de", "utf16_pt", "page", "kompas_banjir", "wire_vote")
HUGE_BYTES = 50 * 1024 * 1024


def make_folder(root: Path) -> Path:
    folder = root / "mixed"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + os.urandom(2000))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1_de.txt").write_bytes(LATIN1_DE.encode("latin-1"))
    (folder / "utf16_pt.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16_PT.encode("utf-16-le"))
    with (folder / "huge.txt").open("w", encoding="utf-8") as handle:
        line = "The river rose again on Tuesday and the road stayed closed. " * 16 + "\n"
        for _ in range(HUGE_BYTES // len(line) + 1):
            handle.write(line)
    (folder / "page.html").write_text(HTML_EN, encoding="utf-8")
    (folder / "crawl.jsonl").write_text("\n".join(JSONL_ID) + "\n", encoding="utf-8")
    (folder / "unreadable.txt").symlink_to(folder / "deleted-since.txt")
    return folder


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Timeline]:
    folder = make_folder(tmp_path_factory.mktemp("robust"))
    return folder, build([str(folder)], Settings(jobs=1, quiet=True))


def test_every_input_is_reported(mixed: tuple[Path, Timeline]) -> None:
    _, timeline = mixed
    status = {
        d.id: (d.status, d.warnings[0].split(":")[0] if d.warnings else "")
        for d in timeline.documents
    }
    assert {k: v[0] for k, v in status.items()} == {
        "binary": DocStatus.SKIPPED,
        "empty": DocStatus.SKIPPED,
        "huge": DocStatus.SKIPPED,
        "unreadable": DocStatus.SKIPPED,
        "crawl-2": DocStatus.SKIPPED,
        **{good: DocStatus.OK for good in GOOD},
    }
    assert status["binary"][1] == "binary" and status["empty"][1] == "empty"
    assert status["huge"][1] == "too-large" and status["unreadable"][1] == "unreadable"
    assert status["crawl-2"][1] == "malformed"
    assert summary_line(timeline) == (
        "10 read, 5 used, 5 skipped: 1 binary, 1 empty, 1 malformed, 1 too-large, 1 unreadable"
    )


def test_decoded_text_is_the_original(mixed: tuple[Path, Timeline]) -> None:
    _, timeline = mixed
    titles = {d.id: d.title for d in timeline.documents}
    assert titles["latin1_de"] == "Hafen wieder offen"
    assert titles["utf16_pt"] == "Greve termina"
    assert titles["page"] == "Fire destroys old mill"


def mentions_of(timeline: Timeline, doc_id: str) -> set[tuple[str, str | None]]:
    return {
        (m.sentence, event.date.value if event.date else None)
        for event in timeline.events
        for m in event.mentions
        if m.document == doc_id
    }


@pytest.mark.parametrize("doc_id", GOOD)
def test_good_inputs_give_the_same_events_as_alone(
    mixed: tuple[Path, Timeline], doc_id: str
) -> None:
    _, timeline = mixed
    source = next(d.source for d in timeline.documents if d.id == doc_id)
    alone = build([source], Settings(jobs=1, quiet=True))  # a JSONL record: with its file only
    assert mentions_of(alone, doc_id) == mentions_of(timeline, doc_id)
    assert mentions_of(timeline, doc_id), f"{doc_id} gave no events at all"


def test_script_content_never_reaches_the_text(mixed: tuple[Path, Timeline]) -> None:
    _, timeline = mixed
    for event in timeline.events:
        for mention in event.mentions:
            assert "dataLayer" not in mention.sentence and "1999" not in mention.sentence


def test_two_jobs_give_the_same_timeline(mixed: tuple[Path, Timeline]) -> None:
    folder, timeline = mixed
    assert build([str(folder)], Settings(jobs=2, quiet=True)) == timeline
