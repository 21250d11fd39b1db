"""A clash of two counts where one sets its group apart and the other does not ("five other
people were injured" / "Four people were injured"): a conflict that says both may be true.

"Other", "more", "another" count people besides some the article told of before (the gunman, the
dead, the two flown to hospital), so the set-apart count may cover another group than the plain
one. Never corroboration, as different bounds are not; but held below a plain clash. When both
counts are set apart ("five other" / "four other") they count the same remainder and clash
plainly.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning


def counted_besides(a: Fact, b: Fact) -> bool:
    """A count the article sets apart from some it counted before ("Five were injured ... five
    other people were injured", read as a part of the toll) still claims how many those others
    were: it meets the other article's count of the same thing, as a conflict that says both may
    be true (``set_apart_clash``), never as silence."""
    parts = [f for f in (a, b) if f.part]
    return all(f.apart and f.number is not None and f.number.high > 1 for f in parts)


def set_apart_clash(a: Fact, b: Fact) -> tuple[str, float] | None:
    """The sentence to add to a clash's reason and the confidence it is held to, when exactly one
    of the two counts sets its group apart; None otherwise."""
    if bool(a.apart) == bool(b.apart) or a.number is None or b.number is None:
        return None
    side, fact = ("left", a) if a.apart else ("right", b)
    note = (
        f" The {side} counts {fact.apart!r}, besides some it told of before: the two counts may"
        " cover different groups, so both may be true; check whom each counts."
    )
    return note, tuning.SET_APART_CLASH_CONFIDENCE
