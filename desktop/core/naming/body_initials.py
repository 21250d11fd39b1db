"""A name written in capitals that spells the initials of a body either article names in full:
"FBI" beside "the Federal Bureau of Investigation", whatever the model took the short form for.

Papers name a body in full once and by its initials after, or one paper does one and the other
the other. The small model reads a bare "FBI" as a person or a place often enough; the short
form of a body named in the same pair is that body, and name linking then meets the two
(``link``: an organisation's initials). Only a full name of two words or more voted an
organisation counts, and only a short form of INITIALS_MIN letters or more written all in
capitals: "Tim" is a man's name even beside a "Texas Insurance Mutual".
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.naming.names import acronym, fold

# Letters of the shortest capitals read as the initials of a body the pair names in full: two-
# letter capitals are states, grades and positions as often as bodies ("GA", "QB"). Not fitted
# (extract runs before the findings stage, so it is no ``tuning`` constant); on the 24 tune gold
# pairs it adds one agreement (C1), on GVC tune one ("DCF" / "Department of Children and
# Families"), on the other ECB+ tune pairs none.
INITIALS_MIN = 3


def spelled_bodies(votes: dict[str, str], written: Iterable[str]) -> dict[str, str]:
    """``votes`` (folded name -> label) with each name in capitals (``written``: the names as
    the articles write them) that spells a full ORG name's initials voted an ORG."""
    capitals = {fold(w) for w in written if w.isupper() and len(w) >= INITIALS_MIN}
    initials = {acronym(name) for name, label in votes.items() if label == "ORG" and " " in name}
    return {
        name: "ORG" if name in capitals and name in initials else label
        for name, label in votes.items()
    }
