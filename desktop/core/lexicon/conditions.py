"""Words that tell how badly a victim is hurt, as hospitals and police grade it
(``victim_harms.py``): "in critical condition", "non-life-threatening injuries", "treated and
released", "pronounced dead". Lowercase.

The grades stand on one scale, so two articles are compared at the precision both give:
"critical" and "life-threatening" are one grade; "serious" lies next to either end and is set
against neither; "critical" against "stable" is a contradiction, unless one article tells the
change.
"""

from __future__ import annotations

DEAD, CRITICAL, SERIOUS, STABLE = 4, 3, 2, 1
GRADE_NAMES = {DEAD: "dead", CRITICAL: "critical", SERIOUS: "serious", STABLE: "stable"}

# A grade word and the nouns or participles that make it a condition ("critical condition",
# "critically injured"): the word alone may grade something else ("a critical moment").
CONDITION_ADJECTIVES: dict[str, int] = {
    "critical": CRITICAL, "grave": CRITICAL, "life-threatening": CRITICAL,
    "serious": SERIOUS,
    "stable": STABLE, "fair": STABLE, "good": STABLE, "non-life-threatening": STABLE,
    "minor": STABLE,
}  # fmt: skip
CONDITION_ADVERBS: dict[str, int] = {
    "critically": CRITICAL, "gravely": CRITICAL, "mortally": CRITICAL, "seriously": SERIOUS,
    "fatally": DEAD,
}  # fmt: skip
CONDITION_NOUNS = frozenset(
    ["condition", "conditions", "injury", "injuries", "wound", "wounds", "injured", "wounded",
     "hurt", "shot", "hospitalized"]
)  # fmt: skip
# Words that turn the grade after them round: "not life-threatening", "non-life threatening".
NEGATIONS = frozenset(["not", "non", "non-"])
# Phrases of the grades they tell, as lowercase word runs. A victim "expected to survive" is out
# of danger or near it, never graded "critical" for sure ("critical but expected to survive").
_SURVIVES = frozenset([SERIOUS, STABLE])
CONDITION_PHRASES: dict[tuple[str, ...], frozenset[int]] = {
    ("treated", "and", "released"): frozenset([STABLE]),
    ("pronounced", "dead"): frozenset([DEAD]),
    ("died",): frozenset([DEAD]),
    ("dies",): frozenset([DEAD]),
    ("succumbed",): frozenset([DEAD]),
    ("fighting", "for", "his", "life"): frozenset([CRITICAL]),
    ("fighting", "for", "her", "life"): frozenset([CRITICAL]),
    ("expected", "to", "survive"): _SURVIVES,
    ("expected", "to", "recover"): _SURVIVES,
    ("expected", "to", "live"): _SURVIVES,
}
# What a phrase of survival tells after "not": "is not expected to survive".
NOT_SURVIVING = frozenset([CRITICAL])
# Words by which an article tells the grade changed: the two grades are two moments, not a
# contradiction ("was upgraded to stable condition", "has since improved", "later died").
CHANGE_WORDS = frozenset(
    ["upgraded", "downgraded", "improved", "improving", "worsened", "deteriorated", "later",
     "subsequently", "eventually", "initially", "originally"]
)  # fmt: skip
# Words that date a grade to the time of writing: a grade from another day may be an update.
NOW_WORDS = frozenset(["now", "currently", "still", "remains", "remained"])
# Words that join two grades into one range: "critical but stable", "serious-to-critical".
GRADE_LINKS = frozenset(["but", "to", "and", "or", "yet"])
# The words that may stand between a condition noun and the grade said of it: "injuries were
# not considered life-threatening", "condition is listed as critical".
PREDICATE_WORDS = frozenset(
    ["is", "are", "was", "were", "been", "be", "not", "n't", "considered", "believed", "thought",
     "deemed", "described", "listed", "as", "remains", "remained", "appear", "appeared", "to",
     "said", "initially", "also"]
)  # fmt: skip
