"""Words of a cause of death ("died of pneumonia", "died from a heart attack"). Lowercase."""

from __future__ import annotations

# The verb "die" as written: "the death of John Smith" names whose death, not its cause.
DIE_FORMS = frozenset(["die", "died", "dies", "dying"])
# Prepositions after "died" that open its cause.
CAUSE_PREPOSITIONS = frozenset(["of", "from"])
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
