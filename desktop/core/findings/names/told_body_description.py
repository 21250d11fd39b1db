"""A body the other article names by a description in lower case: "the National Weather Service"
/ "the weather service", "the Iraqi Interior Ministry" / "the interior ministry".

A definite description made of the name's last words, ending on the noun that says what kind of
body it is, picks out the body the story is about: the other article tells it, so no yellow mark.
At least one leading word must be dropped (else the name itself is written) and at least the
field and the kind must stay ("the service" alone could be any service).
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.model import MentionType

_MIN_WORDS = 2  # the field and the kind of body: "weather service"


def body_told_by_description(fact: Fact, theirs: Analysis) -> bool:
    """This organisation's name, less its first words, stands in the other article after "the"."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = re.findall(r"[A-Za-z]+", fact.text)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) <= _MIN_WORDS or words[-1].lower() not in BODY_HEADS:
        return False
    text = theirs.document.text
    for size in range(_MIN_WORDS, len(words)):
        tail = r"\s+".join(re.escape(w.lower()) for w in words[-size:])
        for match in re.finditer(rf"\bthe\s+({tail})\b", text, re.I):
            if match.group(1)[0].islower():  # a description, not the name written in full
                return True
    return False
