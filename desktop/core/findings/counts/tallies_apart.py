"""Two wholes told each with its part, and the parts differ too: two tallies, not one count told
twice: "Hale hit 9 of his 14 shots in the first half" / "Hale hit 21 of 38 shots".

"X of Y" tells a tally by its part and its whole (shots made of shots taken, punches landed of
punches thrown, seats won of seats held). A retelling of one tally that gets its whole wrong
keeps the part ("9 of his 14 shots" / "9 of his 17 shots": a clash on the whole). When the part
and the whole both differ, the two sentences count over two spans (a half and the whole game, a
round and the whole fight) or two groups, and the wholes are not set against each other. A whole
told without its part is left to the other rules.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import numbers_compatible


def tallies_apart(fa: Fact, fb: Fact) -> bool:
    """Both figures are wholes told with a part ("9 of his 14"), and the two parts differ ("about
    20" holds 20: a part one side rounds is still the other's part)."""
    if fa.part_told is None or fb.part_told is None:
        return False
    return numbers_compatible(fa.part_told, fb.part_told) is not True
