"""Words that name an act and what counts its times: "married twice", "her third marriage",
"her third husband". Lowercase lemmas."""

from __future__ import annotations

# Endings that make a noun of a verb: "marriage" of "marry", "conviction" of "convict",
# "appearance" of "appear", "nomination" of "nominate". Longest first.
NOUN_ENDINGS = ("ation", "ance", "ence", "ment", "age", "ion", "al")
# A stem shorter than this is no verb: "al" off "legal" leaves "leg".
MIN_STEM = 4
# Nouns that each count one act of a verb they do not spell: a third husband is a third
# marriage.
NOUN_ACTS = {"husband": "marry", "wife": "marry", "spouse": "marry"}
# The auxiliaries between a subject and its verb: "Page had been married three times".
AUXILIARIES = frozenset(
    ["was", "were", "is", "are", "had", "has", "have", "been", "be", "got", "get"]
)
# ... of which these make a passive: "Smith was shot twice" is no "Smith shot twice".
PASSIVE_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "be", "got", "get"])
# Verbs whose participle after "be" tells the subject's own state, no passive: "Page was married
# three times" is "Page married three times".
STATE_VERBS = frozenset(["marry", "divorce", "engage", "widow", "remarry"])
# The possessives that say whose act an ordinal counts: "her third marriage".
POSSESSIVES = frozenset(["her", "his"])
# Pronouns that stand for a subject named before: "she married twice".
SUBJECT_PRONOUNS = frozenset(["she", "he"])
# Words that may stand before an ordinal whose noun is left out, after the same sentence named it
# with another ordinal: "her second marriage failed, as did a third", "... and then the third".
ELIDED_ORDINAL_DETERMINERS = frozenset(["a", "the", "another"])
# ... and the words after the ordinal that make it no elided noun: "a third of her savings" is a
# fraction, not a third marriage.
NOT_ELIDED_AFTER = frozenset(["of"])
