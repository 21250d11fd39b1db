"""Two articles that each say the same thing is not yet known corroborate each other on it:
"An investigation is under way into the cause of the blaze" / "it was too early to confirm the
cause"; "A motive was not immediately clear" / "Police have not released a motive".

That the cause (the motive, the details) is still open is itself news both report, each with
the negation, the verb of knowing and the noun of its own (``withheld``): the reader sees the two
phrases agree, as two sentences telling the same thing in the same words would. Nothing else in
the two sentences is vouched for: the agreement marks only the words saying it is open. Where the
two sentences already agree as wholes, that agreement says it.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import finding
from desktop.core.findings.untold.withheld import withheld_pairs, withheld_phrase
from desktop.core.model import Finding, FindingKind, MentionType, Span

_WHAT = {"cause": "the cause", "motive": "the motive", "information": "the details"}


def withheld_agreements(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair]
) -> list[Finding]:
    """One agreement per pair of sentences saying alike that something is not made known."""
    agreed = {(p.left, p.right) for p in pairs if p.score >= tuning.STATEMENT_AGREE}
    findings = []
    for kind, i, j in withheld_pairs(left, right):
        if (i, j) in agreed:
            continue
        findings.append(
            finding(
                FindingKind.AGREE,
                MentionType.STATEMENT,
                [_span(left, kind, i)],
                [_span(right, kind, j)],
                f"Both articles say {_WHAT[kind]} is not yet known, each in its own words.",
                tuning.WITHHELD_AGREE_CONFIDENCE,
            )
        )
    return findings


def _span(analysis: Analysis, kind: str, i: int) -> Span:
    start, end = withheld_phrase(analysis, kind, i)
    return Span(start, end, analysis.document.text[start:end])
