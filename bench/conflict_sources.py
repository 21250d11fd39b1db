"""Which pass made each conflict a comparison shows, and where its two values stand.

A debug trace for audits of wrong conflicts by their source (stop 47): it watches the engine
from outside, so the report is byte-identical with and without it. Every ``Draft`` and
``Finding`` made while it runs is tagged with the findings module and function that made it
(a copy made by ``dataclasses.replace`` or by ``finish`` keeps its original's tag), and the
pass ``build_findings`` called for it. Each conflict is then told with the structure around
it: the alignment score of its two sentences, whether they are each other's best partner,
whether the alignment paired them, whether either stands in the headline or lead, and the
types and labels of its two values.

    PYTHONPATH=. python -m bench.conflict_sources LEFT_ID RIGHT_ID [...]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from bench.common import article_document, found_corpus, load_articles, load_gvc_articles
from bench.gold_articles import semeval_articles
from desktop.core.findings import tuning

_ENGINE = str(Path("desktop") / "core")
_SKIPPED = ("assembly.py", "model.py", "dataclasses.py", "conflict_sources.py")


@dataclass(frozen=True)
class Origin:
    """Who made a verdict: the pass ``build_findings`` called, and the function that built it."""

    stage: str
    maker: str


@dataclass(frozen=True)
class ConflictSource:
    """One conflict shown, with its maker and the structure its two values stand in."""

    origin: Origin
    left_text: str
    right_text: str
    left_sentence: int
    right_sentence: int
    score: float
    mutual_best: bool
    aligned_pair: bool
    lead: bool
    left_kind: str
    right_kind: str
    reason: str
    left_sentence_text: str
    right_sentence_text: str
    # The context words of the two values (the slot): how much they share, and whether the
    # words they hang on (weight 1) meet.
    slot_overlap: float
    same_head: bool


class _Trace:
    def __init__(self) -> None:
        self.origins: dict[int, Origin] = {}
        self.kept: list[object] = []  # keeps tagged objects alive, so their ids stay theirs
        self.inputs: tuple[Any, ...] = ()

    def tag(self, obj: object, frame: FrameType | None) -> None:
        self.kept.append(obj)
        self.origins[id(obj)] = self._origin(frame)

    def _origin(self, frame: FrameType | None) -> Origin:
        maker, stage = "", ""
        while frame is not None:
            code = frame.f_code
            name = Path(code.co_filename).name
            if code.co_name == "replace" and name == "dataclasses.py":
                copied = self.origins.get(id(frame.f_locals.get("obj")))
                if copied is not None:
                    return copied
            if code.co_name == "finish" and name == "assembly.py":
                drafted = self.origins.get(id(frame.f_locals.get("draft")))
                if drafted is not None:
                    return drafted
            if not maker and _ENGINE in code.co_filename and name not in _SKIPPED:
                module = Path(code.co_filename).stem
                maker = f"{module}.{code.co_name}"
            caller = frame.f_back
            if caller is not None and (
                caller.f_code.co_name == "build_findings"
                or Path(caller.f_code.co_filename).name == "compare.py"
            ):
                stage = code.co_name
                break
            frame = caller
        return Origin(stage or "?", maker or "?")


@contextlib.contextmanager
def traced() -> Iterator[_Trace]:
    """Tag every draft and finding made inside the block with its maker."""
    import desktop.core.findings as findings_package
    from desktop.core.findings.bookkeeping import assembly
    from desktop.core.model import Finding

    trace = _Trace()
    draft_init, finding_init = assembly.Draft.__init__, Finding.__init__
    build = findings_package.build_findings

    def draft(self: object, *args: Any, **kwargs: Any) -> None:
        draft_init(self, *args, **kwargs)  # type: ignore[arg-type]
        trace.tag(self, sys._getframe(1))

    def finding(self: object, *args: Any, **kwargs: Any) -> None:
        finding_init(self, *args, **kwargs)  # type: ignore[arg-type]
        trace.tag(self, sys._getframe(1))

    def build_findings(*args: Any) -> Any:
        trace.inputs = args
        return build(*args)

    assembly.Draft.__init__ = draft  # type: ignore[method-assign]
    Finding.__init__ = finding  # type: ignore[method-assign]
    findings_package.build_findings = build_findings  # type: ignore[assignment]
    try:
        yield trace
    finally:
        assembly.Draft.__init__ = draft_init  # type: ignore[method-assign]
        Finding.__init__ = finding_init  # type: ignore[method-assign]
        findings_package.build_findings = build


def _sentence(analysis: Any, at: int) -> int:
    for index, sentence in enumerate(analysis.sentences):
        if sentence.start <= at < sentence.end:
            return int(index)
    return -1


def _sentence_text(analysis: Any, index: int) -> str:
    if index < 0:
        return ""
    sentence = analysis.sentences[index]
    return str(analysis.document.text[sentence.start : sentence.end])


def _facts(analysis: Any, spans: Sequence[Any]) -> list[Any]:
    return [
        fact
        for span in spans[:1]
        for fact in analysis.facts
        if fact.start < span.end and span.start < fact.end
    ]


def _slot_overlap(left: Any, lspans: Sequence[Any], right: Any, rspans: Sequence[Any]) -> float:
    from desktop.core.findings.bookkeeping.claims import overlap

    pairs = [(a, b) for a in _facts(left, lspans) for b in _facts(right, rspans)]
    return max((float(overlap(a.slot, b.slot)) for a, b in pairs), default=-1.0)


def _same_head(left: Any, lspans: Sequence[Any], right: Any, rspans: Sequence[Any]) -> bool:
    for a in _facts(left, lspans):
        heads = {w for w, weight in a.slot.items() if weight >= 1.0}
        for b in _facts(right, rspans):
            if any(b.slot.get(w, 0.0) >= 1.0 for w in heads):
                return True
    return False


def _kind(analysis: Any, spans: Sequence[Any]) -> str:
    labels = {
        f"{fact.type.value}/{fact.label}"
        for span in spans
        for fact in analysis.facts
        if fact.start < span.end and span.start < fact.end
    }
    return ",".join(sorted(labels)) or "-"


def conflict_sources(report: Any, trace: _Trace) -> list[ConflictSource]:
    left, right, _links, pairs, scores = trace.inputs
    paired = {(p.left, p.right) for p in pairs}
    out: list[ConflictSource] = []
    for f in report.findings:
        if f.kind.value != "conflict" or not f.left or not f.right:
            continue
        ls, rs = _sentence(left, f.left[0].start), _sentence(right, f.right[0].start)
        score = float(scores[ls, rs]) if ls >= 0 and rs >= 0 else float("nan")
        mutual = (
            ls >= 0
            and rs >= 0
            and int(scores[ls].argmax()) == rs
            and int(scores[:, rs].argmax()) == ls
        )
        out.append(
            ConflictSource(
                origin=trace.origins.get(id(f), Origin("?", "?")),
                left_text=" | ".join(s.text for s in f.left),
                right_text=" | ".join(s.text for s in f.right),
                left_sentence=ls,
                right_sentence=rs,
                score=round(score, 3),
                mutual_best=mutual,
                aligned_pair=(ls, rs) in paired,
                lead=min(ls, rs) < tuning.LEAD_SENTENCES,
                left_kind=_kind(left, f.left),
                right_kind=_kind(right, f.right),
                reason=f.reason,
                left_sentence_text=_sentence_text(left, ls),
                right_sentence_text=_sentence_text(right, rs),
                slot_overlap=round(_slot_overlap(left, f.left, right, f.right), 3),
                same_head=_same_head(left, f.left, right, f.right),
            )
        )
    return out


def compare_traced(left: dict[str, Any], right: dict[str, Any]) -> tuple[Any, list[ConflictSource]]:
    """The report of two corpus articles, and where each of its conflicts came from."""
    from desktop.core.compare import compare_documents

    with traced() as trace:
        report = compare_documents(article_document(left), article_document(right))
        return report, conflict_sources(report, trace)


def all_articles() -> dict[str, dict[str, Any]]:
    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    return {**load_articles(corpus), **load_gvc_articles(corpus), **semeval_articles(corpus)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="+", help="LEFT RIGHT [LEFT RIGHT ...] article ids")
    args = parser.parse_args(argv)
    articles = all_articles()
    for a, b in zip(args.ids[::2], args.ids[1::2], strict=True):
        _report, sources = compare_traced(articles[a], articles[b])
        for source in sources:
            row = {"pair": f"{a}|{b}", **source.__dict__, "origin": source.origin.__dict__}
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
