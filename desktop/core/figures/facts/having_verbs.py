"""Verbs that say only that a device has a part or a figure: "features a 6.5in display", "packs
a seven-hour battery", "comes with 4GB of memory". Like "have", they name no slot of the figure
(``GENERIC_SLOT_WORDS``), so two papers' "comes with 4GB of RAM" / "has 6 gigabytes of RAM" are
set against each other by the part they measure, not kept apart by the verb."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.tech_slots import COMING_WITH, HAVING_VERBS


def having_verb(token: Any) -> bool:
    """The token is a verb that gives what its subject has: "sports", "comes (with)"."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma in HAVING_VERBS:
        return True
    return lemma == COMING_WITH and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children
    )
