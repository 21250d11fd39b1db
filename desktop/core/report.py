"""The versioned JSON report: ``Report`` to plain dicts and back (see docs/report-format.md)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.model import (
    AlignedPair,
    AnalysedDocument,
    Document,
    EngineInfo,
    Finding,
    FindingKind,
    Mention,
    MentionType,
    Notice,
    NoticeCode,
    Quote,
    Report,
    ReviewStatus,
    Sentence,
    SharedPassage,
    Side,
    Span,
    Summary,
    TextRange,
)
from desktop.core.persistence.report_people import (
    checked_offset,
    people_from_list,
    people_to_list,
    timeline_from_list,
    timeline_to_list,
)
from desktop.core.results.trust import is_to_check
from desktop.core.runtime.errors import ReportFormatError

REPORT_VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "version": REPORT_VERSION,
        "engine": {
            "app_version": report.engine.app_version,
            "model": report.engine.model,
            "model_version": report.engine.model_version,
            "spacy_version": report.engine.spacy_version,
        },
        "documents": [_document_to_dict(report.left), _document_to_dict(report.right)],
        "findings": [_finding_to_dict(f) for f in report.findings],
        "alignment": [
            {
                "left": {"start": p.left.start, "end": p.left.end},
                "right": {"start": p.right.start, "end": p.right.end},
                "score": round(p.score, 4),
            }
            for p in report.alignment
        ],
        "summary": {
            "same_event_score": round(report.summary.same_event_score, 4),
            "corroboration": round(report.summary.corroboration, 4),
            "counts": dict(report.summary.counts),
            "verdict": report.summary.verdict,
            "notices": [
                {
                    "code": n.code.value,
                    "side": n.side.value if n.side else None,
                    "message": n.message,
                }
                for n in report.summary.notices
            ],
            "shared_copy": round(report.summary.shared_copy, 4),
        },
        **_sourcing_to_dict(report),
        "people": people_to_list(report.people),
        "timeline": timeline_to_list(report.timeline),
    }


def report_to_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def report_from_dict(data: Any, *, path: str | None = None) -> Report:
    """Rebuild a report, refusing anything that is not a version this code understands."""
    if not isinstance(data, dict):
        raise ReportFormatError(path, "not a Crosscheck report (expected a JSON object)")
    version = data.get("version")
    if not isinstance(version, int):
        raise ReportFormatError(path, "not a Crosscheck report (no version number)")
    if version > REPORT_VERSION:
        raise ReportFormatError(
            path,
            f"made by a newer Crosscheck (report version {version}; this one reads up to "
            f"{REPORT_VERSION}). Update Crosscheck to open it.",
        )
    try:
        engine = data["engine"]
        docs = data["documents"]
        by_side = {d["side"]: _document_from_dict(d) for d in docs}
        summary = data["summary"]
        return Report(
            engine=EngineInfo(
                app_version=str(engine.get("app_version", "")),
                model=str(engine["model"]),
                model_version=str(engine["model_version"]),
                spacy_version=str(engine.get("spacy_version", "")),
            ),
            left=by_side["left"],
            right=by_side["right"],
            findings=tuple(_finding_from_dict(f) for f in data["findings"]),
            alignment=tuple(
                AlignedPair(
                    left=TextRange(int(p["left"]["start"]), int(p["left"]["end"])),
                    right=TextRange(int(p["right"]["start"]), int(p["right"]["end"])),
                    score=float(p["score"]),
                )
                for p in data["alignment"]
            ),
            summary=Summary(
                same_event_score=float(summary["same_event_score"]),
                corroboration=float(summary.get("corroboration", 0.0)),
                counts={str(k): int(v) for k, v in summary.get("counts", {}).items()},
                verdict=str(summary.get("verdict", "")),
                notices=tuple(_notice_from_dict(n) for n in summary.get("notices", [])),
                shared_copy=float(summary.get("shared_copy", 0.0)),
            ),
            **_sourcing_from_dict(data, by_side),
            people=people_from_list(data.get("people"), _lengths(by_side)),
            timeline=timeline_from_list(data.get("timeline"), _lengths(by_side)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReportFormatError(path, f"the report is damaged or incomplete ({exc!r})") from None


def _document_to_dict(doc: AnalysedDocument) -> dict[str, Any]:
    d = doc.document
    return {
        "side": doc.side.value,
        "source": d.source,
        "title": d.title,
        "date": d.date,
        "byline": d.byline,
        "format": d.format,
        "sha256": d.sha256,
        "encoding": d.encoding,
        "text": d.text,
        "omitted_words": d.omitted_words,
        "sentences": [
            {"start": s.start, "end": s.end, "attribution": s.attribution, "hedged": s.hedged}
            for s in doc.sentences
        ],
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "type": m.type.value,
                "value": m.value,
                "entity": m.entity,
                "label": m.label,
                "attributes": dict(m.attributes),
            }
            for m in doc.mentions
        ],
    }


def _document_from_dict(d: dict[str, Any]) -> AnalysedDocument:
    text = d["text"]
    if not isinstance(text, str):
        raise TypeError("document text is not a string")
    document = Document(
        source=str(d["source"]),
        text=text,
        title=d.get("title"),
        date=d.get("date"),
        byline=d.get("byline"),
        format=str(d.get("format", "txt")),
        sha256=d.get("sha256"),
        encoding=d.get("encoding"),
        omitted_words=_omitted_words(d.get("omitted_words", 0)),
    )
    n = len(text)
    sentences = tuple(
        Sentence(
            start=checked_offset(s["start"], n),
            end=checked_offset(s["end"], n),
            attribution=s.get("attribution"),
            hedged=bool(s.get("hedged", False)),
        )
        for s in d.get("sentences", [])
    )
    mentions = tuple(
        Mention(
            start=checked_offset(m["start"], n),
            end=checked_offset(m["end"], n),
            text=str(m["text"]),
            type=MentionType(m["type"]),
            value=str(m.get("value", "")),
            entity=str(m.get("entity", "")),
            label=str(m.get("label", "")),
            attributes=tuple((str(k), str(v)) for k, v in dict(m.get("attributes", {})).items()),
        )
        for m in d.get("mentions", [])
    )
    return AnalysedDocument(Side(d["side"]), document, sentences, mentions)


def _omitted_words(value: object) -> int:
    """A document's ``omitted_words`` as written (0 in a report from before it was kept)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError("omitted_words is not a count of words")
    return value


def _finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind.value,
        "type": f.type.value,
        "left": [{"start": s.start, "end": s.end, "text": s.text} for s in f.left],
        "right": [{"start": s.start, "end": s.end, "text": s.text} for s in f.right],
        "reason": f.reason,
        "confidence": round(f.confidence, 3),
        "status": f.status.value,
        "note": f.note,
        "origin": f.origin,
        "independent": f.independent,
        "person": f.person,
        # Derived from kind, origin and confidence (desktop.core.results.trust): written for
        # readers of the JSON, recomputed on reading, so a report written before it opens alike.
        "to_check": is_to_check(f),
    }


def _finding_from_dict(f: dict[str, Any]) -> Finding:
    return Finding(
        id=str(f["id"]),
        kind=FindingKind(f["kind"]),
        type=MentionType(f["type"]),
        left=tuple(Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in f["left"]),
        right=tuple(Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in f["right"]),
        reason=str(f["reason"]),
        confidence=float(f["confidence"]),
        status=ReviewStatus(f.get("status", "open")),
        note=str(f.get("note", "")),
        origin=str(f.get("origin", "engine")),
        independent=bool(f.get("independent", True)),
        person=_person_of(f),
    )


def _person_of(f: dict[str, Any]) -> str | None:
    person = f.get("person")
    return None if person is None else str(person)


def _lengths(by_side: dict[str, AnalysedDocument]) -> tuple[int, int]:
    return len(by_side["left"].document.text), len(by_side["right"].document.text)


# ------------------------------------------------------------------- issue 12: quotes, shared copy


def _sourcing_to_dict(report: Report) -> dict[str, Any]:
    """``quotes`` and ``shared_passages``: who is quoted saying what, and the copy both print."""
    return {
        "quotes": [
            {
                "side": q.side.value if q.side else None,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "speaker": q.speaker,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "direct": q.direct,
                "inferred": q.inferred,
                "pieces": [{"start": p.start, "end": p.end} for p in q.pieces],
            }
            for q in report.quotes
        ],
        "shared_passages": [
            {
                "left": {"start": p.left.start, "end": p.left.end},
                "right": {"start": p.right.start, "end": p.right.end},
                "words": p.words,
            }
            for p in report.shared_passages
        ],
    }


def _sourcing_from_dict(data: dict[str, Any], docs: dict[str, AnalysedDocument]) -> dict[str, Any]:
    """The ``Report`` fields of ``_sourcing_to_dict``; a report written before them has none."""
    lengths = {side: len(doc.document.text) for side, doc in docs.items()}
    return {
        "quotes": tuple(_quote_from_dict(q, lengths) for q in data.get("quotes", [])),
        "shared_passages": tuple(
            SharedPassage(
                left=_range(p["left"], lengths["left"]),
                right=_range(p["right"], lengths["right"]),
                words=int(p["words"]),
            )
            for p in data.get("shared_passages", [])
        ),
    }


def _quote_from_dict(q: dict[str, Any], lengths: dict[str, int]) -> Quote:
    side = Side(q["side"])
    n = lengths[side.value]
    start, end = checked_offset(q["start"], n), checked_offset(q["end"], n)
    speaker_start, speaker_end = q.get("speaker_start"), q.get("speaker_end")
    pieces = tuple(_range(p, n) for p in q.get("pieces", []))
    speaker = q.get("speaker")
    return Quote(
        side=side,
        start=start,
        end=end,
        text=str(q["text"]),
        speaker=None if speaker is None else str(speaker),
        speaker_start=None if speaker_start is None else checked_offset(speaker_start, n),
        speaker_end=None if speaker_end is None else checked_offset(speaker_end, n),
        pieces=pieces,
        direct=bool(q.get("direct", True)),
        inferred=bool(q.get("inferred", False)),
    )


def _range(r: dict[str, Any], length: int) -> TextRange:
    return TextRange(checked_offset(r["start"], length), checked_offset(r["end"], length))


def _notice_from_dict(n: dict[str, Any]) -> Notice:
    side = n.get("side")
    return Notice(
        code=NoticeCode(n["code"]),
        side=Side(side) if side else None,
        message=str(n.get("message", "")),
    )
