"""Words that tell whether anyone was arrested for the happening a story tells
(findings/events/arrests_made.py): "No arrests have been made" / "A suspect was arrested".
Lowercase."""

from __future__ import annotations

# Who "no" denies was arrested: "no one has been arrested", "no suspects are in custody".
NOBODY = frozenset(["no one", "no-one", "nobody", "no suspect", "no suspects"])
ARRESTED_WORDS = frozenset(["arrested", "in custody", "taken into custody", "detained"])
# Words of a sentence that put an arrest at another time than the story's: a suspect's record
# ("had been arrested in 2015", "was previously arrested") is not this arrest.
PAST_ARREST_WORDS = frozenset(
    ["previously", "before", "prior", "earlier", "history", "record", "past", "once", "had"]
)
# Words that turn an arrest into none: "has not been arrested", "no one was arrested", "could be
# arrested".
NOT_WORDS = frozenset(
    ["not", "n't", "no", "never", "nobody", "if", "could", "would", "may", "might", "until",
     "unless", "before", "without", "whether"]
)  # fmt: skip
