"""Walking sources: folders, stdin, unique ids, duplicates, and one skip reason per bad input."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

import pytest

from tests.sources.conftest import WriteFile, read_all
from timeline.errors import InputError
from timeline.model import Article, SkippedInput
from timeline.settings import Settings
from timeline.sources import read_sources


def kinds(items: list[Article | SkippedInput]) -> dict[str, str]:
    return {i.id: (i.kind if isinstance(i, SkippedInput) else "ok") for i in items}


def test_folders_are_read_recursively_in_sorted_order(write: WriteFile, tmp_path: Path) -> None:
    write("b/2.txt", "Zwei\nDas zweite Werk schloss am Dienstag.")
    write("a/z.md", "# Satu\nPabrik pertama tutup pada Senin.")
    write("a/sub/m.txt", "Three\nThe third plant closed on Wednesday.")
    write(".hidden/x.txt", "Hidden\nNot an input.")
    write("a/.DS_Store", b"\x00\x00\x00\x01Bud1")
    items = read_all(tmp_path)
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == [
        "a/sub/m.txt",
        "a/z.md",
        "b/2.txt",
    ]
    assert read_all(tmp_path) == items  # deterministic


@pytest.mark.parametrize(
    ("name", "content", "kind", "detail"),
    [
        pytest.param(
            "report.txt",
            b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj",
            "binary",
            "PDF",
            id="pdf-renamed-txt",
        ),
        pytest.param(
            "foto.md", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary", "JPEG", id="jpeg-renamed-md"
        ),
        pytest.param("leer.txt", b"", "empty", "0 bytes", id="de-empty"),
        pytest.param("kosong.txt", b"  \n\t\n ", "empty", "whitespace", id="id-whitespace"),
        pytest.param("scan.pdf", b"%PDF-1.5\n", "binary", "PDF", id="pdf-suffix"),
        pytest.param("notes.docx", b"PK\x03\x04\x14\x00", "binary", "ZIP", id="docx"),
        pytest.param(
            "tabela.csv",
            "data,valor\n2021-01-04,3\n",
            "unsupported",
            ".csv",
            id="pt-unknown-suffix",
        ),
    ],
)
def test_bad_inputs_are_skipped_with_a_reason(
    write: WriteFile, tmp_path: Path, name: str, content: bytes, kind: str, detail: str
) -> None:
    write(name, content)
    (item,) = read_all(tmp_path)
    assert isinstance(item, SkippedInput)
    assert item.kind == kind
    assert item.reason.startswith(f"{kind}: ") and detail in item.reason
    assert "\n" not in item.reason


def test_size_limit(write: WriteFile, tmp_path: Path) -> None:
    write("gross.txt", "Die Brücke wurde am Montag gesperrt. " * 100)
    write("klein.txt", "Die Brücke wurde am Montag gesperrt.")
    assert kinds(read_all(tmp_path, max_bytes=1000)) == {"gross": "too-large", "klein": "ok"}


def test_a_file_without_suffix_is_read_as_text(write: WriteFile, tmp_path: Path) -> None:
    write("README", "Berita\nPabrik tutup pada hari Jumat.")
    assert kinds(read_all(tmp_path)) == {"README": "ok"}


def test_a_named_file_with_any_suffix_is_read_as_text(write: WriteFile) -> None:
    path = write("bericht.log", "Bericht\nDas Werk schloss am Freitag.")
    assert kinds(read_all(path)) == {"bericht": "ok"}


def test_broken_symlink_is_unreadable(write: WriteFile, tmp_path: Path) -> None:
    write("ok.txt", "Fine\nThe dam opened on Monday.")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    items = read_all(tmp_path)
    assert kinds(items) == {"gone": "unreadable", "ok": "ok"}
    assert "broken symbolic link" in next(i.reason for i in items if isinstance(i, SkippedInput))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_permissions(write: WriteFile, tmp_path: Path) -> None:
    path = write("secret.txt", "Geheim\nDas Treffen fand am Montag statt.")
    path.chmod(0)
    try:
        assert kinds(read_all(tmp_path)) == {"secret": "unreadable"}
    finally:
        path.chmod(0o644)


def test_missing_named_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_sources([str(tmp_path / "nowhere")], Settings())


def test_same_ids_get_suffixes(write: WriteFile, tmp_path: Path) -> None:
    write("en/report.txt", "Report\nThe plant closed on Friday.")
    write("de/report.txt", "Bericht\nDas Werk schloss am Freitag.")
    items = read_all(tmp_path)
    assert [i.id for i in items] == ["report", "report-2"]
    assert isinstance(items[1], Article) and "renamed" in items[1].warnings[0]


def test_same_text_twice_is_one_article_and_one_duplicate(write: WriteFile, tmp_path: Path) -> None:
    write("a_kompas.txt", "Pabrik tutup\nPabrik itu tutup pada hari Jumat.")
    write("b_copy.txt", "Pabrik  tutup\r\npabrik itu tutup pada hari Jumat.\n")  # spacing, case
    items = read_all(tmp_path)
    assert kinds(items) == {"a_kompas": "ok", "b_copy": "duplicate"}
    assert isinstance(items[1], SkippedInput)
    assert items[1].reason == "duplicate: same text as a_kompas"


@pytest.mark.parametrize(
    ("data", "title"),
    [
        pytest.param(
            b"Bridge reopens\nThe bridge reopened on Monday.", "Bridge reopens", id="en-text"
        ),
        pytest.param(
            b'{"id": "s1", "title": "Ponte", "text": "A ponte abriu na segunda."}',
            "Ponte",
            id="pt-json",
        ),
        pytest.param(
            b"---\ntitle: Fest\n---\nDas Fest beginnt am Samstag.", "Fest", id="de-markdown"
        ),
        pytest.param(
            b"<html><head><title>Banjir</title></head><body><article><p>Banjir melanda kota "
            b"itu pada hari Senin pagi setelah hujan deras semalaman.</p></article></body>"
            b"</html>",
            "Banjir",
            id="id-html",
        ),
    ],
)
def test_stdin_is_read_as_the_format_it_looks_like(
    monkeypatch: pytest.MonkeyPatch, data: bytes, title: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (item,) = read_all("-")
    assert isinstance(item, Article) and item.title == title


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Rain on Monday. " * 100)))
    assert kinds(read_all("-", max_bytes=200)) == {"stdin": "too-large"}


def test_reading_in_worker_processes_gives_the_same_items(write: WriteFile, tmp_path: Path) -> None:
    from timeline.parallel import fork_pool

    write("a/en.txt", "Dam\nThe dam opened on Monday.")
    write("a/de.md", "---\ntitle: Werk\ndate: 2019-03-05\n---\nDas Werk schloss am Freitag.")
    write(
        "a/pt.html",
        "<html><head><title>Ponte</title></head><body><article><p>A ponte sobre o "
        "rio foi reaberta na sexta-feira, disse a prefeitura.</p></article></body></html>",
    )
    write("b/records.jsonl", '{"id": "r1", "text": "Hujan turun pada Senin."}\n{broken\n')
    write("b/copy.txt", "Dam\nThe dam opened on Monday.")
    write("b/scan.txt", b"%PDF-1.4\n")
    for name in ("x1", "x2", "x3", "x4", "x5", "x6"):
        write(f"c/{name}.txt", f"Report {name}\nThe plant {name} closed on Friday.")
    serial = read_all(tmp_path)
    with fork_pool(2) as pool:
        pooled = list(read_sources([str(tmp_path)], Settings(jobs=2), pool))
    assert pooled == serial
    assert kinds(serial)["copy"] == "duplicate" and kinds(serial)["records-2"] == "malformed"


def test_sidecar_applies_before_an_id_is_renamed(write: WriteFile, tmp_path: Path) -> None:
    write("en/report.txt", "Report\nThe plant closed on Friday.")
    write("de/report.txt", "Bericht\nDas Werk schloss am Freitag.")
    write("de/metadata.csv", "id,published\nreport,2019-03-08\n")
    items = read_all(tmp_path)
    dates = {i.id: getattr(i, "published", None) for i in items}
    assert dates == {"report": dt.date(2019, 3, 8), "report-2": None}


@pytest.mark.parametrize(
    ("names", "forks"),
    [
        pytest.param(["news.jsonl"], False, id="jsonl-read-here"),
        pytest.param(["news.jsonl", "de/bericht.txt"], True, id="files-read-in-workers"),
        pytest.param(["de"], True, id="folder-read-in-workers"),
    ],
)
def test_workers_are_forked_for_reading_only_when_they_read(
    write: WriteFile, tmp_path: Path, names: list[str], forks: bool
) -> None:
    """A JSON Lines file is streamed by the caller: forking workers for it would make them
    start before the caller has loaded what they should inherit."""
    from timeline.parallel import fork_pool

    write("news.jsonl", '{"id": "a", "text": "Die Brücke stürzte am Dienstag ein."}\n')
    write("de/bericht.txt", "Bericht\nDie Brücke wurde am Montag eröffnet.")
    with fork_pool(2) as pool:
        items = list(read_sources([str(tmp_path / n) for n in names], Settings(jobs=2), pool))
        assert bool(getattr(pool, "_processes", None)) is forks  # private: no public probe
    assert items == read_all(*[tmp_path / n for n in names])
