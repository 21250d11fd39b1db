"""One comparison from end to end: documents in, ``Report`` out. Pure orchestration, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import Cancelled
from desktop.core.model import (
    AlignedPair,
    AnalysedDocument,
    Document,
    EngineInfo,
    Mention,
    Report,
    Side,
    TextRange,
)
from desktop.version import __version__

if TYPE_CHECKING:
    from desktop.core.extract import Analysis

Progress = Callable[[str, float], None]
"""Called with a stage name ("Reading", "Loading language model", "Extracting", "Aligning") and 0..1."""

IsCancelled = Callable[[], bool]


def compare_files(
    left: str | Path,
    right: str | Path,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Report:
    """Read two article files and compare them. Raises ``IngestError`` for unreadable input."""
    from desktop.core.ingest import load_document

    _report(progress, "Reading", 0.0)
    left_doc = load_document(left)
    right_doc = load_document(right)
    _check(cancelled)
    return compare_documents(
        left_doc, right_doc, model=model, progress=progress, cancelled=cancelled
    )


def compare_documents(
    left: Document,
    right: Document,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Report:
    """Extract, align and judge two documents. ``progress`` and ``cancelled`` serve the window's worker."""
    from desktop.core.align import align, score_matrix
    from desktop.core.extract import analyse, nlp_view
    from desktop.core.findings import build_findings
    from desktop.core.link import link_names
    from desktop.core.pipeline import load_pipeline
    from desktop.core.summary import summarise

    _report(progress, "Loading language model", 0.05)
    pipeline = load_pipeline(model)
    _check(cancelled)
    _report(progress, "Extracting", 0.15)
    spacy_docs = []
    # One nlp.pipe call for both texts; cancellation is checked between them.
    for i, spacy_doc in enumerate(pipeline.nlp.pipe([nlp_view(left.text), nlp_view(right.text)])):
        spacy_docs.append(spacy_doc)
        _check(cancelled)
        _report(progress, "Extracting", 0.15 + 0.35 * (i + 1))
    left_analysis, right_analysis = analyse([left, right], spacy_docs)
    del spacy_docs
    _check(cancelled)
    _report(progress, "Aligning", 0.88)
    links = link_names(left_analysis.facts, right_analysis.facts)
    scores = score_matrix(left_analysis, right_analysis, links)
    pairs = align(scores)
    findings = build_findings(left_analysis, right_analysis, links, pairs, scores)
    summary = summarise(left_analysis, right_analysis, links, pairs, findings)
    _check(cancelled)
    report = Report(
        engine=EngineInfo(
            app_version=__version__,
            model=pipeline.name,
            model_version=pipeline.version,
            spacy_version=pipeline.spacy_version,
        ),
        left=_analysed(Side.LEFT, left_analysis),
        right=_analysed(Side.RIGHT, right_analysis),
        findings=tuple(findings),
        alignment=tuple(
            AlignedPair(
                left=TextRange(
                    left_analysis.sentences[p.left].start, left_analysis.sentences[p.left].end
                ),
                right=TextRange(
                    right_analysis.sentences[p.right].start, right_analysis.sentences[p.right].end
                ),
                score=round(p.score, 4),
            )
            for p in sorted(pairs, key=lambda p: (p.left, p.right))
        ),
        summary=summary,
    )
    _report(progress, "Done", 1.0)
    return report


def _analysed(side: Side, analysis: Analysis) -> AnalysedDocument:
    mentions = tuple(
        Mention(
            start=f.start,
            end=f.end,
            text=f.text,
            type=f.type,
            value=f.value,
            entity=f"{side.value[0]}:{f.key}",
            label=f.label,
            attributes=f.attributes(),
        )
        for f in analysis.facts
    )
    return AnalysedDocument(side, analysis.document, tuple(analysis.sentences), mentions)


def _report(progress: Progress | None, stage: str, fraction: float) -> None:
    if progress is not None:
        progress(stage, fraction)


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
