"""A title's text tidied: white space, the punctuation at its edges, parentheses, quotation marks.

Titles are made of short texts tidied several times over, so these rules are written as string
operations where a regular expression would cost more (scanning every character for a rare
mark): each gives what the pattern in its docstring gives, and skips the pattern when the
marks it needs are absent.
"""

from __future__ import annotations

import re
from functools import lru_cache

PARENTHESIS = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
QUOTE_CHARACTERS = "“”„«»\"‘'’"  # every mark that quotations and quotation marks are made of
LEADING_EDGE = ",;:.–—-"  # besides white space, a title never opens with these
TRAILING_EDGE = ",;:–—-"
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.!?])")
_REPEATED_MARKS = re.compile(r"([,;:])(?:\s*[,;:])+")


def one_space(text: str) -> str:
    """Each run of white space as one space (``re.sub(r"\\s+", " ", text)``)."""
    words = text.split()
    if not words:
        return " " if text else ""
    spaced = " ".join(words)
    if text[0].isspace():
        spaced = " " + spaced
    if text[-1].isspace():
        spaced += " "
    return spaced


def without_edges(text: str) -> str:
    """White space and ``,;:.–—-`` gone from the start, white space and ``,;:–—-`` from the
    end (``re.sub(r"^[\\s,;:.–—-]+|[\\s,;:–—-]+$", "", text)``)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in LEADING_EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_EDGE):
        end -= 1
    return text[start:end]


def without_parentheses(text: str) -> str:
    """Parentheses and brackets with what they hold (photo credits, asides) replaced by a space."""
    if "(" not in text and "[" not in text:
        return text
    return PARENTHESIS.sub(" ", text)


def has_quote_marks(text: str) -> bool:
    """Does ``text`` hold any mark a quotation or a quotation mark is made of?"""
    return (  # spelled out: a generator over the marks costs more than the tests
        "“" in text
        or "”" in text
        or "„" in text
        or "«" in text
        or "»" in text
        or '"' in text
        or "‘" in text
        or "'" in text
        or "’" in text
    )


@lru_cache(maxsize=1024)
def tidy(text: str) -> str:
    """Spaces and punctuation tidied (cached: a title's pieces are tidied several times)."""
    text = one_space(text)
    if " " in text and (
        " ," in text or " ;" in text or " :" in text or " ." in text or " !" in text or " ?" in text
    ):
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    if text.count(",") + text.count(";") + text.count(":") > 1:
        text = _REPEATED_MARKS.sub(r"\1", text)
    return without_edges(text).rstrip(".!?").strip()
