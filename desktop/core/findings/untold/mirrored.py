"""A date, time or place each of two closely aligned sentences gives, which only its own article
gives: "stopped Duval at Wembley Stadium" / "stopped Duval in London", "criticised during the
December debate" / "attacked during last month's debate". Each sentence tells the same
happening and says when or where in its own words: two tellings of one slot, not a fact only one
article has. A pass that could compare the two has already judged them; when none could, neither
side is marked "only in one article": the yellow mark would say the other article never tells
when or where, and it does, in the very sentence that tells the same thing.

Figures, names of people and organisations stay marked: two counts in two aligned sentences are
often counts of different things ("47 taken to hospital" / "62 injured"), and two people two
different people. A time the sentence gives its own telling ("said at a briefing at 6 p.m.")
dates the briefing, not the happening, and a place that says whom rather than where ("Utah
Senator Bob Dane", "Ann Cole, R-Ohio") places no happening: both stay marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.locations.locative import locates
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.naming.entity_types import datelines

# When and where: the slots every sentence of a happening may fill in its own words.
_SLOTS = frozenset({MentionType.DATE, MentionType.TIME, MentionType.PLACE})


def _sentence(analysis: Analysis, span: Span) -> int | None:
    return next(
        (i for i, s in enumerate(analysis.sentences) if s.start <= span.start < s.end), None
    )


def _fact(analysis: Analysis, span: Span) -> Fact | None:
    return next((f for f in analysis.facts if f.start == span.start), None)


def _says_when_or_where(analysis: Analysis, span: Span, sentence: int | None) -> bool:
    """A day or time the sentence gives its own saying ("police said Sunday") dates the telling,
    not the happening; a place says where after a locative word ("in London", "at Wembley
    Stadium") or as the dateline ("MANNHEIM, Germany -"): "Utah Senator Mitt Romney", "Rand
    Paul, R-Kentucky" say whom, not where."""
    fact = _fact(analysis, span)
    if fact is None or sentence is None or fact.said_on:
        return False
    if fact.type is not MentionType.PLACE:
        return True
    dateline = datelines(analysis.document.text)
    return locates(analysis.sentence_tokens[sentence], fact) or any(
        start <= fact.start < end for start, end in dateline
    )


def _marks(
    findings: Sequence[Finding], side: Side, analysis: Analysis
) -> list[tuple[Finding, Span, int | None]]:
    """The side's one-sided spans of the when or where of a sentence, each with its sentence."""
    spans = [
        (f, s, _sentence(analysis, s))
        for f in findings
        if f.kind is FindingKind.only(side) and f.type in _SLOTS
        for s in f.spans(side)
    ]
    return [(f, s, i) for f, s, i in spans if _says_when_or_where(analysis, s, i)]


def _partners(pairs: Sequence[SentencePair], side: Side) -> dict[int, set[int]]:
    """Each of ``side``'s sentences, with the other side's sentences aligned closely with it."""
    partners: dict[int, set[int]] = {}
    for p in pairs:
        if p.score >= tuning.MIRRORED_SLOT_ALIGNMENT:
            mine, theirs = (p.left, p.right) if side is Side.LEFT else (p.right, p.left)
            partners.setdefault(mine, set()).add(theirs)
    return partners


def mirrored_slots(
    findings: list[Finding], left: Analysis, right: Analysis, pairs: Sequence[SentencePair]
) -> list[Finding]:
    """``findings`` without the one-sided marks of when and where that a closely aligned sentence
    of the other article answers with its own one-sided when or where of the same type."""
    analyses = {Side.LEFT: left, Side.RIGHT: right}
    marks = {side: _marks(findings, side, analyses[side]) for side in Side}
    slots = {side: {(i, f.type) for f, _, i in marks[side]} for side in Side}
    mirrored: set[tuple[Side, int]] = set()
    for side in Side:
        partners = _partners(pairs, side)
        for f, span, i in marks[side]:
            theirs = partners.get(i, set()) if i is not None else set()
            if any((j, f.type) in slots[side.other] for j in theirs):
                mirrored.add((side, span.start))
    if not mirrored:
        return findings
    return [kept for f in findings if (kept := _without(f, mirrored)) is not None]


def _without(f: Finding, mirrored: set[tuple[Side, int]]) -> Finding | None:
    """``f`` without its mirrored spans; None when none is left."""
    if f.kind not in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) or f.type not in _SLOTS:
        return f
    side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
    kept = tuple(s for s in f.spans(side) if (side, s.start) not in mirrored)
    if not kept:
        return None
    return replace(f, left=kept) if side is Side.LEFT else replace(f, right=kept)
