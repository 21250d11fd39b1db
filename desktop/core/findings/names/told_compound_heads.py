"""A team or a firm the other article calls by the head of its name, or names in full where
this one calls it by the head: "the Portland Trailblazers" / "the Blazers", "the Philadelphia
76ers" / "the Sixers" (the forms: ``naming.compound_heads``). One body named two ways, so no yellow
mark says the other article never names it. Both must be names of bodies: a head that happens to end
a person's, a place's or a people's name ("Pines", "Ricks", "Ricans") tells no team. (Measured:
letting a name the small model types a people, "the Niners", count as a team lost a gold
one-sided fact of the check group.)"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType
from desktop.core.naming.compound_heads import heads
from desktop.core.naming.names import bare_name


def compound_head_told(fact: Fact, theirs: Analysis) -> bool:
    """The other article calls this body by its head ("Trailblazers" / "Blazers"), or names it
    in full where this one gives the head ("Sixers" / "76ers")."""
    if fact.type is not MentionType.ORGANISATION:
        return False  # a people's name ("Americans") ends in other words by chance
    words = bare_name(fact.text).split()
    if not words:
        return False
    mine = heads(words[-1])
    short = words[0].lower() if len(words) == 1 else None
    return any(last in mine or short in hs for last, hs in _bodies(theirs))


def _bodies(analysis: Analysis) -> list[tuple[str, frozenset[str]]]:
    """The last word of each body's name in the article, lower case, with its heads; read once."""

    def read(a: Analysis) -> list[tuple[str, frozenset[str]]]:
        lasts = {
            bare_name(f.text).split()[-1].lower()
            for f in a.facts
            if f.type is MentionType.ORGANISATION and bare_name(f.text).split()
        }
        return [(w, frozenset(heads(w))) for w in sorted(lasts)]

    return analysis.derived("told_compound_heads.bodies", read)
