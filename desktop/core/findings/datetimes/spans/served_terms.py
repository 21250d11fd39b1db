"""A prison term and the time served of it are two durations: "sentenced to one to three years,
with all but six months suspended" / "served four months". A term may be cut short by parole or
served in part, so neither figure contradicts the other. So are the term a prosecutor asks for
and the one the judge hands down ("prosecutors sought 12 years" / "sentenced him to nine")."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.terms import ASKING_VERBS, SERVING_VERBS, TERM_WORDS


def term_against_time_served(a: Fact, b: Fact) -> bool:
    """One duration is time served, the other a term handed down."""
    if a.counted or b.counted:
        # "she wants 1,500 seasonal workers hired" / "would hire 1,200 seasonal workers": a
        # figure that counts people or things is no term, and wanting it is no asking a court.
        return False
    if _asked(a) != _asked(b):
        return True  # "sought 12 years" / "sentenced to nine years": asked for, then given
    return (_served(a) and _term(b)) or (_served(b) and _term(a))


def _asked(fact: Fact) -> bool:
    """ "Prosecutors are seeking a sentence of 12 years": a term asked for, not handed down."""
    return any(fact.slot.get(verb, 0.0) >= _ASKED_WEIGHT for verb in ASKING_VERBS)


# The asking verb may govern the noun the figure hangs on ("seeking a sentence of 12 years"),
# a step away from the figure: half the weight of the verb it hangs on itself.
_ASKED_WEIGHT = 0.5


def _served(fact: Fact) -> bool:
    return any(fact.slot.get(verb, 0.0) >= 1.0 for verb in SERVING_VERBS)


def _term(fact: Fact) -> bool:
    return not _served(fact) and any(fact.slot.get(word, 0.0) >= 1.0 for word in TERM_WORDS)
