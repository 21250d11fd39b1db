"""Which facts already have a verdict: each fact is judged once, by the first pass that can.

Facts are keyed by side and character span (stable, printable, and the same for a stand-in read
from the text as for a fact the parser found there), never by object identity. A fact whose span
overlaps a judged one is judged too: "one" inside the stand-in "one man" has its verdict.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.extraction.extract import Fact
from desktop.core.model import Side

FactId = tuple[Side, int, int]


def fact_id(side: Side, fact: Fact) -> FactId:
    return (side, fact.start, fact.end)


class Ledger:
    """The set of judged facts, with the pass that judged each (to explain a verdict in tests)."""

    def __init__(self) -> None:
        self._by: dict[FactId, str] = {}
        self._covered = {Side.LEFT: bytearray(), Side.RIGHT: bytearray()}

    def judge(self, by: str, left: Iterable[Fact] = (), right: Iterable[Fact] = ()) -> None:
        for side, facts in ((Side.LEFT, left), (Side.RIGHT, right)):
            covered = self._covered[side]
            for fact in facts:
                self._by.setdefault(fact_id(side, fact), by)
                if len(covered) < fact.end:
                    covered.extend(bytes(fact.end - len(covered)))
                covered[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)

    def take(self, by: str, left: Fact, right: Fact) -> bool:
        """Give one left and one right fact a verdict together, unless either has one already:
        True when the verdict is theirs to give."""
        if self.judged(Side.LEFT, left) or self.judged(Side.RIGHT, right):
            return False
        self.judge(by, [left], [right])
        return True

    def judged(self, side: Side, fact: Fact) -> bool:
        # Asked some 130,000 times per long pair: the covered bytes (0 or 1) are searched in place,
        # not sliced and iterated. A judged fact's own characters are covered, so only an empty
        # one (no characters to cover) is looked up by its id.
        start, end = fact.start, fact.end
        return self._covered[side].find(1, start, end) != -1 or (
            start >= end and (side, start, end) in self._by
        )

    def judged_by(self, side: Side, fact: Fact) -> str | None:
        return self._by.get(fact_id(side, fact))

    def free(self, side: Side, facts: Iterable[Fact]) -> list[Fact]:
        by, covered = self._by, self._covered[side]
        return [
            f
            for f in facts
            if covered.find(1, f.start, f.end) == -1
            and (f.start < f.end or (side, f.start, f.end) not in by)
        ]
