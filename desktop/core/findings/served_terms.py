"""A prison term and the time served of it are two durations: "sentenced to one to three years,
with all but six months suspended" / "served four months". A term may be cut short by parole or
served in part, so neither figure contradicts the other."""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.lexicon.terms import SERVING_VERBS, TERM_WORDS


def term_against_time_served(a: Fact, b: Fact) -> bool:
    """One duration is time served, the other a term handed down."""
    return (_served(a) and _term(b)) or (_served(b) and _term(a))


def _served(fact: Fact) -> bool:
    return any(fact.slot.get(verb, 0.0) >= 1.0 for verb in SERVING_VERBS)


def _term(fact: Fact) -> bool:
    return not _served(fact) and any(fact.slot.get(word, 0.0) >= 1.0 for word in TERM_WORDS)
