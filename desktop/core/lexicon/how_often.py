"""Words that say how many times an act was done: "shot twice", "stabbed him three times".
Lowercase."""

from __future__ import annotations

# Adverbs of how often, as a count of times. Not "once": it is as often a conjunction ("once
# the police arrived") or a time ("once a star") as a count.
HOW_OFTEN_WORDS: dict[str, float] = {"twice": 2.0, "thrice": 3.0}
# Words after "twice" or "three times" that make it a ratio or a rate, no count of acts: "twice
# as many", "three times the size", "twice a week", "three times more", "twice daily".
NOT_HOW_OFTEN_AFTER = frozenset(
    ["as", "the", "a", "an", "per", "each", "every", "more", "less", "that", "than", "what",
     "higher", "larger", "bigger", "greater", "faster", "longer", "daily", "weekly", "monthly",
     "yearly", "annually", "over", "his", "her", "their", "its", "our", "my", "your"]
)  # fmt: skip
# "Once" is a count of times only right after its verb and before a pause or a preposition
# ("shot once in the leg", "stabbed him once, police said"): before a clause it is a
# conjunction ("fled once the police arrived"), before a verb or after "was" it means formerly
# ("once worked", "was once a star"), and "once again" or "once more" is a repeat.
ONCE_BEFORE = frozenset(
    [",", ".", ";", ":", "in", "on", "at", "by", "and", "but", "with", "through", "from", "near",
     "during", "into", "inside", "outside", "before", "after"]
)  # fmt: skip
# An object pronoun may stand between the verb and its count ("stabbed her twice").
OBJECT_PRONOUNS = frozenset(["him", "her", "them", "it", "me", "us", "you"])
# Hedges that may open a count of times ("at least three times", "more than 20 times").
TIMES_HEDGES = frozenset(["at", "least", "more", "than", "about", "nearly", "almost", "some"])
# Words after a count of times that bound it to a span ("arrested three times since October",
# "twice this year", "four times in the past decade"): a count within a span is no count of all
# the acts, so it is set against no other.
SPAN_OPENERS = frozenset(
    ["since", "this", "last", "over", "during", "within", "so", "before", "previously", "already",
     "between", "from", "until", "till", "in", "that"]
)  # fmt: skip
# ... after "in", only these open a span ("in the past", "in recent years", "in 2008"): "shot
# three times in the chest" says where.
SPAN_AFTER_IN = frozenset(["the past", "recent", "past", "the last", "the first"])
# Words that give a count of times vaguely ("shot several times", "stabbed multiple times"), as
# the spans of counts they allow: a police statement withholds the exact count of shots another
# article gives, so "three times" is no fact the first lacks. "Multiple" and "numerous" say more
# than one, with no top.
VAGUE_TIMES: dict[str, tuple[float, float]] = {
    "several": (3.0, 9.0),
    "multiple": (2.0, float("inf")),
    "numerous": (2.0, float("inf")),
    "repeatedly": (2.0, float("inf")),
}
# A count of shots or rounds after a firing verb is a count of times the gun was fired: "fired
# six shots" says what "fired six times" says (findings/counts/how_often.py). The verb's forms as
# written (the lemma of "fired" is not always "fire"); "shot" is left out ("shot two rounds of
# golf"), as are "let off" and other phrasal verbs.
SHOT_NOUNS = frozenset(["shots", "rounds", "bullets"])
FIRED_COUNT_VERBS = frozenset(["fire", "fired", "fires", "firing", "discharged", "unleashed"])
