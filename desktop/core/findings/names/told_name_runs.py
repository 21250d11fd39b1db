"""A name the tagger ran on into the common words after it: "BBC sci-fi" cut from "the new star
of BBC sci-fi series Night Watch", "a Kestrel island", "the Tass news agency".

A name is written with capitals; the lower-case words after it are no part of it but what it
qualifies ("sci-fi series"). The name proper is the capitalised words before them, and the
other article tells it when it gives that name ("the BBC announced"). Where the other article
never names it, the mark stays.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import fold

_RUN_ON = frozenset({MentionType.ORGANISATION, MentionType.PLACE})


def name_before_common_words(fact: Fact, theirs: Analysis) -> bool:
    """The name's capitalised words, without the lower-case words the tagger ran on into, are
    a name the other article gives."""
    if fact.type not in _RUN_ON:
        return False
    words = fact.text.split()
    kept = len(words)
    while kept and words[kept - 1].islower():  # "iPhone" is a name, "sci-fi" is not
        kept -= 1
    if kept in (0, len(words)):
        return False  # all lower case, or no common word after the name
    head = fold(" ".join(words[:kept]))
    if len(head.replace(" ", "")) < 2:
        return False
    names = theirs.derived(
        "told_name_runs.names",
        lambda a: frozenset(fold(f.text) for f in a.facts if f.type in NAME_TYPES),
    )
    return head in names
