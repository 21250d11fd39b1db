"""A figure beside a scale word is a reading on that scale: "a magnitude 6.1 earthquake", "the
5.9-magnitude quake", "a magnitude of 6.1", "6.1 on the Richter scale". The parser hangs the
figure on the noun after it ("6.1 earthquake"), so that one article's figure counts quakes and
the other's measures magnitude; both read the one scale, and compare. A reading that describes
aftershocks ("aftershocks varying from 2.8 to 3.8 on the Richter scale", "an aftershock of
magnitude 5") is theirs, never the quake's; so is a reading in a sentence that speaks of
aftershocks and names no quake ("Dozens of aftershocks followed, the strongest of magnitude
4.9"), where an elliptical superlative stands for them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.events.later_happenings import in_a_later_happening
from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.steps import LISTING_WORDS, QUAKE_STEPS

if TYPE_CHECKING:
    from desktop.core.extraction.facts import Fact

# The scale every scale word folds to (SLOT_SYNONYMS: "magnitude", "richter").
SCALE = "magnitude"
# Words that may stand between a figure and its scale word: "magnitude-6.1", "a magnitude of
# 6.1", "6.1 on the Richter scale".
_BETWEEN = frozenset({"-", "of", "on", "the"})
# How far a scale word may stand, counting only the words above.
_REACH = 3


def read_on_a_scale(fact: Fact, span: Any) -> None:
    """Give the figure its scale as what it counts and as its head slot word."""
    if not _beside_scale(span):
        return
    shocks = [t.lemma_.lower() for t in span.root.ancestors if t.lemma_.lower() in QUAKE_STEPS]
    what = (
        shocks[0]
        if shocks
        else _aftershocks_only(span) or _one_of_the_aftershocks(span) or _later_shock(span)
    ) or SCALE
    fact.counted = what
    fact.slot[what] = 1.0
    if what != SCALE:
        fact.other_event = True  # the aftershocks', set against no reading of the quake


def _aftershocks_only(span: Any) -> str:
    """The aftershock word of a sentence that names aftershocks and no quake, or ""."""
    lemmas = [t.lemma_.lower() for t in span.sent]
    if any(SLOT_SYNONYMS.get(lemma) == _QUAKE for lemma in lemmas):
        return ""
    return next((lemma for lemma in lemmas if lemma in QUAKE_STEPS), "")


def _one_of_the_aftershocks(span: Any) -> str:
    """ "has recorded more than 120 aftershocks since, including a magnitude 5.1 tremor": what
    "including" brings in is one of the things it follows, here the aftershocks, though the
    parser hangs it on the verb ("recorded") rather than on the noun it lists from. The
    aftershock word, or ""."""
    for word in span.root.ancestors:
        if word.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            continue
        if word.lower_ not in LISTING_WORDS:
            return ""
        listed = [word.head, *(c for c in word.head.children if c.dep_ in ("dobj", "nsubj"))]
        return next(
            (w.lemma_.lower() for w in listed if w.lemma_.lower() in QUAKE_STEPS and w.i < word.i),
            "",
        )
    return ""


def _later_shock(span: Any) -> str:
    """ "The quake was followed by a magnitude 4.8 tremor": a reading of a happening told after
    another is an aftershock's, whatever noun names it (events/later_happenings.py)."""
    return AFTERSHOCK if in_a_later_happening(span) else ""


# What a later shock is read as, so that "a 4.8 tremor followed" meets "a 4.8 aftershock".
AFTERSHOCK = "aftershock"


# The happening every quake word folds to (SLOT_SYNONYMS: "quake", "earthquake", "tremor").
_QUAKE = "quake"


def _beside_scale(span: Any) -> bool:
    doc = span.doc
    for step, start in ((-1, span.start - 1), (1, span.end)):
        i = start
        for _ in range(_REACH):
            if not 0 <= i < len(doc):
                break
            word = doc[i].lower_
            if SLOT_SYNONYMS.get(word) == SCALE:
                return True
            if word not in _BETWEEN:
                break
            i += step
    return False
