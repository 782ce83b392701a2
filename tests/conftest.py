"""Fixtures shared by every test folder: corpus paths and timelines built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Timeline
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """Short articles written for the tests (not the seeds): the Rivermouth story and others."""
    return ARTICLES


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL}")
    return EVAL


@pytest.fixture(scope="session")
def seeds_timeline() -> Timeline:
    from timeline.api import build

    return build([str(SEEDS)], Settings(jobs=1, quiet=True))


@pytest.fixture(scope="session")
def own_timeline() -> Timeline:
    from timeline.api import build

    return build([str(ARTICLES)], Settings(jobs=1, quiet=True))
