"""One claim of a kind in each of two aligned sentences: the pairs the passes on directions,
numbered events and numbered places compare.

Each of those passes reads, once per article, the claims of its kind each sentence makes (a
direction from "Izmir", the number of a "game", the number of a "junction"); two aligned
sentences tell the same fact only when each names that thing once, so "moved from Gate 12 to
Gate 14" is never set against "boarded at Gate 14".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Fact

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Claim(Generic[V]):
    fact: Fact  # the words the verdict marks
    thing: str  # what the claim is about: "izmir", "game", "junction"
    value: V  # what it says of it: a bearing in degrees, a number


def lone_partners(
    ours: dict[int, list[Claim[V]]],
    theirs: dict[int, list[Claim[V]]],
    pairs: Sequence[SentencePair],
    at_least: float,
) -> Iterator[tuple[Claim[V], Claim[V]]]:
    """Each claim paired with the one claim about the same thing in the aligned sentence, the
    closest sentences first, where each sentence makes one claim about it."""
    for pair in strongest_first(pairs, at_least):
        mine, other = ours.get(pair.left, []), theirs.get(pair.right, [])
        for a in mine:
            same = [b for b in other if b.thing == a.thing]
            if len(same) == 1 and sum(x.thing == a.thing for x in mine) == 1:
                yield a, same[0]
