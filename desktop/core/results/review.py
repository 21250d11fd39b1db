"""The journalist's review as pure functions: links the reviewer adds, carrying a review across a
re-run, who is reviewing, the name a saved comparison is offered under.

Plain data in, plain data out, shared by the window and the command line; the undoable edits that
use them live in ``desktop.qt.commands``, how a status is shown in ``desktop.qt.review``.
"""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import replace
from pathlib import Path

from desktop.core.model import (
    Finding,
    FindingKind,
    MentionType,
    Report,
    ReviewStatus,
    Side,
    Span,
)
from desktop.core.persistence.persist import SUFFIX, SavedComparison

USER_REASON = "Linked by the reviewer"
USER_ORIGIN = "user"


def default_user() -> str | None:
    """The name written as "saved by": the login name; None where the platform cannot tell."""
    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):  # no USER variable and no password database entry
        return None


def is_link(finding: Finding) -> bool:
    """Only findings joining a span on each side are links the reviewer may remove; one-sided
    facts are dismissed instead (there is nothing to unlink)."""
    return bool(finding.left and finding.right)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start..end`` to exclude surrounding white space (a drag-selection usually has some,
    and so does a line an exported quote is taken from)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def user_link_id(kind: FindingKind, left: Span, right: Span) -> str:
    """Stable for the same two spans and verdict, so the same link added twice is noticed."""
    key = f"{kind.value}|{left.start}:{left.end}|{right.start}:{right.end}"
    return "u-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def link_type(report: Report, left: Span, right: Span) -> MentionType:
    """What the linked words are: the type of an entity they cover exactly or overlap, else a
    sentence ("statement") for four words or more, else "other"."""
    for side, span in ((Side.LEFT, left), (Side.RIGHT, right)):
        for mention in report.document(side).mentions:
            if mention.start < span.end and span.start < mention.end:
                return mention.type
    return MentionType.STATEMENT if len(left.text.split()) >= 4 else MentionType.OTHER


def make_user_link(report: Report, kind: FindingKind, left: Span, right: Span) -> Finding:
    return Finding(
        id=user_link_id(kind, left, right),
        kind=kind,
        type=link_type(report, left, right),
        left=(left,),
        right=(right,),
        reason=USER_REASON,
        confidence=1.0,
        status=ReviewStatus.CONFIRMED,  # the reviewer made it: nothing left to check
        note="",
        origin=USER_ORIGIN,
    )


def merge_review(old: SavedComparison, report: Report) -> tuple[SavedComparison, int]:
    """A re-run's report carrying the review over: status and note of each engine finding whose id
    survives, the reviewer's links whose words are still where they were, and the removed ids
    (dropped again). Returns the comparison and how many user links no longer fit the texts."""
    previous = {f.id: f for f in old.report.findings}
    removed = set(old.removed)
    findings = []
    for finding in report.findings:
        if finding.id in removed:
            continue
        before = previous.get(finding.id)
        if before is not None and before.origin != USER_ORIGIN:
            finding = replace(finding, status=before.status, note=before.note)
        findings.append(finding)
    present = {f.id for f in findings}
    lost = 0
    for link in old.report.findings:
        if link.origin != USER_ORIGIN or link.id in present:
            continue
        if all(
            report.document(side).document.text[s.start : s.end] == s.text
            for side in Side
            for s in link.spans(side)
        ):
            findings.append(link)
        else:
            lost += 1
    merged = replace(old, report=replace(report, findings=tuple(findings)), sources=None)
    return merged, lost


def suggested_name(report: Report) -> str:
    """The name a Save As dialog suggests: "left vs right.crosscheck"."""
    left = Path(report.left.document.source).stem or "left"
    right = Path(report.right.document.source).stem or "right"
    return f"{left} vs {right}{SUFFIX}"
