"""Two sides of one record: "The team won 9 of its 12 games" / "The team lost only three of its
12 games". A count of games won and a count of games lost (or of goals scored and conceded) count
two different things, however alike the sentences are, so the two never clash. So do two runs of
games on two sides of a record: "a three-game losing streak" / "an 11-game win streak"."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.games import OPPOSITE_TALLIES, RECORD_SIDE_WORDS

# The weight the slot gives a word beside the figure: the side word of a run stands there.
_BESIDE = 0.5


def won_and_lost(a: Fact, b: Fact) -> bool:
    """One figure is the count of a verb of one side of a record, the other of its opposite."""
    verbs = _main_verbs(a), _main_verbs(b)
    return any(
        (verbs[0] & pair) and (verbs[1] & pair) and not (verbs[0] & verbs[1] & pair)
        for pair in OPPOSITE_TALLIES
    )


def _main_verbs(fact: Fact) -> set[str]:
    """The slot words that weigh fully: the verb the figure counts for; and the side of the
    record a run of games beside the figure runs on ("three-game losing streak": lose)."""
    verbs = {word for word, weight in fact.slot.items() if weight >= 1.0}
    sides = {
        RECORD_SIDE_WORDS[word]
        for word, weight in fact.slot.items()
        if weight >= _BESIDE and word in RECORD_SIDE_WORDS
    }
    return verbs | sides if len(sides) == 1 else verbs
