"""Sentences in which both articles introduce the same person.

Where a story first names someone in full, it says who they are and what brought them into the
story ("They signed Elton Brand to a five-year deal" / "Stefanski landed free agent forward Elton
Brand"). When the two introductions are also each other's closest sentences on the other side,
they tell the same news of that person, each in its own words, however few words they share: a
whole-sentence mark saying "nothing in the other article reports this" would be wrong. What only
one of them gives (the deal's length, its worth) keeps its own mark.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.names.particle_names import misspelt_person
from desktop.core.model import FindingKind, MentionType


def introduced_together(drafts: Sequence[Draft], scores: np.ndarray) -> tuple[set[int], set[int]]:
    """Per side, the sentences introducing a person both articles name, where the two
    introductions are each other's best partner in ``scores`` (left sentences x right)."""
    told: tuple[set[int], set[int]] = (set(), set())
    if scores.size == 0:
        return told
    for draft in drafts:
        # "Anthony Calamita" / "Anthony LaCalamita III": one person, one name misspelt.
        if draft.kind is not FindingKind.AGREE and not (
            draft.kind is FindingKind.CONFLICT and misspelt_person(draft.left, draft.right)
        ):
            continue
        left, right = _introduction(draft.left), _introduction(draft.right)
        if left is None or right is None:
            continue
        if int(scores[left].argmax()) == right and int(scores[:, right].argmax()) == left:
            told[0].add(left)
            told[1].add(right)
    return told


def _introduction(facts: Sequence[Fact]) -> int | None:
    """The first sentence naming the person with a first name and a surname, if any."""
    named = [f.sentence for f in facts if f.type is MentionType.PERSON and f.first]
    return min(named) if named else None
