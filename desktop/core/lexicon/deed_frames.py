"""The words that make a count and its noun the object of a deed told in the passive: "four
bombs were dropped", "13 people had been injured" count what "dropped four bombs" and "injured
13 people" count (findings/counts/deed_counts.py). Lowercase word forms."""

from __future__ import annotations

# The forms of "be" that carry a passive participle after its subject.
PASSIVE_BE = frozenset(["was", "were", "is", "are", "been", "be", "being"])
# Perfect and modal auxiliaries that may stand before that "be": "had been", "will be".
PASSIVE_LEADS = frozenset(["has", "have", "had", "will", "would", "may", "might", "could"])
# Harms whose verb tells what befell the people counted before it even with no "be": a headline's
# "13 people injured", "two people died". Other verbs after a count tell what the people did
# ("five people saw the gunman"). The happenings as findings/events/happenings.py folds them.
HARM_HAPPENINGS = frozenset(["death", "injury"])
# Words that open a verb's object: after "Two men killed" they make the men the doers.
OBJECT_OPENERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "him", "them", "one", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "another"]
)  # fmt: skip
# Prepositions that make a count the object of a phrase, not the subject of the passive after
# it: "buildings in seven villages were destroyed" tells of buildings, not of seven villages.
# Bound words ("over", "about") are left out: they open the count itself ("over 50 people").
PHRASE_PREPOSITIONS = frozenset(
    ["in", "of", "at", "on", "from", "to", "for", "with", "by", "among", "across", "into",
     "near", "including", "between", "throughout", "inside", "within"]
)  # fmt: skip
