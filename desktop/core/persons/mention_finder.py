"""Where an article names a person, and which cards a reader should see first.

A card lists the names an article uses for a person ("Ivan Petrov", "Petrov"); every place the
article writes one of them, as whole words, is a mention. Plain string work on what the engine
produced, so the window can mark the mentions without any language processing of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.extraction.text_search import written_alone
from desktop.core.model import (
    FindingKind,
    MentionType,
    PersonCard,
    PersonSide,
    Report,
    ReviewStatus,
    Side,
    TextRange,
)


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


@dataclass(frozen=True, slots=True)
class NamedInstead:
    """Where one article names this person and the other, in the same place, names another: the
    engine's person conflict ("Ivan Kovgan" / "Major Ivan Petrov, 47"), seen from the card."""

    side: Side  # the side that names this card's person
    here: str  # this card's name as that side writes it there
    there: str  # what the other article writes in its place


def named_instead(report: Report, card: PersonCard) -> tuple[NamedInstead, ...]:
    """The person conflicts whose words on one side are a mention of ``card``'s person there;
    dismissed ones are left out (the journalist has ruled them no contradiction)."""
    found: list[NamedInstead] = []
    for finding in report.findings:
        if (
            finding.kind is not FindingKind.CONFLICT
            or finding.type is not MentionType.PERSON
            or finding.status is ReviewStatus.DISMISSED
        ):
            continue
        for side, part in ((Side.LEFT, card.left), (Side.RIGHT, card.right)):
            mine, theirs = finding.spans(side), finding.spans(side.other)
            mentions = side_mentions(report.document(side).document.text, part)
            hit = next((s for s in mine if _mentioned(s.start, s.end, mentions)), None)
            if hit is not None and theirs:
                there = " · ".join(_fullest(" ".join(s.text.split()) for s in theirs))
                found.append(NamedInstead(side, " ".join(hit.text.split()), there))
                break  # a spelling slip names the card's person on both sides: one row, not two
    return tuple(dict.fromkeys(found))


def _mentioned(start: int, end: int, mentions: Sequence[TextRange]) -> bool:
    words = TextRange(start, end)
    return any(m.overlaps(words) for m in mentions)


def _fullest(names: Iterable[str]) -> list[str]:
    """The names without the ones another holds as whole words ("Petrov" inside "Ivan Petrov")."""
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and written_alone(n, o) for o in unique)]
