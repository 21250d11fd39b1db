"""Which places the other article names as places, not only as a people's adjective.

"Greek rioters have attacked" says who the rioters are, not where anything happened: it links
to "Greece" (one identity), but it does not name the place. A place the other article gives only
by its nationality word is still free to meet another place in the same frame of words: "the
worst riots Greece has seen" / "the worst rioting Nigeria has seen" is a conflict on where,
whatever nationality the other article also gives its rioters. A nationality word itself ("a
Saudi cargo ship") stays bound by its link: it says whose, and two owners are no conflict on
where.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType

Named = Callable[[Fact], bool]


def named_as_places(left: Analysis, right: Analysis, links: dict[str, str]) -> tuple[Named, Named]:
    """For each side, whether the other article names a fact's place: it links to it, and
    writes it as a place at least once (not only as "Greek", "Iranian") or the fact is itself a
    nationality word."""
    # key -> whether some mention of it is no nationality word
    written: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
    for kind, analysis in zip(written, (left, right), strict=True):
        for fact in analysis.facts:
            kind[fact.key] = kind.get(fact.key, False) or fact.type is not MentionType.NATIONALITY
    partners = (links, {b: a for a, b in links.items()})

    def named(side: int) -> Named:
        def check(fact: Fact) -> bool:
            partner = partners[side].get(fact.key)
            if partner is None:
                return False
            return fact.type is MentionType.NATIONALITY or written[1 - side].get(partner, False)

        return check

    return named(0), named(1)
