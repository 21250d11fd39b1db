"""Two places qualifying one noun in sentences that tell the same thing: "at a suburban Detroit
office building" / "at the suburban Denver building", "at a Los Angeles hospital" / "in a Hamburg
hospital". A place written before a noun says whose or where that thing is; when the other
article's sentence about the same thing puts another place before the same noun, the two say
different things about it.

As ``named.framed_places``: only places the other article never names, both known to the
gazetteer at the same rank (two cities, or two countries or states), neither lying in the other
nor near it. The sentences must be related by their own words (or both open their articles): a
headline's "Detroit man" says nothing of a witness's "Denver home" deep in the other story.
"""

from __future__ import annotations

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.locations.city_parts import part_and_city
from desktop.core.findings.locations.locative import one_area, one_scene
from desktop.core.locations.places import is_known_place, is_region
from desktop.core.model import FindingKind, MentionType, Side

# The nouns after a place that it may qualify: "Detroit office building" qualifies both.
_QUALIFIED_NOUNS = 2


def qualified_places(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger, scores: np.ndarray
) -> list[Draft]:
    linked_right = set(links.values())
    sides: list[list[tuple[Fact, frozenset[str]]]] = []
    for side, analysis, linked in (
        (Side.LEFT, left, links.keys()),
        (Side.RIGHT, right, linked_right),
    ):
        sides.append(
            [
                (fact, nouns)
                for fact in ledger.free(side, analysis.facts)
                if fact.type is MentionType.PLACE
                and fact.key not in linked
                and not fact.weak
                and is_known_place(fact.key)
                and (nouns := _qualified(analysis, fact))
            ]
        )
    drafts = []
    for fa, nouns_a in sides[0]:
        for fb, nouns_b in sides[1]:
            shared = nouns_a & nouns_b
            if (
                not shared
                or not _same_telling(scores, fa, fb)
                or ledger.judged(Side.LEFT, fa)
                or ledger.judged(Side.RIGHT, fb)
                or not two_scenes((left, fa), (right, fb))
            ):
                continue
            ledger.judge("qualified place", [fa], [fb])
            noun = min(shared)
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    MentionType.PLACE,
                    [fa],
                    [fb],
                    f"Both articles say where the {noun} is, in sentences that tell the same "
                    f"thing: the left says {fa.text!r}, the right {fb.text!r}.",
                    tuning.FRAMED_PLACE_CONFIDENCE,
                )
            )
    return drafts


def two_scenes(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """Two places of one rank (two towns, or two states or countries), neither in or near the
    other, nor a part of a city and the city ("in the Austin neighborhood" / "in Chicago"), nor
    an area and a town in it ("suburban Detroit" / "Troy"): where the two tell it, two scenes."""
    fa, fb = a[1], b[1]
    return not (
        fa.key == fb.key
        or is_region(fa.key) != is_region(fb.key)
        or one_scene(fa.key, fb.key)
        or part_and_city(a, b)
        or one_area(a, b)
    )


def _qualified(analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The nouns right after a place ("Detroit office building": office, building)."""
    after = [t for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    nouns = []
    for token in after[:_QUALIFIED_NOUNS]:
        if not (token.noun and token.content):
            break
        nouns.append(token.content)
    return frozenset(nouns)


def _same_telling(scores: np.ndarray, a: Fact, b: Fact) -> bool:
    both_open = max(a.sentence, b.sentence) < tuning.LEAD_SENTENCES
    return both_open or float(scores[a.sentence, b.sentence]) >= tuning.CONFLICT_NEAR
