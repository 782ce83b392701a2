"""Output safety (atomic replace, nothing outside the folder) and the one-line summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import OptionError
from timeline.model import DocStatus, Document, Published, PubMethod, Timeline
from timeline.report import skip_kind, summary_line
from timeline.writing import write_atomic, write_in


def test_write_atomic_replaces_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "new" / "timeline.json"
    write_atomic(target, "erste Fassung")
    write_atomic(target, "zweite Fassung — überschrieben")
    assert target.read_text(encoding="utf-8") == "zweite Fassung — überschrieben"
    assert [p.name for p in target.parent.iterdir()] == ["timeline.json"]
    assert target.stat().st_mode & 0o644 == 0o644


def test_an_interrupted_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "chronology.txt"
    write_atomic(target, "versi lama")
    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # type: ignore[arg-type]  # fails half-way through
    assert target.read_text(encoding="utf-8") == "versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["chronology.txt"]


@pytest.mark.parametrize("name", ["../escape.html", "/etc/passwd", "sub/x.txt", "..", ""])
def test_write_in_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(OptionError):
        write_in(tmp_path / "out", name, "x")
    assert not (tmp_path / "escape.html").exists()


def doc(doc_id: str, reason: str | None = None) -> Document:
    published = Published(dt.date(2022, 1, 10), None, None, PubMethod.GIVEN)
    if reason is None:
        return Document(doc_id, f"{doc_id}.txt", doc_id, "en", published)
    return Document(
        doc_id, f"{doc_id}.txt", "", None, Published.unknown(), DocStatus.SKIPPED, (reason,)
    )


@pytest.mark.parametrize(
    ("documents", "line"),
    [
        pytest.param([doc("a"), doc("b")], "2 read, 2 used, 0 skipped", id="all-used"),
        pytest.param(
            [
                doc("a"),
                doc("b", "binary: looks like a PDF (%PDF header)"),
                doc("c", "empty: 0 bytes"),
                doc("d", "binary: contains NUL bytes"),
            ],
            "4 read, 1 used, 3 skipped: 2 binary, 1 empty",
            id="kinds-by-count",
        ),
        pytest.param(
            [doc(str(i)) for i in range(2449)]
            + [doc("x", "binary: PNG"), doc("y", "binary: PDF"), doc("z", "empty: 0 bytes")],
            "2,452 read, 2,449 used, 3 skipped: 2 binary, 1 empty",
            id="thousands",
        ),
    ],
)
def test_summary_line(documents: list[Document], line: str) -> None:
    assert summary_line(Timeline(tuple(documents), ())) == line


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        pytest.param("duplicate: same text as a", "duplicate", id="duplicate"),
        pytest.param("too-large: 52,428,800 bytes", "too-large", id="too-large"),
        pytest.param("something odd happened: here", "other", id="not-a-kind"),
        pytest.param("", "other", id="empty"),
    ],
)
def test_skip_kind(reason: str, kind: str) -> None:
    assert skip_kind(reason) == kind


def test_progress_counter_counts_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.cli import ProgressCounter

    counter = ProgressCounter()
    counter(1)
    for _ in range(1499):
        counter(1)
    counter.close()
    err = capsys.readouterr().err
    assert err.startswith("\r1 articles") and "\n" not in err
    assert counter.done == 1500


@pytest.mark.parametrize("jobs", [1, 2])
def test_write_rendered_writes_each_output(
    tmp_path: Path, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.writing as writing
    from timeline.render import OutputFormat
    from timeline.settings import Settings

    monkeypatch.setattr(writing, "PARALLEL_MIN_EVENTS", 0)  # exercise the forked path too
    timeline = Timeline((doc("a"),), ())
    outputs = [("t.json", OutputFormat.JSON), ("c.txt", OutputFormat.TEXT)]
    paths = writing.write_rendered(timeline, Settings(jobs=jobs), tmp_path / "out", outputs)
    assert [p.name for p in paths] == ["t.json", "c.txt"]
    assert '"schema": "timeline/1"' in (tmp_path / "out" / "t.json").read_text(encoding="utf-8")


def test_outputs_are_the_same_whoever_renders_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With jobs the first outputs are rendered in forked processes and the rest here: the
    files and the order of the paths do not depend on it."""
    import timeline.writing as writing
    from timeline.render import OutputFormat
    from timeline.settings import Settings

    monkeypatch.setattr(writing, "PARALLEL_MIN_EVENTS", 0)
    timeline = Timeline((doc("a"), doc("b")), ())
    outputs = [
        ("p.html", OutputFormat.HTML),
        ("t.json", OutputFormat.JSON),
        ("c.txt", OutputFormat.TEXT),
    ]
    written = {}
    for jobs in (1, 2, 3):
        out = tmp_path / f"jobs{jobs}"
        paths = writing.write_rendered(timeline, Settings(jobs=jobs), out, outputs)
        assert [p.name for p in paths] == ["p.html", "t.json", "c.txt"]
        written[jobs] = [p.read_bytes() for p in paths]
    assert written[1] == written[2] == written[3]
