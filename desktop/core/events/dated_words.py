"""The word a date or time hangs on in the parse, past the parts of the day and prepositions.

"arrested on Monday", "said Saturday night", "pronounced dead at 5:24 p.m. Saturday": the verb
(or noun) the day dates. Read by ``event_ties`` (a day of saying, a birthday) and
``later_steps`` (a day of a later step).
"""

from __future__ import annotations

from typing import Any


def dated_verb(span: Any) -> Any:
    """The word a date or time hangs on, past the parts of the day and the prepositions around
    it: "arrested on Monday", "said Saturday night", "pronounced dead at 5:24 p.m. Saturday"."""
    return dated_path(span)[0]


def dated_path(span: Any) -> tuple[Any, bool]:
    """The word a date hangs on, and whether a preposition stands between ("on Monday")."""
    head = span.root.head
    through_preposition = False
    for _ in range(3):
        if head.dep_ == "prep" or head.pos_ == "ADP":
            through_preposition = True
            head = head.head
        elif head.ent_type_ in ("DATE", "TIME") and head.head.i != head.i:
            head = head.head
        elif head.lemma_.lower() == "time" and head.dep_ == "pobj":
            # "faced a judge for the first time Wednesday": "time" is no happening; the day the
            # parser hung on it dates the verb the phrase qualifies, as if next to it.
            head = head.head.head
        elif through_preposition and head.dep_ in SUBJECTS and head.head.i != head.i:
            # "A jury on Thursday convicted ...": the parser hangs the day on the subject, but
            # a day set after the subject dates what the subject did.
            head = head.head
        else:
            break
    return head, through_preposition


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
