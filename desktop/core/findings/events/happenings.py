"""The happening a verb or its noun names: "shooting" and "shot", "struck" and "hit".

A gerund names its verb's happening ("the shooting" / "shot ... on Friday"); the verbs a reporter
uses for one happening fold to one word (``lexicon.happenings``); the words that name a count's
toll fold as everywhere else (``SLOT_SYNONYMS``: "killing" and "dead" both speak of deaths).
"""

from __future__ import annotations

from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.happenings import HAPPENING_VERBS

_GERUND = "ing"
# A stem shorter than this is a word of its own: "sing", "ring" are no gerunds of "s", "r".
_STEM_MIN = 3


def happening(word: str) -> str:
    """One word for the happening a slot word (a lemma) names."""
    if word.endswith(_GERUND) and len(word) - len(_GERUND) >= _STEM_MIN:
        word = word[: -len(_GERUND)]
    word = HAPPENING_VERBS.get(word, word)
    return SLOT_SYNONYMS.get(word, word)


def dated_happenings(slot: dict[str, float], own_words: str) -> frozenset[str]:
    """The happenings a value's head words name: the words its slot weighs most, less the
    value's own words ("today" weighs as much as "begun" in "today ... has begun to repair")."""
    own = set(own_words.lower().split())
    return frozenset(happening(w) for w, weight in slot.items() if weight >= 1.0 and w not in own)


def two_happenings(a: tuple[dict[str, float], str], b: tuple[dict[str, float], str]) -> bool:
    """Each value hangs on a word of its own, and the two name two happenings ("today the
    administration has begun to repair the damage" / "On March 3, Obama directed the departments
    to review it"): a date of each, not one date told twice. Each pair is a slot and the value's
    own words."""
    ours, theirs = dated_happenings(*a), dated_happenings(*b)
    return bool(ours) and bool(theirs) and not ours & theirs
