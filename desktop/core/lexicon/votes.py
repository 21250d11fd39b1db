"""Words of a vote or a ruling: a sentence with one of them that writes two figures joined by a
dash ("passed the Senate 68-32", "ruled 5-4", "a 6-3 decision") gives the vote's tally."""

from __future__ import annotations

# Lemmas, as the parser gives them.
VOTE_WORDS = frozenset(
    ["vote", "ruling", "rule", "decision", "pass", "approve", "reject", "confirm", "acquit",
     "convict", "verdict", "ballot", "senate", "house", "justice", "juror", "jury", "majority",
     "split", "impeach", "override"]
)  # fmt: skip
