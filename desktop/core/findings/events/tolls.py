"""Which toll of the story a figure counts: the dead, the injured, the arrested.

A story has one count of its dead wherever it is told, and a count of its dead says nothing about
its injured; a measure ("30 years behind bars for killing his wife") counts no people at all.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon import COUNT_SLOTS
from desktop.core.lexicon.counted_nouns import PEOPLE_TOLLS


def is_age(fact: Fact) -> bool:
    """The figure is someone's age ("Smith, 25"): years of a life, never a toll's count."""
    return fact.slot.get("age", 0.0) >= 1.0


def different_counts(a: Fact, b: Fact) -> bool:
    """Each figure hangs on a word of a different toll: the dead against the injured, the
    arrested against the evacuated. "Ten were killed and about 50 hurt" gives two counts, and
    neither says anything about the other."""
    tolls_a = {w for w, weight in a.slot.items() if weight >= 1.0} & COUNT_SLOTS
    tolls_b = {w for w, weight in b.slot.items() if weight >= 1.0} & COUNT_SLOTS
    return bool(tolls_a) and bool(tolls_b) and not tolls_a & tolls_b


def same_toll(a: Fact, b: Fact) -> bool:
    """Both figures count one toll of the story, each hanging on its word ("killing five" /
    "Eight people were killed"): a story has one count of its dead, wherever it is told. Parts
    of a group ("one of the five"), ages and figures of another event never count here."""
    if a.number is None or b.number is None or a.part or b.part or is_age(a) or is_age(b):
        return False
    tolls_a = {w for w, weight in a.slot.items() if weight >= 1.0} & COUNT_SLOTS
    tolls_b = {w for w, weight in b.slot.items() if weight >= 1.0} & COUNT_SLOTS
    return len(tolls_a) == 1 and tolls_a == tolls_b


def one_toll_told(a: Fact, b: Fact) -> bool:
    """Both figures are said of the same toll, however loosely the words hang on them ("killing six
    people" / "nine people were reported dead", "injuring 20" / "left 25 injured"): each names the
    one toll among its context words, and neither another one. Two figures of the same counted noun
    ("five buildings away" / "three houses from the scene") count the same thing. Figures of no toll
    count the same thing when they hang on the same word."""
    if a.number is None or b.number is None or a.part or b.part or is_age(a) or is_age(b):
        return False
    if a.counted and a.counted == b.counted:
        return True  # "arrested five buildings away" / "three houses from the scene"
    tolls_a, tolls_b = tolls_told(a), tolls_told(b)
    if tolls_a or tolls_b:
        return len(tolls_a) == 1 and tolls_a == tolls_b
    # No toll: "carrying 3,000 passengers" / "with 4,000 passengers aboard" count the same noun.
    return bool(nouns_counted(a) & nouns_counted(b))


def tolls_told(fact: Fact) -> set[str]:
    """The tolls among a figure's context words; "lost their lives", "claimed the lives of"
    and "took the lives of" tell of deaths."""
    tolls = set(fact.slot) & COUNT_SLOTS
    if "life" in fact.slot and fact.slot.keys() & _LIFE_TAKING:
        tolls.add("death")
    if fact.number is not None and fact.number.dimension not in _HEAD_COUNTS:
        # "30 years behind bars for killing his wife", "$2 million in damage from the fire
        # that killed three": a measure counts no people, whatever harm stands near it.
        tolls -= PEOPLE_TOLLS
    return tolls


# Dimensions of figures that may count people: plain counts, shares of them, places in a row.
_HEAD_COUNTS = frozenset({"", "percent", "rank", "tally"})


# Verbs that make "life" a death: "lost their lives", "claimed/took the lives of".
_LIFE_TAKING = frozenset({"lose", "claim", "take"})


def nouns_counted(fact: Fact) -> set[str]:
    """The words a figure hangs on most closely (weight 1.0: its head, its verb, its noun)."""
    return {w for w, weight in fact.slot.items() if weight >= 1.0}
