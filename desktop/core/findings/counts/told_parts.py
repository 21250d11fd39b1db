"""A part one article counts as a part ("Two managed to flee, but the other three boats were
intercepted") is the group the other article counts on its own ("The three boats had a total of
26 crew"): the other's "three boats" is borne out, never a clash with the whole ("a group of five
boats").

A story tells a whole and its parts: five boats, two fled, three caught. An article that goes on
to speak of the three alone writes "the three boats" with no "other" to mark them a part; when
the first article counts that very part of that very thing, the two agree on it, and set against
the whole the figure would be a count of a subset against a total.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.claims import overlap


def parts_told(mine: Analysis, theirs: list[Fact]) -> set[tuple[int, int]]:
    """The spans of ``theirs`` figures that ``mine`` gives too as a part of the same thing."""
    parts = [f for f in mine.facts if f.part and f.number is not None]
    return {
        (fb.start, fb.end)
        for fb in theirs
        for part in parts
        if fb.key == part.key and overlap(part.slot, fb.slot) >= tuning.CONFLICT_SLOT
    }
