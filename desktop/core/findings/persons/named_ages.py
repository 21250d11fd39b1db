"""An age its construction gives to a named person ("killed 16-year-old Christian Bandemer",
"Bandemer died at 16") still agrees with the other article's unnamed description of the same age
("A 16-year-old boy was killed"): the one figure in two matching sentences. It never clashes with
one: a story may age several people, and nothing says the description is of the named one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.claims import Relation, is_age, relation


def unnamed_same_age(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    if not (is_age(a) and is_age(b)) or bool(a.owner) == bool(b.owner):
        return None
    named = a if a.owner else b
    if named.life_age is None:
        return None  # "Smith, 16" beside the name: its agreements stay as they were
    bare = replace(named, owner="")
    rel = relation(bare, b, refs) if named is a else relation(a, bare, refs)
    return Relation.SAME if rel is Relation.SAME else None
