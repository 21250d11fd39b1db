"""One article's two forms of one name given one key, for one comparison.

``link.pair_names`` pairs the names of two articles one partner each, so that the pairs are the
same whichever article is on the left; a name left over that is another form of a paired name of
its own article ("CSB" beside "Coastal Shipping Board", a surname written once with a slip) is
found on either side alike. Giving it its paired form's key lets every later pass read it as that
name, linked to the same partner, in both orders: before stop 58 only the left article's second
forms were linked, and the right article's were shown as found on one side only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.core.extraction.facts import Fact


def merge_forms(facts: Iterable[Fact], forms: Mapping[str, str]) -> None:
    """Give each fact keyed by a second form (and each age owned by one) its paired form's key,
    as ``mentions.cluster_organisations`` gives an acronym its spelled-out name's key."""
    if not forms:
        return
    for fact in facts:
        if fact.key in forms:
            fact.key = forms[fact.key]
        if fact.owner in forms:
            fact.owner = forms[fact.owner]
