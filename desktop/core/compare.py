"""One comparison from end to end: documents in, ``Report`` out. Pure orchestration, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.model import (
    AlignedPair,
    AnalysedDocument,
    Document,
    EngineInfo,
    Finding,
    Mention,
    Notice,
    NoticeCode,
    Report,
    Side,
    Summary,
    TextRange,
)
from desktop.core.runtime.errors import Cancelled
from desktop.version import __version__

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis

Progress = Callable[[str, float], None]
"""Called with a stage name ("Reading", "Loading language model", "Extracting", "Aligning") and 0..1."""

IsCancelled = Callable[[], bool]

MAX_COMPARED_CHARS = 100_000
"""Characters of each article that are compared (about 16,000 words: more than any news feature).

Time and memory grow with the text: on the dev machine a 10,000-word pair took 12.5 s and 633 MB,
a 50,000-word pair 78 s and 2.1 GB. Past this only the beginning is compared, with a notice."""

CHUNK_CHARS = 20_000
"""spaCy reads a text in pieces of about this many characters, cut at paragraph breaks: its
memory grows with the length of one piece, and a piece never nears its 1,000,000-character limit."""

PARSE_BATCH = 2
"""Pieces the pipeline reads in one batch. Each piece is read exactly as it would be alone (same
tags, parse and entities: the batch only shares the matrix products and each component's call);
two at a time cost 5% less CPU than one at a time on bench.speed's two 15,000-word documents
(5.0 s against 5.25 s, best of 4), and larger batches more again (5.6 s at 10, as the bare
``nlp.pipe`` of two whole texts: their matrices outgrow the processor's caches). The price is
memory: the engine's peak grows from about 310 to 400 MB on those documents (the bare pass
peaks near 790 MB), and stays bounded however long the article, as the pieces are."""

LANGUAGE_CONFIDENCE_CAP = 0.1
"""Highest confidence a finding keeps when a side is not in the pipeline's language: the entities
it rests on are guesses of a model reading the wrong language."""

_BREAKS = ("\n\n", "\n", ". ", " ")


def warm_up(model: str | None = None) -> object:
    """Load everything the first comparison reads once: the pipeline, the gazetteer and the
    embedding table. The engine process calls it at launch, so the sample's findings do not wait
    for these loads after Qt has started. (The language identifier loads only for a text that is
    not plainly English: see notices.plainly_english.)"""
    from desktop.core.alignment import embed
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.findings import build_findings  # noqa: F401  (imported for its warm-up)
    from desktop.core.locations import places

    pipeline = load_pipeline(model)
    pipeline.nlp("The first text a pipeline reads loads its lookup tables.")
    places.is_known_place("Greece")
    embed.default_table()
    return pipeline


def compare_files(
    left: str | Path,
    right: str | Path,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Report:
    """Read two article files and compare them. Raises ``IngestError`` for unreadable input."""
    from desktop.core.ingest import load_article

    _report(progress, "Reading", 0.0)
    left_article = load_article(left)
    right_article = load_article(right)
    _check(cancelled)
    return compare_documents(
        left_article.document,
        right_article.document,
        model=model,
        progress=progress,
        cancelled=cancelled,
        not_article=(left_article.not_article, right_article.not_article),
    )


def compare_documents(
    left: Document,
    right: Document,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    not_article: tuple[str | None, str | None] = (None, None),
) -> Report:
    """Extract, align and judge two documents. ``progress`` and ``cancelled`` serve the window's
    worker.

    ``not_article`` carries what each file's markup showed it to be ("redirect", "front_page").
    """
    from desktop.core.runtime.collector import no_full_collections

    with no_full_collections():
        return _compare(left, right, model, progress, cancelled, not_article)


def _compare(
    left: Document,
    right: Document,
    model: str | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    not_article: tuple[str | None, str | None],
) -> Report:
    from desktop.core.alignment.align import align, score_matrix
    from desktop.core.extraction.extract import analyse
    from desktop.core.extraction.parse_cache import release
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.findings import build_findings
    from desktop.core.naming.form_keys import merge_forms
    from desktop.core.naming.link import pair_names
    from desktop.core.persons.people import person_cards
    from desktop.core.quoting.sourcing import add_sourcing, read_quotes, sourced_summary
    from desktop.core.results.notices import document_notices
    from desktop.core.results.people_report import people_and_times
    from desktop.core.results.summary import summarise

    _report(progress, "Loading language model", 0.05)
    pipeline = load_pipeline(model)
    _check(cancelled)
    left, left_cut = compared_part(left, Side.LEFT)
    right, right_cut = compared_part(right, Side.RIGHT)
    spacy_docs = _parse([left.text, right.text], pipeline.nlp, progress, cancelled)
    left_analysis, right_analysis = analyse([left, right], spacy_docs)
    quotes = read_quotes(spacy_docs, [left, right])  # before the parse is freed
    names = pair_names(left_analysis.facts, right_analysis.facts)
    # A second form of a paired name takes that name's key, on either side (stop 58, keys58).
    merge_forms(left_analysis.facts, names.left_forms)
    merge_forms(right_analysis.facts, names.right_forms)
    links = names.links
    # The cards read the parse around each name, so they are made before the parses are freed.
    cards = person_cards(left_analysis, right_analysis, links, *spacy_docs)
    for doc in spacy_docs:
        release(doc)
    del spacy_docs
    _check(cancelled)
    _report(progress, "Aligning", 0.88)
    scores = score_matrix(left_analysis, right_analysis, links)
    pairs = align(scores)
    findings = build_findings(left_analysis, right_analysis, links, pairs, scores)
    findings, sourcing = add_sourcing(left, right, quotes, findings)
    portrait = people_and_times(findings, cards, left_analysis, right_analysis, links, pairs)
    findings = list(portrait.findings)
    summary = summarise(left_analysis, right_analysis, links, pairs, findings)
    findings, summary = sourced_summary(findings, summary, sourcing, left, right)
    notices = [n for n in (left_cut, right_cut) if n is not None]
    notices += document_notices(left, right, pipeline.nlp.lang, not_article=not_article)
    findings, summary = _with_notices(findings, summary, notices)
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
        quotes=sourcing.quotes,
        shared_passages=sourcing.passages,
        people=portrait.people,
        timeline=portrait.timeline,
    )
    _report(progress, "Done", 1.0)
    return report


def compared_part(document: Document, side: Side) -> tuple[Document, Notice | None]:
    """``document`` cut to ``MAX_COMPARED_CHARS`` at a paragraph (or sentence) break, if longer."""
    text = document.text
    if len(text) <= MAX_COMPARED_CHARS:
        return document, None
    cut = _break_before(text, MAX_COMPARED_CHARS)
    kept = text[:cut].rstrip()
    words_kept, words_all = len(kept.split()), len(text.split())
    notice = Notice(
        NoticeCode.TRUNCATED,
        side,
        f"The {side.value} article is very long: only its first {words_kept:,} of "
        f"{words_all:,} words were compared.",
    )
    return replace(document, text=kept, omitted_words=words_all - words_kept), notice


def _break_before(text: str, limit: int) -> int:
    """The end of the last paragraph (else line, sentence, word) that ends within ``limit``."""
    for separator in _BREAKS:
        at = text.rfind(separator, limit // 2, limit)
        if at != -1:
            return at + len(separator)
    return limit


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``size`` characters that join back to exactly ``text``.

    Each piece ends after a paragraph break where it can, so no sentence is split between two.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + _break_before(text[start : start + size], size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _parse(
    texts: Sequence[str], nlp: Any, progress: Progress | None, cancelled: IsCancelled | None
) -> list[Any]:
    """One spaCy doc per text, read piece by piece and joined so offsets index the text itself."""
    from spacy.tokens import Doc

    from desktop.core.extraction.extract import nlp_view
    from desktop.core.extraction.parse_cache import keep_text

    pieces = [chunks(nlp_view(text)) for text in texts]
    flat = [piece for side in pieces for piece in side]
    total = max(1, sum(len(piece) for piece in flat))
    done = 0
    parsed: list[Any] = []
    # One nlp.pipe call for every piece; cancellation is checked between pieces.
    for piece, doc in zip(flat, nlp.pipe(flat, batch_size=PARSE_BATCH), strict=True):
        parsed.append(doc)
        _check(cancelled)
        done += len(piece)
        _report(progress, "Extracting", 0.15 + 0.7 * done / total)
    docs: list[Any] = []
    for side in pieces:
        own, parsed = parsed[: len(side)], parsed[len(side) :]
        doc = own[0] if len(own) == 1 else Doc.from_docs(own, ensure_whitespace=False)
        keep_text(doc, "".join(side))  # the joined pieces: what Doc.text would join again
        docs.append(doc)
    return docs


def _with_notices(
    findings: Sequence[Finding], summary: Summary, notices: Sequence[Notice]
) -> tuple[list[Finding], Summary]:
    """Merge the documents' notices into the summary (before the engine's own ones)."""
    findings = list(findings)
    if not notices:
        return findings, summary
    verdict = summary.verdict
    if any(n.code is NoticeCode.LANGUAGE for n in notices):
        findings = [
            replace(f, confidence=min(f.confidence, LANGUAGE_CONFIDENCE_CAP)) for f in findings
        ]
        sides = " and ".join(
            n.side.value for n in notices if n.code is NoticeCode.LANGUAGE and n.side
        )
        verdict = (
            f"Not reliable: the {sides} article is not in the language model's language ({verdict})"
        )
    elif any(n.code is NoticeCode.SAME_TEXT for n in notices):
        verdict = f"The same text on both sides ({verdict})"
    return findings, replace(summary, verdict=verdict, notices=(*notices, *summary.notices))


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
