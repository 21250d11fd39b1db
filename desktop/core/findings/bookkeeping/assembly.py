"""From drafts to findings: spans, hedges appended to reasons, a stable order and content ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.label_wording import labelled_reason
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.wording import hedges
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span


@dataclass(slots=True)
class Draft:
    """A verdict being built: passes may still add repeats of the same fact to either side."""

    kind: FindingKind
    type: MentionType
    left: list[Fact]
    right: list[Fact]
    reason: str
    confidence: float


def one_fact_conflict(draft: Draft) -> tuple[Fact, Fact] | None:
    """The two facts of a conflict that sets one fact against one, else None: the passes that
    withdraw a conflict by reading its two values' clauses read only such conflicts."""
    if draft.kind is not FindingKind.CONFLICT or len(draft.left) != 1 or len(draft.right) != 1:
        return None
    return draft.left[0], draft.right[0]


def only_draft(
    side: Side, facts: list[Fact], mtype: MentionType, reason: str, confidence: float
) -> Draft:
    """A verdict that ``side`` alone gives ``facts``: they stand on that side, none on the other."""
    return Draft(
        FindingKind.only(side),
        mtype,
        facts if side is Side.LEFT else [],
        facts if side is Side.RIGHT else [],
        reason,
        confidence,
    )


def only_finding(
    side: Side, spans: list[Span], mtype: MentionType, reason: str, confidence: float
) -> Finding:
    """A finding that ``side`` alone gives what ``spans`` mark: none stands on the other side."""
    return finding(
        FindingKind.only(side),
        mtype,
        spans if side is Side.LEFT else [],
        spans if side is Side.RIGHT else [],
        reason,
        confidence,
    )


def aligned_confidence(score: float) -> float:
    """How sure a clash of two values inside two aligned sentences is, from how alike they are."""
    return min(tuning.ALIGNED_CLASH_CAP, tuning.ALIGNED_CLASH_FLOOR + score / 2)


def aligned_clash(
    mtype: MentionType, left: list[Fact], right: list[Fact], how: str, score: float
) -> Draft:
    """A conflict between two values inside two aligned sentences of similarity ``score``;
    ``how`` ends the reason "The two articles tell this in matching sentences, but ..."."""
    return Draft(
        FindingKind.CONFLICT,
        mtype,
        left,
        right,
        f"The two articles tell this in matching sentences, but {how}",
        aligned_confidence(score),
    )


def taken_clash(ledger: Ledger, left: Fact, right: Fact, what: str, score: float) -> list[Draft]:
    """The one conflict of two aligned sentences' values ``left`` and ``right`` (a weapon, a
    colour, a cause), unless either already has a verdict: ``what`` the two articles do ("name
    different weapons"), then both wordings."""
    if not ledger.take("aligned", left, right):
        return []
    how = f"{what}: the left says {left.text!r}, the right {right.text!r}."
    return [aligned_clash(MentionType.OTHER, [left], [right], how, score)]


def report_type(fact: Fact) -> MentionType:
    """A nationality that names a country ("Ukrainian") is shown as that place; a group of
    another kind ("a born-again Christian", "Democrats") stays a group, never a place."""
    if fact.type is MentionType.NATIONALITY and not fact.key.startswith("group:"):
        return MentionType.PLACE
    return fact.type


def finish(draft: Draft, left: Analysis, right: Analysis) -> Finding:
    def spans(facts: list[Fact]) -> list[Span]:
        return sorted({Span(f.start, f.end, f.text) for f in facts}, key=lambda s: s.start)

    reason = draft.reason
    pair = one_fact_conflict(draft)
    # "case 24-1133" / "case 24-1190": a label, a gauge or a model year is worded with what it names
    named = labelled_reason(left, pair[0], right, pair[1]) if pair else ""
    reason = named or reason
    notes = hedges(draft.left, left, "left") + hedges(draft.right, right, "right")
    if notes:
        reason += " " + " ".join(notes)
    return finding(
        draft.kind, draft.type, spans(draft.left), spans(draft.right), reason, draft.confidence
    )


def finding(
    kind: FindingKind,
    mtype: MentionType,
    left: list[Span],
    right: list[Span],
    reason: str,
    confidence: float,
) -> Finding:
    return Finding(
        id="",
        kind=kind,
        type=mtype,
        left=tuple(left),
        right=tuple(right),
        reason=reason,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
    )


def order(f: Finding) -> tuple[int, int, int]:
    first_left = f.left[0].start if f.left else 10**9
    first_right = f.right[0].start if f.right else 10**9
    return (min(first_left, first_right), first_right, 1 if f.is_statement else 0)


def with_ids(findings: list[Finding]) -> list[Finding]:
    """Ids from content, so the same inputs always give the same ids (saved reviews refer to
    them)."""
    out = []
    seen: set[str] = set()
    for f in findings:
        basis = "|".join(
            [f.kind.value, f.type.value]
            + [f"L{s.start}-{s.end}" for s in f.left]
            + [f"R{s.start}-{s.end}" for s in f.right]
        )
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]
        fid = f"f-{digest}"
        n = 1
        while fid in seen:
            n += 1
            fid = f"f-{digest}-{n}"
        seen.add(fid)
        out.append(replace(f, id=fid))
    return out
