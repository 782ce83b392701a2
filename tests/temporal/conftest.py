"""Fixtures of the temporal tagger tests: the publication date most cases are read against."""

from __future__ import annotations

import datetime as dt

import pytest

WEDNESDAY = dt.date(2022, 1, 12)  # a Wednesday in ISO week 2022-W02


@pytest.fixture
def dct() -> dt.date:
    return WEDNESDAY
