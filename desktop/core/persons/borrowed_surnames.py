"""The surname an article writes alone, lent to the other article's search for missed names.

An article that names "Alexya Mailea" and later writes "Mailea" alone lends both forms to the
other article, whose parser may have missed the person ("shooting at Lowery, Ferguson, Mailea
and Kim"). Which forms are lent must not depend on which article stands on the left: the parser
may have tagged the lone surname or not, and the article's own search for it runs after it lends
its names. So the lone surname is lent whenever the article writes it apart from the full name,
tagged or not, and with the given name of the full name: the search takes "Alexya Mailea" as the
same person, and "Terrell Mailea" as someone else of the family.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from desktop.core.extraction.facts import Fact

_WORD = re.compile(r"[\w-]+")


def surnames_written_alone(facts: Sequence[Fact], text: str) -> list[Fact]:
    """One lone-surname fact per full person name whose surname the text also writes without
    the name before it; a copy of the full name's fact (given name included), cut to the
    surname. Lent before the other names, so that it is the form the search keeps."""
    lent: list[Fact] = []
    seen: set[str] = set()
    counts: Counter[str] | None = None  # the text's words, counted once when a name asks
    for fact in facts:
        words = fact.text.split()
        if fact.label != "PERSON" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        surname = words[-1]
        if surname in seen or not surname[:1].isupper() or len(surname) < 3:
            continue
        seen.add(surname)
        counts = counts if counts is not None else Counter(_WORD.findall(text))
        if counts[surname] > text.count(fact.text):
            lent.append(dataclasses.replace(fact, start=fact.end - len(surname), text=surname))
    return lent
