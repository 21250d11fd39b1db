"""Words of a witness's own account of what they perceived
(``findings/counts/witness_counts.py``)."""

from __future__ import annotations

# "he heard about 20 shots", "she saw three men", "a neighbor counted nine shots": the figure is
# what that person perceived. Forms as written (the findings stage reads words, not lemmas).
PERCEPTION_VERBS = frozenset(
    ["heard", "hear", "hears", "hearing", "saw", "see", "sees", "seen", "counted", "count",
     "counts", "noticed", "watched", "recalled", "remembered"]
)  # fmt: skip
# Pronouns that name a perceiver by sex: "he heard" and "she heard" are two people. "I" and
# "they" are left out: a quote's "I heard" may be the "he" of the same witness told indirectly.
SEXED_PRONOUNS = {"he": "he", "she": "she", "him": "he", "her": "she"}
# gvc20: the pronouns of a quoted witness's own account, '"I heard five shots," said Ana Ruiz',
# '"We heard about 10 gunshots," said Ruiz': the perceiver is the person the sentence quotes.
SPEAKER_PRONOUNS = frozenset(["i", "we"])
# Words that join a perception verb to the clause before it, whose subject it shares: "I looked
# out the window and saw two men", "she ran outside and then heard three more shots".
COORDINATORS = frozenset(["and", "then"])
