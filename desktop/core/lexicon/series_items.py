"""Nouns for one work of a series, picked out by an ordinal: "the second book in the trilogy"
(``findings/events/series_items.py``)."""

from __future__ import annotations

# A work that comes in a numbered series; "the first book" and "the second book" are two works.
# Floors, rounds and days are left out: they are where or when one happening took place, and two
# ordinals of them may tell that one happening two ways. So is "season": "his fourth season as
# coach" / "his first season as coach" rank one tenure's current season, one thing told two ways.
SERIES_WORKS = frozenset(
    [
        "book",
        "novel",
        "film",
        "movie",
        "instalment",
        "installment",
        "volume",
        "episode",
        "album",
        "chapter",
        "sequel",
    ]
)
# Ordinals that pick a member of a series.
ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "last",
        "final",
        "latest",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "5th",
    ]
)
