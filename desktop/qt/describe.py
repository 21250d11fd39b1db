"""Words the comparison view shows about the report: the header line and a finding's tooltip.

Pure functions (report in, text out) so tests check them without a window. The header's numbers
come from ``desktop.core.results.counts`` like every other count in the window and the reports.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop.core.model import Finding, FindingKind, NoticeCode, Report, ReviewStatus
from desktop.core.results.counts import count_findings, facts_line, same_event_judgement
from desktop.core.results.palette import KIND_LABELS
from desktop.core.results.review import USER_ORIGIN
from desktop.core.results.trust import TO_CHECK_HINT, TO_CHECK_LABEL, is_to_check
from desktop.qt.review import STATUS_LABELS

# An agreement inside a passage both articles reprint: said once, printed twice.
NOT_INDEPENDENT = "same agency copy, not independent"
SHARED_COPY_LABEL = "same agency copy"
# The table's short verdict for such an agreement (the Verdict column is narrow).
SHARED_KIND_LABEL = "Same copy"
# ... and for a conflict the engine is less sure of (its "≠" still says conflict).
CHECK_KIND_LABEL = "To check"


def is_shared_agreement(finding: Finding) -> bool:
    return finding.kind is FindingKind.AGREE and not finding.independent


def verdict_text(finding: Finding) -> str:
    """The verdict in words: "Corroborated", for an agreement inside shared agency copy
    "Corroborated — same agency copy, not independent", for a conflict the engine is less sure
    of "Conflict — to check"."""
    label = KIND_LABELS[finding.kind]
    if is_to_check(finding):
        return f"{label} — {TO_CHECK_LABEL}"
    return f"{label} — {NOT_INDEPENDENT}" if is_shared_agreement(finding) else label


def shared_copy_text(report: Report) -> str:
    """ "62% same agency copy" when the articles share passages, else ""."""
    share = report.summary.shared_copy
    if share <= 0:
        return ""
    # A share that rounds to 0% is still some shared copy: say "under 1%", not "0%".
    shown = f"{share:.0%}" if share >= 0.005 else "under 1%"
    return f"{shown} {SHARED_COPY_LABEL}"


def summary_text(report: Report, *, conflicts_held: bool = False) -> str:
    """The header line: "2 conflicts, 14 corroborated, 9 only left, 6 only right; likely the same
    event", counted from the findings as reviewed, then "· 62% same agency copy" when the articles
    reprint the same passages. With the conflicts held back (different events) it leads with the
    judgement, since the counts are not comparisons of one event.

    The core's verdict line opens with a whole sentence about shared copy ("62% of the right
    article is the same agency copy as the left; 3 facts are corroborated independently"): right
    for a report, too long for one line above the articles, which it widened past a laptop
    screen. The header says the share in three words; the facts line already counts the
    agreements "in shared copy"."""
    counts = count_findings(report)
    facts = facts_line(counts)
    if conflicts_held or report.summary.notice(NoticeCode.DIFFERENT_EVENTS) is not None:
        judgement = same_event_judgement(report.summary)
        line = f"{judgement[:1].upper()}{judgement[1:]}: {facts}"
    else:
        line = f"{facts}; {same_event_judgement(report.summary)}"
    shared = shared_copy_text(report)
    return f"{line} · {shared}" if shared else line


def describe_finding(finding: Finding) -> str:
    """Tooltip HTML: the verdict, both sides' wording, the reason."""

    def side(spans: Sequence[object], name: str) -> str:
        texts = dict.fromkeys(" ".join(getattr(s, "text", "").split()) for s in spans)
        shown = " / ".join(f"“{html.escape(t)}”" for t in texts if t)
        return f"<b>{name}:</b> {shown or '<i>not mentioned</i>'}"

    kind_type = "sentence" if finding.is_statement else finding.type
    review = ""
    if finding.status is not ReviewStatus.OPEN:
        review = f"<br><b>{STATUS_LABELS[finding.status]}</b> by the reviewer"
    if finding.note:
        review += f"<br><b>Note:</b> {html.escape(finding.note)}"
    confidence = (
        "added by the reviewer"
        if finding.origin == USER_ORIGIN
        else f"confidence {finding.confidence:.0%}"
    )
    return (
        f"<p style='white-space:pre-wrap'><b>{html.escape(verdict_text(finding))}</b>"
        f" · {html.escape(kind_type)}"
        f"<br>{side(finding.left, 'Left')}<br>{side(finding.right, 'Right')}"
        f"<br>{html.escape(finding.reason)}{_check_hint(finding)}{review}"
        f"<br><small>{confidence} · click to show in the other article · right-click to review</small></p>"
    )


def _check_hint(finding: Finding) -> str:
    """Why a conflict is one to check, on its own line; nothing for any other finding."""
    return f"<br><i>To check: {html.escape(TO_CHECK_HINT)}.</i>" if is_to_check(finding) else ""
