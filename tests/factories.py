"""Hand-made reports for tests that need no spaCy: spans are located by the words they cover."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.core.model import (
    AlignedPair,
    AnalysedDocument,
    Document,
    EngineInfo,
    Finding,
    FindingKind,
    MentionType,
    Report,
    Side,
    Span,
    Summary,
)

ENGINE = EngineInfo("0.1.0", "en_core_web_sm", "3.8.0", "3.8.2")


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def finding(
    texts: tuple[str, str],
    fid: str,
    kind: str,
    type_: str,
    left: Iterable[str] = (),
    right: Iterable[str] = (),
    *,
    reason: str | None = None,
    confidence: float = 0.75,
    **review: Any,
) -> Finding:
    """A finding whose spans are the first occurrence of each phrase in the left/right text."""
    return Finding(
        fid,
        FindingKind(kind),
        MentionType(type_),
        tuple(span(texts[0], n) for n in left),
        tuple(span(texts[1], n) for n in right),
        reason if reason is not None else f"{kind} {type_}",
        confidence,
        **review,
    )


def report(
    texts: tuple[str, str],
    findings: Sequence[Finding],
    *,
    sources: tuple[str, str] = ("/news/left.txt", "/news/right.txt"),
    left_title: str | None = None,
    hashes: tuple[str | None, str | None] = ("ab" * 32, "cd" * 32),
    alignment: Sequence[AlignedPair] = (),
    summary: Summary | None = None,
) -> Report:
    return Report(
        engine=ENGINE,
        left=AnalysedDocument(
            Side.LEFT, Document(sources[0], texts[0], title=left_title, sha256=hashes[0])
        ),
        right=AnalysedDocument(Side.RIGHT, Document(sources[1], texts[1], sha256=hashes[1])),
        findings=tuple(findings),
        alignment=tuple(alignment),
        summary=summary
        or Summary(0.8, 0.5, {"agree": 1, "conflict": 1}, "likely the same event; 1 conflict"),
    )
