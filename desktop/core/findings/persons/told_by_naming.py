"""A count of people the other article tells by naming them: "Two men were shot dead" / "Police
named the dead men as Carl Lee, 31, and John Smith, 24".

Listing the people a count counts gives that count: two names beside a word for the same harm
("dead", "killed", "wounded", "arrested") tell "two" of it. Only small counts (a list a reporter
writes out) and only where the other sentence speaks of the same harm, so two people who merely
met ("Lavrov and Clinton held talks") tell no toll.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.model import MentionType

# The longest list of names a report writes out for a count; a larger toll is given as a figure.
_MOST_NAMED = 6
_SHOT = "shoot"
# The counts a list of names can give: people harmed or held. "Two Russian soldiers" counts a
# kind of people, and two names beside "peacekeepers" in the other article need not be them.
_HARMS = frozenset(["death", "injury", "shoot", "arrest", "missing"])
_SHOT_HARMS = frozenset(["death", "injury"])


def _harm(word: str) -> str:
    """The count a word speaks of: "killed" and "dead" of deaths, "shot" (a headline's past
    participle) of the shot."""
    return _SHOT if word == "shot" else SLOT_SYNONYMS.get(word, word)


def count_told_by_naming(fact: Fact, theirs: Analysis) -> bool:
    """The other article names exactly this many people in one sentence about the same harm."""
    number = fact.number
    if number is None or not number.exact or number.dimension or fact.other_event:
        return False
    if not number.low.is_integer() or not 2 <= number.low <= _MOST_NAMED:
        return False
    harms = {_harm(w) for w, weight in fact.slot.items() if weight >= 1.0} & _HARMS
    if not harms:
        return False
    if _SHOT in harms:
        harms |= _SHOT_HARMS  # "Two shot": the two named dead, or wounded, are the two shot
    named = theirs.derived("told_by_naming.people", _people_per_sentence)
    for sentence, people in named.items():
        if len(people) != int(number.low):
            continue
        if any(_harm(w) in harms for w in theirs.sentence_words[sentence]):
            return True
    return False


def _people_per_sentence(analysis: Analysis) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for fact in analysis.facts:
        if fact.type is MentionType.PERSON:
            found.setdefault(fact.sentence, set()).add(fact.key)
    return {sentence: frozenset(keys) for sentence, keys in found.items()}
