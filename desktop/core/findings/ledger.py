"""Which facts already have a verdict: each fact is judged once, by the first pass that can.

Facts are keyed by side and character span (stable, printable, and the same for a stand-in read
from the text as for a fact the parser found there), never by object identity.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.extract import Fact
from desktop.core.model import Side

FactId = tuple[Side, int, int]


def fact_id(side: Side, fact: Fact) -> FactId:
    return (side, fact.start, fact.end)


class Ledger:
    """The set of judged facts, with the pass that judged each (to explain a verdict in tests)."""

    def __init__(self) -> None:
        self._by: dict[FactId, str] = {}

    def judge(self, by: str, left: Iterable[Fact] = (), right: Iterable[Fact] = ()) -> None:
        for side, facts in ((Side.LEFT, left), (Side.RIGHT, right)):
            for fact in facts:
                self._by.setdefault(fact_id(side, fact), by)

    def judged(self, side: Side, fact: Fact) -> bool:
        return fact_id(side, fact) in self._by

    def judged_by(self, side: Side, fact: Fact) -> str | None:
        return self._by.get(fact_id(side, fact))

    def free(self, side: Side, facts: Iterable[Fact]) -> list[Fact]:
        return [f for f in facts if fact_id(side, f) not in self._by]
