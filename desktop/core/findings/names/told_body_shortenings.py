"""A body the other article calls by its name shortened in lower case: "the National Flood Relief
Agency" / "national flood agency spokesman Budi Santoso".

A writer who describes a body rather than name it keeps the words that say what it is, in the
name's order, and drops the ones that narrow it down: its first word (what field or level it
belongs to) and its kind noun stay, an inner word goes ("relief"). Written in lower case, the
shortened phrase is a description of the same body, so the other article tells it and no yellow
mark says it does not. ``told_body_description`` takes the name's last words after "the"; this
one drops inner words. It must keep at least three words: "national agency" could be any.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.model import MentionType


def body_told_shortened(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes, in lower case, this organisation's first word, some of its
    inner words and its kind noun, in order, dropping at least one."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", fact.text)]
    if words and words[0] == "the":
        words = words[1:]
    if len(words) <= tuning.SHORTENED_BODY_MIN_WORDS or words[-1] not in BODY_HEADS:
        return False
    inner = "".join(rf"(?:\s+{re.escape(w)})?" for w in words[1:-1])
    pattern = rf"(?<![\w-]){re.escape(words[0])}{inner}\s+{re.escape(words[-1])}(?![\w-])"
    for match in re.finditer(pattern, theirs.document.text):  # lower case only: a description
        kept = len(match.group(0).split())
        if tuning.SHORTENED_BODY_MIN_WORDS <= kept < len(words):
            return True
    return False
