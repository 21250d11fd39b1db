"""Words that negate a clause from its subject: "no other offer was", "none of the teams offered"
(core/figures/ranges/negated_bounds.py). The verb's own "not" / "n't" is read from the parse."""

from __future__ import annotations

# A subject that is itself a negation.
NEGATIVE_SUBJECTS = frozenset(["none", "nobody", "nothing", "neither"])
# A determiner that negates its noun, and so the clause of which that noun is the subject.
NEGATIVE_DETERMINERS = frozenset(["no", "neither"])
