"""One predicate asserted of a participant in one article and denied of it in the other, in two
related sentences: "The appeals court overturned the ruling" / "The appeals court has not
overturned the ruling"; or two predicates that cannot both hold of one participant:
"Smith was acquitted" / "Smith was convicted", "the bridge is open" / "the bridge was closed"
(``lexicon/opposites.py``).

A conflict told in words carries no value either side could misread: what parts is the "not", or
the word. So the participant must be the same word on both sides in the same role (the doer, or
the one acted on), and any role both sides name must agree: "did not kill the officer" / "killed
the clerk" speaks of two people. What the parse reads as a possibility, a condition, a question,
a plan or a denial of a moment never counts (``predications.py``). An article that says the
predicate of the participant both ways tells a sequence or both sides of a dispute, and sets
neither against the other; and two reports hung from two different speakers ("police said he
fired" / "he denied firing") set the speakers against each other, not the articles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.predications import Predication, predications
from desktop.core.lexicon.opposites import (
    LIGHT_VERBS,
    OBJECT_BOUND_SCALES,
    OBJECTLESS_SCALES,
    OPPOSITES,
)
from desktop.core.model import FindingKind, MentionType


@dataclass(frozen=True, slots=True)
class Stance:
    """What one predication says on a scale: the scale (a lemma, or a scale of opposites), the
    participant it is said of, the side it takes, and the other role's word that must agree."""

    scale: str
    participant: str
    side: bool
    other: str
    bound: bool  # the other role must be named, alike, on both sides


def predicate_polarity(
    left: Analysis, right: Analysis, scores: np.ndarray, ledger: Ledger
) -> list[Draft]:
    everywhere = (predications(left), predications(right))
    stances = ([_stances(p) for p in everywhere[0]], [_stances(p) for p in everywhere[1]])
    # Every two predications of one participant in two sentences alike enough to be related,
    # the most alike first: the shared predicate and participant do the pairing, so the
    # sentences need not be each other's aligned partner ("Lindsay never checked into
    # Morningside" / "Lohan had checked into Morningside Thursday morning, but then left").
    # Only predications sharing a scale and a participant can clash: a long article holds
    # thousands of clauses, and most pairs of them share neither.
    by_stance: dict[tuple[str, str], set[int]] = {}
    for j, some in enumerate(stances[1]):
        for stance in some:
            by_stance.setdefault((stance.scale, stance.participant), set()).add(j)
    found = []
    for i, a in enumerate(everywhere[0]):
        near = {j for s in stances[0][i] for j in by_stance.get((s.scale, s.participant), ())}
        for j in sorted(near):
            b = everywhere[1][j]
            score = float(scores[a.sentence, b.sentence])
            if score < tuning.PREDICATE_POLARITY_PAIR:
                continue
            clash = _clash(stances[0][i], stances[1][j])
            if clash is None or _two_speakers(a, b) or _two_bearings(a, b):
                continue
            if _both_ways(everywhere[0], stances[0], a, clash) or _both_ways(
                everywhere[1], stances[1], b, clash
            ):
                continue
            found.append((score, a, b, clash))
    drafts: list[Draft] = []
    for _score, a, b, clash in sorted(found, key=lambda f: -f[0]):
        fa, fb = _fact(left, a), _fact(right, b)
        if not ledger.take("predicate polarity", fa, fb):
            continue
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.STATEMENT,
                [fa],
                [fb],
                _reason(left, right, a, b, clash),
                tuning.PREDICATE_POLARITY_CONFIDENCE,
            )
        )
    return drafts


def _stances(p: Predication) -> list[Stance]:
    """The predication read on its own lemma, and on a scale of opposites if it has one."""
    out = [
        Stance(p.lemma, participant, not p.denied, other, False)
        for participant, other in ((p.subject, p.patient), (p.patient, p.subject))
        if participant and p.lemma not in LIGHT_VERBS
    ]
    for role, participant, other in (
        ("subject", p.subject, p.patient),
        ("patient", p.patient, p.subject),
    ):
        opposite = OPPOSITES.get((p.lemma, role))
        if opposite is not None and participant:
            scale, side = opposite
            if scale in OBJECTLESS_SCALES and p.patient:
                continue  # "declined the offer": no measure moved
            out.append(
                Stance(
                    f"~{scale}", participant, side != p.denied, other, scale in OBJECT_BOUND_SCALES
                )
            )
    return out


def _clash(mine: list[Stance], theirs: list[Stance]) -> Stance | None:
    """The first stance the two sides take opposite sides on, of one participant."""
    for a in mine:
        for b in theirs:
            if (a.scale, a.participant) != (b.scale, b.participant) or a.side == b.side:
                continue
            if a.other and b.other and a.other != b.other:
                continue  # "did not kill the officer" / "killed the clerk": two acts
            if (a.bound or b.bound) and not (a.other and a.other == b.other):
                continue  # "won" / "lost" with no game named on one side
            return a
    return None


def _both_ways(
    told: list[Predication], stances: list[list[Stance]], one: Predication, clash: Stance
) -> bool:
    """The article takes both sides on the participant somewhere, of one act (not one into
    another place): a sequence, or both sides of a dispute told."""
    sides = {
        s.side
        for p, some in zip(told, stances, strict=True)
        if not _two_bearings(p, one)
        for s in some
        if (s.scale, s.participant) == (clash.scale, clash.participant)
    }
    return len(sides) == 2


def _two_bearings(a: Predication, b: Predication) -> bool:
    """One preposition leading to two things: "checked into Betty Ford" / "never checked into
    Morningside" tell two acts."""
    theirs = dict(b.bearings)
    return any(prep in theirs and theirs[prep] != word for prep, word in a.bearings)


def _two_speakers(a: Predication, b: Predication) -> bool:
    return bool(a.speaker and b.speaker and a.speaker != b.speaker)


def _fact(analysis: Analysis, p: Predication) -> Fact:
    text = analysis.document.text[p.start : p.end]
    fact = Fact(p.start, p.end, text, MentionType.STATEMENT, "", p.sentence)
    fact.key, fact.value = f"predicate:{p.lemma}", text
    fact.slot = {p.lemma: 1.0}
    return fact


def _reason(left: Analysis, right: Analysis, a: Predication, b: Predication, clash: Stance) -> str:
    said_left = left.document.text[a.said_from : a.said_to]
    said_right = right.document.text[b.said_from : b.said_to]
    what = clash.scale.lstrip("~")
    if clash.scale.startswith("~"):
        return (
            f"One article says {said_left!r}; the other says {said_right!r}: opposites on "
            f"'{what}', said of the same participant ({clash.participant!r})."
        )
    asserted, denied = (said_left, said_right) if b.denied else (said_right, said_left)
    return (
        f"One article says {asserted!r}; the other says {denied!r}, denying it: the "
        f"predicate '{what}', said of the same participant ({clash.participant!r})."
    )
