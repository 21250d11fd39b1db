"""A common word this article capitalises and its parser took for a place, which the other
article writes as the common word it is: "drank 1/2 liter of Vodka" / "a half-liter of vodka",
"3 DEAD due to Molotov cocktail at Bank" / "a branch of the Marfin bank".

A yellow mark says the other article does not report this fact anywhere. A word the other
article writes only in lower case, never with a capital inside a sentence, is a common noun
there: this article's capital is a headline's or a writer's style, not a name the other lacks.
Only a place, never a body or a person: "Labour" the party is not told by "labour costs". A
word the other article also capitalises inside a sentence is a name there and is judged as one
(a town that is also a word, "Nice", is capitalised wherever the other names it). Capitals in
full ("FIRE crews") are told_forms.py's case.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import (
    NO_WORD_OR_HYPHEN_BEFORE,
    iter_case_blind_after,
    opens_sentence,
)
from desktop.core.model import MentionType

_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")


def common_word_there(fact: Fact, theirs: Analysis) -> bool:
    """This one-word place is a word the other article writes only in lower case."""
    if fact.type is not MentionType.PLACE:
        return False
    word = re.sub(r"^(?:the|a|an)\s+", "", fact.text.strip(), flags=re.I)
    if not _CAPITALISED.fullmatch(word):
        return False
    text = theirs.document.text
    lower = word.lower()
    seen = False
    pattern = compiled(rf"{re.escape(word)}(?![\w-])", re.I)
    for match in iter_case_blind_after(NO_WORD_OR_HYPHEN_BEFORE, pattern, text, word):
        if match.group(0) == lower:
            seen = True
        elif not opens_sentence(text, match.start()):
            return False  # capitalised inside a sentence: a name there too
    return seen
