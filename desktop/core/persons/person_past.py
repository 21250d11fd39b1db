"""A fate told of another, earlier event: "her husband, Michael Lee, was murdered at a club in
2005". The story's own event happens in the year it is reported; a death or wound the clause
dates to an earlier year is a past event of the person's life, never what befell them in this
one, and is not set against this story's fate of a person of that name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.core.model import PersonAttribute

# A year as written: 1800-2099.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def past_fates(
    attributes: Sequence[PersonAttribute], doc: Any, reference: date | None
) -> list[PersonAttribute]:
    """The attributes without the fates whose verb is dated to a year before the reference."""
    if reference is None:
        return list(attributes)
    return [
        a for a in attributes if a.kind != "status" or not _dated_before(a, doc, reference.year)
    ]


def _dated_before(attribute: PersonAttribute, doc: Any, year: int) -> bool:
    span = doc.char_span(attribute.start, attribute.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = span.root
    # "was murdered at Club 502 in 2005", "was killed in a 2005 shooting": the verb's own
    # phrases, one preposition deep, not the years of other clauses of the sentence.
    words = []
    for child in verb.children:
        if child.dep_ == "npadvmod":
            words.append(child)
        elif child.dep_ == "prep":
            for obj in (o for o in child.children if o.dep_ == "pobj"):
                words += [obj, *obj.children]
    return any(_YEAR.fullmatch(w.text) and int(w.text) < year for w in words)
