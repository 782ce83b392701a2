"""Fixtures of the events tests (builders live in ``event_builders``)."""

from __future__ import annotations

import pytest

from timeline.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings(jobs=1, quiet=True)
