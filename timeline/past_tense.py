"""Whether a sentence tells the past: what an undated sentence must do to carry a story on.

A sentence whose verbs are all present or future is comment or outlook ("Russia's population
is still large"), not the story's next step. The temporal tagger's tense cues say which tense
a verb form has; the perfect with a present auxiliary ("has further accelerated") speaks of
the present.
"""

from __future__ import annotations

from timeline.event_lexicon import EventLexicon, tense_cues

PERFECT_REACH = 30  # characters before a participle in which its auxiliary is looked for


def tells_the_past(text: str, lang: str, lex: EventLexicon) -> bool:
    """False when the tense cues of ``text`` are all present or future ones; True when it has
    a past cue or none at all (languages without tense morphology, such as Indonesian).

    Where the perfect speaks of the present ("has further accelerated"), a past participle
    right after a perfect auxiliary (the language's ``perfect_auxiliaries``) is not past.
    ``present_verbs`` (copulas, auxiliaries) add to the tagger's tense cues.
    """
    cues = tense_cues(lang)
    present = lex.word_rule("present_verbs")
    kinds = {"present"} if present.search(text) else set()
    if cues is None:
        return not kinds
    auxiliaries = lex.word_rule("perfect_auxiliaries")
    for cue in cues.finditer(text):
        before = text[max(cue.start() - PERFECT_REACH, 0) : cue.start()].split()[-2:]
        perfect = any(word in auxiliaries for word in before)
        kinds.add("present" if cue.lastgroup == "past" and perfect else cue.lastgroup or "")
    return not kinds or "past" in kinds
