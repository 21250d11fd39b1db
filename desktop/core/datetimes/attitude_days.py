"""A day held by a verb of attitude dates the happening its complement tells.

"On Friday, the singer apparently felt she needed to be checked in": the parser hangs
"Friday" on "felt", but feeling and needing are no happenings a report dates; the checking in is.
So the day's slot also takes the complement's verb, as if the sentence said "was checked in on
Friday", and a day the other article gives the checking in can be set against it. The descent
stops at a complement that holds a time of its own ("felt on Friday that he would leave next
week") or a modal that puts it ahead ("seemed to say he would resign"): that complement is not
dated by the day above it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.lexicon.attitude_verbs import ATTITUDE_VERBS

# Complements of a verb: "felt [she needed ...]", "needed [to be checked in]".
_COMPLEMENTS = ("xcomp", "ccomp")
# Words that put a complement ahead of the day above it.
_AHEAD = frozenset({"will", "would", "shall", "should", "could", "might", "may", "must"})
# The labels of words that tell a time of their own.
_TIMES = ("DATE", "TIME")


def with_attitude_complement(
    words: dict[str, float], span: Any, slot_word: Callable[[str], str]
) -> None:
    """Add to a day's slot the verb of the happening an attitude verb above it introduces."""
    if span.root.ent_type_ != "DATE":
        return
    verb = _verb_above(span.root)
    if verb is None or verb.lemma_.lower() not in ATTITUDE_VERBS:
        return
    while verb is not None and verb.lemma_.lower() in ATTITUDE_VERBS:
        verb = _complement(verb)
    if verb is not None:
        words[slot_word(verb.lemma_)] = 1.0


def _verb_above(token: Any) -> Any | None:
    """The verb the date is an adverbial of: "felt ... on Friday", "Friday, she felt". A date
    inside a noun phrase ("a Christmas party") dates that noun, not the verb above it."""
    above = token.head
    if above.dep_ == "prep" and above.i != above.head.i:
        above = above.head
    return above if above.pos_ == "VERB" and above.i != token.i else None


def _complement(verb: Any) -> Any | None:
    """The verb of the complement clause, when the day above dates it: none of its own words
    tells another time or puts it ahead."""
    for child in verb.children:
        if child.dep_ not in _COMPLEMENTS or child.pos_ != "VERB":
            continue
        if any(t.ent_type_ in _TIMES or t.lower_ in _AHEAD for t in child.subtree):
            return None
        return child
    return None
