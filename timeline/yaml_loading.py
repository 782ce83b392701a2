"""Read the YAML data files with libyaml's parser when PyYAML has it (ten times faster than
the pure-Python one: English rules load in 6 ms instead of 55), with the same safe types."""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` of ``text``, through libyaml when available."""
    return yaml.load(text, Loader=SAFE_LOADER)
