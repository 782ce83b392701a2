"""Fixtures of the renderer tests: the hand-made timeline and an empty one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hand_timelines import hand_made

from timeline.model import Timeline


@pytest.fixture(scope="session")
def hand_timeline() -> Timeline:
    return hand_made()


@pytest.fixture(scope="session")
def empty_timeline() -> Timeline:
    return Timeline(documents=(), events=())
