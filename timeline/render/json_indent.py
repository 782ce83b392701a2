"""``json.dumps(data, ensure_ascii=False, indent=2)``: the same bytes at a fraction of the cost.

With ``indent`` the standard library encodes in pure Python through nested generators. Here
one recursive method writes the pieces into one list, writes strings, integers, booleans and
None in place without a call, and encodes the keys of a dict shape (the same keys at the same
depth, as every event of a timeline has) once per document instead of once per dict.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring as _encode_string
from typing import Any


class _NotPlainJson(TypeError):
    """A value ``indented_json`` leaves to ``json.dumps`` (not a plain JSON type)."""


def indented_json(data: Any, end: str = "") -> str:
    """Exactly ``json.dumps(data, ensure_ascii=False, indent=2) + end``, faster (``end`` is
    joined in rather than appended to a copy of megabytes of text).

    Anything but plain dicts (with string keys), lists, tuples, strings, numbers, booleans and
    None is left to ``json.dumps`` itself, which gives its own result or error."""
    writer = _Writer()
    try:
        writer.write(data, "\n")
    except (_NotPlainJson, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2) + end
    writer.out.append(end)
    return "".join(writer.out)


class _Writer:
    """The pieces of one document. Dicts of one shape (the same keys at the same depth, as
    every event of a timeline) share the text before each value: the line break, the indent
    and the encoded key."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self._heads: dict[tuple[str, tuple[str, ...]], list[str]] = {}

    def write(self, value: Any, newline: str) -> None:
        """Append the indented JSON of ``value``; ``newline`` is the line break before its
        items' parent indent (so ``newline + "  "`` starts each item)."""
        out = self.out
        if isinstance(value, dict):
            if not value:
                out.append("{}")
                return
            inner = newline + "  "
            keys = tuple(value)
            heads = self._heads.get((inner, keys))
            if heads is None:
                heads = self._heads[(inner, keys)] = _dict_heads(inner, keys)
            for head, item in zip(heads, value.values(), strict=True):
                kind = type(item)
                if kind is str:
                    out.append(head + _encode_string(item))
                elif item is None:
                    out.append(head + "null")
                elif item is True:
                    out.append(head + "true")
                elif item is False:
                    out.append(head + "false")
                elif kind is int:
                    out.append(head + int.__repr__(item))
                else:
                    out.append(head)
                    self.write(item, inner)
            out.append(newline + "}")
        elif isinstance(value, list | tuple):
            if not value:
                out.append("[]")
                return
            inner = newline + "  "
            opener = "[" + inner
            for item in value:
                if type(item) is str:
                    out.append(opener + _encode_string(item))
                else:
                    out.append(opener)
                    self.write(item, inner)
                opener = "," + inner
            out.append(newline + "]")
        elif isinstance(value, str):
            out.append(_encode_string(value))
        elif value is None:
            out.append("null")
        elif value is True:
            out.append("true")
        elif value is False:
            out.append("false")
        elif isinstance(value, int):
            out.append(int.__repr__(value))
        elif isinstance(value, float):
            out.append(_float(value))
        else:
            raise _NotPlainJson(type(value).__name__)


def _dict_heads(inner: str, keys: tuple[Any, ...]) -> list[str]:
    """What precedes each value of a dict with these keys, its items starting with ``inner``."""
    heads = []
    opener = "{" + inner
    for key in keys:
        if type(key) is not str:  # json.dumps turns numbers and None into strings: leave it
            raise _NotPlainJson(key)
        heads.append(opener + _encode_string(key) + ": ")
        opener = "," + inner
    return heads


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
