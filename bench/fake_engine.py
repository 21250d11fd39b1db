"""A deliberately crude stand-in for ``compare_documents``, used only to check the benchmarks.

It lets the harness run end to end while the real engine is unfinished: named entities with the
same text on both sides agree, entities of the same label but different text in aligned sentences
conflict, and the rest are one-sided. Its scores mean nothing about the product.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bench.common import MODEL_NAME, load_pipeline
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
    TextRange,
)

# Labels worth comparing; ORDINAL/NORP and friends add noise without testing anything new.
_LABELS = {"PERSON", "GPE", "LOC", "ORG", "DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
_MIN_ALIGN = 0.2


def compare_documents(left: Document, right: Document, **_: Any) -> Report:
    nlp = load_pipeline()
    left_doc, right_doc = nlp.pipe([left.text, right.text])
    alignment = _align(left_doc, right_doc)
    findings = _findings(_ents(left_doc), _ents(right_doc), alignment)
    counts = {k.value: sum(f.kind is k for f in findings) for k in FindingKind}
    return Report(
        engine=EngineInfo("fake", MODEL_NAME, "", ""),
        left=AnalysedDocument(Side.LEFT, left),
        right=AnalysedDocument(Side.RIGHT, right),
        findings=tuple(findings),
        alignment=tuple(alignment),
        summary=Summary(_same_event(left_doc, right_doc), 0.0, counts, "fake"),
    )


def _ents(doc: Any) -> list[Any]:
    return [e for e in doc.ents if e.label_ in _LABELS]


def _key(ent: Any) -> str:
    return ent.text.lower().removeprefix("the ")


def _words(sent: Any) -> set[str]:
    return {t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop}


def _align(left_doc: Any, right_doc: Any) -> list[AlignedPair]:
    """Each left sentence to its most similar right sentence by content-word Jaccard."""
    rights = [(s, _words(s)) for s in right_doc.sents]
    pairs = []
    for sent in left_doc.sents:
        words = _words(sent)
        best, score = None, 0.0
        for other, other_words in rights:
            union = words | other_words
            jaccard = len(words & other_words) / len(union) if union else 0.0
            if jaccard > score:
                best, score = other, jaccard
        if best is not None and score >= _MIN_ALIGN:
            pairs.append(
                AlignedPair(
                    TextRange(sent.start_char, sent.end_char),
                    TextRange(best.start_char, best.end_char),
                    score,
                )
            )
    return pairs


def _span(ent: Any) -> Span:
    return Span(ent.start_char, ent.end_char, ent.text)


def _partner(ent: Any, rights: Iterable[Any], alignment: list[AlignedPair]) -> Any | None:
    """A right entity of the same label, in a sentence aligned with ``ent``'s, with other text."""
    for pair in alignment:
        if not pair.left.contains(ent.start_char):
            continue
        for other in rights:
            same_label = other.label_ == ent.label_
            if same_label and pair.right.contains(other.start_char) and _key(other) != _key(ent):
                return other
    return None


def _findings(lefts: list[Any], rights: list[Any], alignment: list[AlignedPair]) -> list[Finding]:
    right_keys = {_key(e): e for e in rights}
    left_keys = {_key(e) for e in lefts}
    used: set[int] = set()
    out: list[Finding] = []

    def add(kind: FindingKind, ent_l: Any, ent_r: Any) -> None:  # either may be None
        label = (ent_l if ent_l is not None else ent_r).label_.lower()
        left_spans = (_span(ent_l),) if ent_l is not None else ()
        right_spans = (_span(ent_r),) if ent_r is not None else ()
        out.append(
            Finding(f"f{len(out)}", kind, MentionType(label), left_spans, right_spans, "fake", 0.5)
        )

    for ent in lefts:
        if _key(ent) in right_keys:
            add(FindingKind.AGREE, ent, right_keys[_key(ent)])
            continue
        other = _partner(ent, rights, alignment)
        if other is not None and _key(other) not in left_keys:
            used.add(other.start_char)
            add(FindingKind.CONFLICT, ent, other)
        else:
            add(FindingKind.LEFT_ONLY, ent, None)
    for ent in rights:
        if _key(ent) not in left_keys and ent.start_char not in used:
            add(FindingKind.RIGHT_ONLY, None, ent)
    return out


def _same_event(left_doc: Any, right_doc: Any) -> float:
    left = {_key(e) for e in _ents(left_doc)}
    right = {_key(e) for e in _ents(right_doc)}
    smaller = min(len(left), len(right))
    return len(left & right) / smaller if smaller else 0.0
