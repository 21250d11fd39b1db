"""A count told as risen to a figure ("The number of people killed ... rose to 13 on Sunday",
"bringing the death toll to 27") says the count was lower before: the other article's floor
under it ("At least nine people were killed") is that earlier count, told at another time.
Read as the same count the two merely agree, and the reader never learns that one article is
behind the other; they are two counts of one toll at different times, as two floors are."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.slot_words import RISEN_LEVEL


def risen_past_floor(a: Fact, b: Fact) -> bool:
    """One figure is a floor ("at least nine") and the other a count risen above it ("rose to
    13"): two counts of one toll at different times."""
    for floor, risen in ((a, b), (b, a)):
        if floor.number is None or risen.number is None or floor.number.bound != "lower":
            continue
        if RISEN_LEVEL in risen.slot and risen.number.exact and risen.number.low > floor.number.low:
            return True
    return False
