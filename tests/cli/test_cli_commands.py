"""The commands end to end with click's CliRunner: outputs, exit codes, and what stderr says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

EN = "Dam opens early\n\nThe new dam on the Sava opened on Monday, March 4, 2019, officials said.\n"
DE = "Neue Brücke\n\nDie neue Brücke über die Saale wurde am 12. März 2019 eröffnet.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en_dam.txt").write_text(EN, encoding="utf-8")
    (folder / "de_bruecke.txt").write_text(DE, encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    (folder / "leer.txt").write_bytes(b"")
    return folder


def run(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_build_writes_three_files_into_a_new_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "out"
    result = run("build", str(corpus), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "chronology.txt",
        "timeline.html",
        "timeline.json",
    ]
    data = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    statuses = {d["id"]: d["status"] for d in data["documents"]}
    assert statuses == {"de_bruecke": "ok", "en_dam": "ok", "leer": "skipped", "scan": "skipped"}
    assert result.stderr.splitlines()[-1] == "4 read, 2 used, 2 skipped: 1 binary, 1 empty"


def test_quiet_says_nothing_on_stderr(corpus: Path) -> None:
    result = run("json", str(corpus), "--quiet", "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["schema"] == "timeline/1"


def test_text_reads_stdin(tmp_path: Path) -> None:
    result = run("text", "-", "--jobs", "1", stdin=DE.encode("latin-1"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "1 read, 1 used, 0 skipped"


def test_nothing_usable_exits_non_zero_and_ends_with_the_summary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "b.md").write_text("   \n", encoding="utf-8")
    result = run("json", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: no usable article") and last.endswith(
        "2 read, 0 used, 2 skipped: 1 binary, 1 empty"
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["json", "nowhere/at/all"], "nowhere/at/all: no such file or folder", id="missing-path"
        ),
        pytest.param(
            ["json", "--published", "2022-01-10"],
            "write it as ID=YYYY-MM-DD",
            id="published-without-id",
        ),
        pytest.param(
            ["json", "--since", "10.01.2022"],
            "--since: '10.01.2022' is not a date",
            id="since-not-iso",
        ),
        pytest.param(["json", "--published", "x=2022-02-31"], "is not a date", id="31-february"),
        pytest.param(
            ["json", "--lang", "Deutsch"], "--lang 'Deutsch': give a language code", id="lang-name"
        ),
    ],
)
def test_errors_are_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.output


def test_max_bytes_option_skips_large_inputs(corpus: Path) -> None:
    result = run("json", str(corpus), "--max-bytes", "85", "--jobs", "1", "--quiet")
    assert result.exit_code == 0, result.output
    statuses = {d["id"]: d["status"] for d in json.loads(result.stdout)["documents"]}
    assert statuses["en_dam"] == "skipped" and statuses["de_bruecke"] == "ok"
