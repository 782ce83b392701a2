"""Fixtures for the source readers: a helper that writes files into a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.model import Article, SkippedInput
from timeline.settings import Settings
from timeline.sources import read_sources

WriteFile = Callable[[str, str | bytes], Path]


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """Write ``name`` (text as UTF-8, or raw bytes) under the test's folder; return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def read_all(*sources: str | Path, **settings: object) -> list[Article | SkippedInput]:
    """Every item ``read_sources`` yields for ``sources``."""
    return list(read_sources([str(s) for s in sources], Settings(**settings)))  # type: ignore[arg-type]
