"""A toll one article gives in two forms is compared with the other article's form before it is
called a sure conflict.

"Eleven people were injured when gunmen opened fire" and, further down the same article, "the
wounding of 13 people"; the other article: "a drive-by shooting that injured 13 people". The
first article tells the injured twice, as 11 and as 13 (an early count and a later one, or a
slip), and one of its forms is the other article's. The two articles share the 13: the 11
against the other's 13 is a disagreement that lies inside one of them. So a conflict between two
counts of one toll (the dead, the injured, the arrested) whose other figure either article also
gives for that same toll, in another sentence, is shown as one to check, its reason saying
where the shared form stands. It is not withdrawn: the differing form is still a figure the
other article does not give, and a journalist checking the first article's 11 needs to see it
(on the Gun Violence tune half both such clashes set a figure the incident record does not hold
against one it does). Ages, dates and shares of a group ("two of the 13") are not tolls told in
two forms and are left alone. Read after every pass has paired its figures, as a measure of
another day is (``dated_measures``).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import is_age
from desktop.core.findings.bookkeeping.figures import same_figure
from desktop.core.findings.events.tolls import tolls_told
from desktop.core.model import FindingKind


def tolls_told_both_ways(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts, with each count conflict whose other side's figure one article also gives
    for the same toll, in another of its sentences, turned into one to check."""
    return [_checked(d, left, right) for d in drafts]


def _checked(draft: Draft, left: Analysis, right: Analysis) -> Draft:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return draft
    if not all(_a_toll(f) for f in (*draft.left, *draft.right)):
        return draft
    tolls = set.intersection(*(tolls_told(f) for f in (*draft.left, *draft.right)))
    if not tolls:
        return draft
    for side, analysis, own, theirs in (
        ("left", left, draft.left, draft.right),
        ("right", right, draft.right, draft.left),
    ):
        shared = _given_elsewhere(analysis, own, theirs, tolls)
        if shared is not None:
            reason = (
                f"{draft.reason} The {side} article also gives {shared.text!r} for this, in "
                "another sentence, as the other article does: it tells the count two ways."
            )
            confidence = min(draft.confidence, tuning.TOLD_BOTH_WAYS_CONFIDENCE)
            return replace(draft, reason=reason, confidence=confidence)
    return draft


def _a_toll(fact: Fact) -> bool:
    """A count of people or things a happening harmed or touched, not an age, a date or a share
    of a group told beside it."""
    return fact.number is not None and fact.date is None and not is_age(fact) and not fact.part


def _given_elsewhere(
    analysis: Analysis, own: list[Fact], theirs: list[Fact], tolls: set[str]
) -> Fact | None:
    """The article's own figure, for one of these tolls and the same happening, that is the
    other side's figure, in a sentence other than those of its compared figures."""
    sentences = {f.sentence for f in own}
    events = {f.other_event for f in own}
    for other in analysis.facts:
        if other.sentence in sentences or not _a_toll(other) or other.other_event not in events:
            continue
        if other.number is None or not tolls & tolls_told(other):
            continue
        if any(f.number is not None and same_figure(other.number, f.number) for f in theirs):
            return other
    return None
