"""The words by which one speaker speaks of himself or herself alone."""

from __future__ import annotations

# The first person singular, in the forms a quote writes it: "I think ...", "told me", "my
# friend", "I'm". Only one person says these of themselves; a body speaks as "we" or in the
# third person ("the company said it would ..."), so a speaker whose quote says them is a person.
FIRST_PERSON_SINGULAR = frozenset(
    ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll"]
)
