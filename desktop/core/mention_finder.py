"""Where an article names a person, and which cards a reader should see first.

A card lists the names an article uses for a person ("Ivan Petrov", "Petrov"); every place the
article writes one of them, as whole words, is a mention. Plain string work on what the engine
produced, so the window can mark the mentions without any language processing of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from desktop.core.model import PersonCard, PersonSide, TextRange


def name_ranges(text: str, names: Iterable[str]) -> tuple[TextRange, ...]:
    """Every whole-word occurrence of any of ``names`` in ``text``, in reading order.

    Longer names win where they overlap a shorter one ("Ivan Petrov" over "Petrov"); a line
    break or double space inside a name in the text still matches.
    """
    found: list[TextRange] = []
    for name in sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(word) for word in name.split())
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text):
            hit = TextRange(match.start(), match.end())
            if not any(hit.overlaps(other) for other in found):
                found.append(hit)
    return tuple(sorted(found, key=lambda r: r.start))


def side_mentions(text: str, side: PersonSide) -> tuple[TextRange, ...]:
    """Where one article names the person of one card side (nothing when it never does): the
    engine's own mentions, or for a report without them, every place one of the names is written."""
    if side.mentions:
        return tuple(
            sorted((TextRange(s.start, s.end) for s in side.mentions), key=lambda r: r.start)
        )
    return name_ranges(text, side.names) if side.names else ()


def both_sides(card: PersonCard) -> bool:
    return bool(card.left.names or card.left.attributes) and bool(
        card.right.names or card.right.attributes
    )


def card_order(cards: Sequence[PersonCard]) -> list[PersonCard]:
    """People with a conflict first, then people both articles name, then the rest; each group
    in the report's order (first mention)."""
    ranked = sorted(
        enumerate(cards), key=lambda ic: (not ic[1].has_conflict, not both_sides(ic[1]), ic[0])
    )
    return [card for _index, card in ranked]
