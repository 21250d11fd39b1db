"""Nouns too bare to say which group a count is of (findings/counted_nouns.py).

"three people were shot" and "six people were evacuated" count two groups of one story: a bare
noun for anyone says nothing of which. A noun that names the group's part in the story does
("victims", "hostages", "pirates", "homes"). Lemmas, as the parser gives them.
"""

from __future__ import annotations

BARE_COUNTED_NOUNS = frozenset(
    ["people", "person", "man", "woman", "individual", "adult", "other", "one", "thing", "co",
     "member", "case", "time", "way"]
)  # fmt: skip
