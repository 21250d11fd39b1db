"""Words that open an adjunct of time or cause: the scene a sentence's main clause is set in
("... were shuttered as union members rallied before a vote", "Workers ran screaming after a
gunman opened fire", "When he was arrested, police found ..."). Used by
findings/sentences/scene_clauses.py."""

from __future__ import annotations

SCENE_OPENERS = frozenset(
    ["as", "after", "when", "because", "since", "before", "until", "while", "whereas",
     "although", "though", "once"]
)  # fmt: skip
# "as" opens no clause in "such as", "as well as", "as a precaution", "as of Monday",
# "as many as": the word before it or the word after it says so.
AS_NOT_CLAUSE_BEFORE = frozenset(["such", "well", "same", "so", "just", "soon", "long", "far"])
AS_NOT_CLAUSE_AFTER = frozenset(
    ["a", "an", "well", "of", "many", "much", "far", "long", "soon", "part", "if", "though",
     "to", "for", "such", "much", "little", "few"]
)  # fmt: skip
