"""Nouns for a kind of inhabited place: "the villages of Tonban and Kalat" names villages."""

from __future__ import annotations

# Lemmas, lower case. Only kinds of settlement or area a name of one's own is given to; "state"
# is left out ("a state of emergency"), as are words for buildings ("the offices of Smith").
SETTLEMENT_NOUNS = frozenset(
    ["village", "town", "city", "hamlet", "province", "district", "island", "county", "suburb",
     "neighbourhood", "neighborhood", "borough", "municipality", "township", "region", "port"]
)  # fmt: skip

# Last words of a natural place's own name: "Snoqualmie Pass", "Harlan Creek", "Qeshm Island".
# Words that are also common surnames or firms' last words ("Hill", "Lake", "Bay", "River",
# "Valley") are left out: "Ricki Lake" is a person.
LANDFORM_TAILS = frozenset(
    ["pass", "creek", "canyon", "gulch", "glacier", "strait", "peninsula", "island", "islands",
     "bayou", "gorge", "volcano"]
)  # fmt: skip
# Last words of a settlement's own name that tell it was founded, not born: "Matanuska Colony",
# "Plymouth Colony". A colony is a place and its settlers, never one person.
SETTLEMENT_TAILS = frozenset(["colony", "settlement"])
