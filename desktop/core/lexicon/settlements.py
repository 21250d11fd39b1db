"""Nouns for a kind of inhabited place: "the villages of Tonban and Kalat" names villages."""

from __future__ import annotations

# Lemmas, lower case. Only kinds of settlement or area a name of one's own is given to; "state"
# is left out ("a state of emergency"), as are words for buildings ("the offices of Smith").
SETTLEMENT_NOUNS = frozenset(
    ["village", "town", "city", "hamlet", "province", "district", "island", "county", "suburb",
     "neighbourhood", "neighborhood", "borough", "municipality", "township", "region", "port"]
)  # fmt: skip
