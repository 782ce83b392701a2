"""`tag --jsonl` and `pubdate --jsonl`: one output line per good record, bad lines skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

GOOD_EN = {
    "doc_id": "en1",
    "text": "The mayor said on Tuesday the bridge had closed.",
    "dct": "2019-03-14",
    "lang": "en",
}
GOOD_DE = {
    "doc_id": "de1",
    "text": "Die Bürgermeisterin sagte am Dienstag, die Brücke sei zu.",
    "dct": "2019-03-14",
    "lang": "de",
}
BAD_LINES = ["not json at all", "[1, 2]", json.dumps({"doc_id": "x", "text": "y", "dct": "soon"})]


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(GOOD_EN), *BAD_LINES, "", json.dumps(GOOD_DE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_tag_skips_bad_lines_and_tags_the_rest(records: Path) -> None:
    result = CliRunner().invoke(cli, ["tag", "--jsonl", str(records)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["doc_id"] for o in out] == ["en1", "de1"]
    assert [[t["value"] for t in o["timexes"]] for o in out] == [["2019-03-12"], ["2019-03-12"]]


@pytest.mark.parametrize("record", [GOOD_EN, GOOD_DE], ids=["en", "de"])
def test_tag_offsets_slice_to_the_text(record: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", "--jsonl", str(path)])
    for timex in json.loads(result.stdout)["timexes"]:
        assert record["text"][timex["start"] : timex["end"]] == timex["text"]


def test_pubdate_skips_lines_that_are_not_records(records: Path) -> None:
    result = CliRunner().invoke(cli, ["pubdate", "--jsonl", str(records)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert ids == ["en1", "x", "de1"]  # "x" is a record (its dct is not read by pubdate)
