"""Words of a cause of death ("died of pneumonia", "died from a heart attack"). Lowercase."""

from __future__ import annotations

# The verb "die" as written: "the death of John Smith" names whose death, not its cause.
DIE_FORMS = frozenset(["die", "died", "dies", "dying"])
# Prepositions after "died" that open its cause.
CAUSE_PREPOSITIONS = frozenset(["of", "from"])
# careers39: words that may stand between "died" and its cause's preposition without opening
# another phrase: "died Wednesday of pancreatic cancer", "died on Friday of a stroke", "died at
# his home of cancer". "After", "in" or a figure open a phrase of their own and end the search.
CAUSE_GAP_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "tonight", "on", "at", "his", "her", "their", "home", "early", "late", "last",
     "morning", "afternoon", "evening", "night", "suddenly", "peacefully", "unexpectedly"]
)  # fmt: skip
# How many such words may stand there: "died at his home of", "died early Sunday morning of".
CAUSE_GAP = 3
# Words that open the cause's noun phrase without saying what it is.
CAUSE_OPENERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "apparent"])
# Causes said in general words, which a named illness or injury may be a case of: "died of his
# injuries" / "died of gunshot wounds", "natural causes" / "a heart attack", "complications" of
# anything. Set against no other cause.
GENERAL_CAUSES = frozenset(
    ["complication", "injury", "wound", "cause", "illness", "disease", "condition", "ailment",
     "effect", "trauma", "problem", "issue", "failure", "illnesses", "injuries", "wounds",
     "causes", "complications", "sickness", "disorder", "infection", "related"]
)  # fmt: skip
