"""The pair-level verdict: how far the two articles corroborate each other, and are they one event?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.align import SentencePair, coverage
from desktop.core.counts import judgement_for_score
from desktop.core.extract import Analysis
from desktop.core.findings.tuning import DIFFERENT_EVENTS
from desktop.core.link import NAME_TYPES
from desktop.core.model import Finding, FindingKind, MentionType, Notice, NoticeCode, Summary

# Specific names say more about "same event" than countries do: two quakes both hit Iran.
_NAME_WEIGHT = {
    MentionType.PERSON: 3.0,
    MentionType.ORGANISATION: 1.5,
    MentionType.PLACE: 1.5,
    MentionType.EVENT: 2.0,
    MentionType.NATIONALITY: 0.5,
}


def summarise(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    findings: Sequence[Finding],
) -> Summary:
    counts_all = count_kinds(findings)
    facts = sum(counts_all[k.value] for k in FindingKind)
    corroboration = counts_all[FindingKind.AGREE.value] / facts if facts else 0.0
    score = same_event_score(left, right, links, pairs, counts_all)
    notices = []
    if score < DIFFERENT_EVENTS:
        notices.append(
            Notice(
                NoticeCode.DIFFERENT_EVENTS,
                None,
                f"The two articles seem to describe different events (same-event score "
                f"{score:.0%}): few names and sentences match. Conflicts are held back with low "
                f"confidence; check that these are the articles you meant to compare.",
            )
        )
    return Summary(
        same_event_score=score,
        corroboration=corroboration,
        counts=counts_all,
        verdict=verdict(score, counts_all),
        notices=tuple(notices),
    )


def count_kinds(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per kind, facts apart from whole sentences ("sentences_agree"...)."""
    counts = Counter(f.kind.value for f in findings if not f.is_statement)
    counts_all = {kind.value: counts.get(kind.value, 0) for kind in FindingKind}
    statements = Counter(f.kind.value for f in findings if f.is_statement)
    counts_all["sentences_agree"] = statements.get(FindingKind.AGREE.value, 0)
    counts_all["sentences_left_only"] = statements.get(FindingKind.LEFT_ONLY.value, 0)
    counts_all["sentences_right_only"] = statements.get(FindingKind.RIGHT_ONLY.value, 0)
    return counts_all


def same_event_score(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    counts: dict[str, int],
) -> float:
    """0..1 from shared specific names, aligned sentences, and agreeing or clashing figures."""
    names = _name_overlap(left, right, links)
    aligned = coverage(pairs, len(left.sentences), len(right.sentences), floor=0.35)
    agree = counts.get(FindingKind.AGREE.value, 0)
    conflict = counts.get(FindingKind.CONFLICT.value, 0)
    value_balance = (agree - 2 * conflict) / max(1, agree + conflict)
    raw = 0.45 * names + 0.45 * aligned + 0.1 * max(0.0, value_balance)
    raw += _publication_gap(left, right)
    return round(max(0.0, min(1.0, raw * 1.25)), 4)


def _publication_gap(left: Analysis, right: Analysis) -> float:
    """Reports of one event appear within days of each other; a year apart, rarely."""
    if left.reference_date is None or right.reference_date is None:
        return 0.0
    days = abs((left.reference_date - right.reference_date).days)
    if days <= 3:
        return 0.1
    if days > 60:
        return -0.25
    return 0.0


def _name_overlap(left: Analysis, right: Analysis, links: dict[str, str]) -> float:
    left_names = {f.key: f.type for f in left.facts if f.type in NAME_TYPES}
    right_names = {f.key: f.type for f in right.facts if f.type in NAME_TYPES}
    if not left_names or not right_names:
        return 0.0
    shared = sum(
        _NAME_WEIGHT.get(t, 1.0) for k, t in left_names.items() if links.get(k) in right_names
    )
    total_left = sum(_NAME_WEIGHT.get(t, 1.0) for t in left_names.values())
    total_right = sum(_NAME_WEIGHT.get(t, 1.0) for t in right_names.values())
    # Several left spellings may link to one right name; the share still cannot pass 1.
    return min(1.0, shared / min(total_left, total_right))


def verdict(score: float, counts: dict[str, int]) -> str:
    parts = [
        f"{counts.get('agree', 0)} corroborated",
        f"{counts.get('conflict', 0)} conflict" + ("" if counts.get("conflict", 0) == 1 else "s"),
        f"{counts.get('left_only', 0)} only left",
        f"{counts.get('right_only', 0)} only right",
    ]
    return f"{', '.join(parts)}; {judgement_for_score(score)}"
