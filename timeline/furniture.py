"""Page furniture: the parts of a scraped page that are not the article's prose.

Navigation ("Back to top button"), recommendations ("You May Also Like"), comment boxes and
their arithmetic captchas ("17 + 11 ="), tag clouds, photo captions with credits
("(Bild: Getty)"), bare headings and rows of tables laid out in columns never tell an event.
Patterns are data (``events_lang/<code>.yaml`` and ``xx.yaml``); this module only applies them.
"""

from __future__ import annotations

import re

from timeline.event_lexicon import EventLexicon

SENTENCE_END = re.compile(r"[.!?…\"”»’)]\s*$")
HEADING_WORDS = 6  # a line this short without final punctuation is a heading or a label
HEADING_RULE = "heading"
# columns: a run of spaces or a tab between two words, twice ("Nippon Total   510.00   finance")
TABLE_GAP = re.compile(r"\S(?: {3,}|\t+ *)(?=\S)")
TABLE_RULE = "table_row"


def furniture_rule(text: str, lex: EventLexicon) -> str | None:
    """The id of the rule that marks ``text`` (one sentence or line) as furniture, or None."""
    stripped = text.strip()
    if not stripped:
        return HEADING_RULE
    rule = lex.is_furniture(stripped)
    if rule is not None:
        return rule.id
    if not SENTENCE_END.search(stripped):
        if len(stripped.split()) < HEADING_WORDS:
            return HEADING_RULE
        if len(TABLE_GAP.findall(stripped)) >= 2:
            return TABLE_RULE  # a row of a table laid out in columns, not prose
    return None


def is_furniture(text: str, lex: EventLexicon) -> bool:
    """True when ``text`` is page furniture rather than prose."""
    return furniture_rule(text, lex) is not None
