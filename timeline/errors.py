"""Errors the library raises; each message is one line that says how to fix the input."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: the CLI turns these into one line on stderr and a non-zero exit."""


class InputError(TimelineError):
    """An input cannot be read at all (missing path, nothing usable)."""


class OptionError(TimelineError):
    """An option value is malformed (a date, a language code, ID=DATE)."""
