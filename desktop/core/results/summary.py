"""The pair-level verdict: how far the two articles corroborate each other, and are they one
event?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.alignment import same_event
from desktop.core.alignment.align import SentencePair
from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis
from desktop.core.findings.tuning import DIFFERENT_EVENTS
from desktop.core.model import Finding, FindingKind, Notice, NoticeCode, Summary
from desktop.core.results.counts import judgement_for_score


def summarise(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    findings: Sequence[Finding],
) -> Summary:
    counts_all = count_kinds(findings)
    facts = sum(counts_all[k.value] for k in FindingKind)
    # Agreements inside a passage both articles reprint are one source, not corroboration.
    independent = counts_all[FindingKind.AGREE.value] - counts_all["agree_shared"]
    corroboration = independent / facts if facts else 0.0
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
    counts_all["agree_shared"] = sum(
        1
        for f in findings
        if f.kind is FindingKind.AGREE and not f.is_statement and not f.independent
    )
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
    """0..1 from meaning, shared people, places and figures, and publication dates (same_event).

    ``counts`` is no longer read (agreeing and clashing figures did not separate events, bench
    quality/gvc tune halves); it stays so callers need not change."""
    del counts
    return same_event.same_event_score(
        same_event.same_event_signals(left, right, links, pairs, default_table())
    )


def verdict(score: float, counts: dict[str, int]) -> str:
    parts = [
        f"{counts.get('agree', 0)} corroborated",
        f"{counts.get('conflict', 0)} conflict" + ("" if counts.get("conflict", 0) == 1 else "s"),
        f"{counts.get('left_only', 0)} only left",
        f"{counts.get('right_only', 0)} only right",
    ]
    return f"{', '.join(parts)}; {judgement_for_score(score)}"
