"""Why a gold agreement carries a yellow mark: every one-sided mark inside a gold agreement's quote,
classed by the structure around it rather than by its wording.

The classes, the first that holds:

* ``self-contradiction``: an agree or conflict finding covers words of the mark on the same side;
  the engine gives the same words two verdicts.
* ``sentence, unaligned`` / ``sentence, aligned``: a whole sentence (or clause) marked as told by
  nothing on the other side, whose sentence the alignment pairs with nothing, or with something.
* ``same type in aligned sentence``: a fact in a sentence aligned with one on the other side that
  gives a fact of the same type (a date and a date, a place and a place, two figures): told there,
  perhaps differently, and neither compared nor left unmarked.
* ``same value elsewhere``: the other article gives the same value in a sentence not aligned.
* ``no fact under the mark``: a word-level detail (a verb, a common noun).
* ``absent``: no trace of the fact on the other side.

Each class also counts its marks that match a gold one-sided line: those the gold writer asked to
stay yellow, so no rule can drop them without losing one-sided recall.

Run from the repository root: ``python -m bench.yellow_causes --gold NAME [--gold NAME] [--verbose]``.
``--verbose`` prints each mark with its gold quotes: use it on read sets only, never on check sets.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bench.common import found_corpus, get_engine, print_table, read_jsonl, short, spans_text
from bench.gold import set_names
from bench.gold_articles import gold_articles, gold_pair_half
from bench.quality import PairRun, locate_all, read_gold, run_pairs, select_pairs, with_gold_pairs
from bench.scoring import Gold, matches, one_sided_marks_inside
from desktop.core.model import Finding, FindingKind, Report, Side, Span, TextRange

SELF_CONTRADICTION = "self-contradiction"
SENTENCE_UNALIGNED = "sentence, unaligned"
SENTENCE_ALIGNED = "sentence, aligned"
SAME_TYPE_ALIGNED = "same type in aligned sentence"
SAME_VALUE_ELSEWHERE = "same value elsewhere"
NO_FACT = "no fact under the mark"
ABSENT = "absent"
CAUSES = (
    SELF_CONTRADICTION,
    SENTENCE_UNALIGNED,
    SENTENCE_ALIGNED,
    SAME_TYPE_ALIGNED,
    SAME_VALUE_ELSEWHERE,
    NO_FACT,
    ABSENT,
)
ONE_SIDED = (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)


@dataclass(frozen=True, slots=True)
class Mark:
    """One one-sided finding marking words inside a gold agreement's quote on one side."""

    gold: Gold
    finding: Finding
    side: Side
    spans: tuple[Span, ...]  # the finding's spans inside the quote
    cause: str
    asked_yellow: bool  # the mark also matches a gold one-sided line of its pair


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _overlap(a: _Ranged, b: _Ranged) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_of(report: Report, side: Side, span: Span) -> TextRange | None:
    for s in report.document(side).sentences:
        if s.start <= span.start < s.end:
            return TextRange(s.start, s.end)
    return None


def _partners(report: Report, side: Side, sentence: TextRange | None) -> list[TextRange]:
    """The other side's sentences the alignment pairs with ``sentence``."""
    if sentence is None:
        return []
    return [
        p.right if side is Side.LEFT else p.left
        for p in report.alignment
        if _overlap(p.left if side is Side.LEFT else p.right, sentence)
    ]


def cause_of(report: Report, finding: Finding, side: Side, spans: Sequence[Span]) -> str:
    """The first structural class that holds for the mark's ``spans`` (see the module's text)."""
    verdicts = (FindingKind.AGREE, FindingKind.CONFLICT)
    if any(
        f.kind in verdicts and any(_overlap(s, t) for s in spans for t in f.spans(side))
        for f in report.findings
    ):
        return SELF_CONTRADICTION
    partners = _partners(report, side, _sentence_of(report, side, spans[0]))
    if finding.is_statement:
        return SENTENCE_ALIGNED if partners else SENTENCE_UNALIGNED
    mine = [m for m in report.document(side).mentions if any(_overlap(m, s) for s in spans)]
    if not mine:
        return NO_FACT
    theirs = report.document(side.other).mentions
    types = {m.type for m in mine}
    if any(m.type in types and any(_overlap(m, p) for p in partners) for m in theirs):
        return SAME_TYPE_ALIGNED
    values = {m.value for m in mine}
    if any(m.value in values for m in theirs):
        return SAME_VALUE_ELSEWHERE
    return ABSENT


def marks_of(golds: Sequence[Gold], runs: dict[str, PairRun]) -> list[Mark]:
    """Every one-sided mark inside a matchable gold agreement, classed."""
    out = []
    for gold in golds:
        report = runs[gold.pair_id].report
        if gold.kind is not FindingKind.AGREE or not gold.matchable or report is None:
            continue
        one_sided = [
            g for g in golds if g.pair_id == gold.pair_id and g.kind in ONE_SIDED and g.matchable
        ]
        for f in one_sided_marks_inside(gold, report.findings):
            side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
            quote = gold.quote(side)
            assert quote is not None  # one_sided_marks_inside found the mark inside it
            spans = tuple(s for s in f.spans(side) if s.range.overlaps(quote))
            cause = cause_of(report, f, side, spans)
            asked = any(matches(f, g) for g in one_sided)
            out.append(Mark(gold, f, side, spans, cause, asked))
    return out


def print_causes(marks: Sequence[Mark]) -> None:
    by_gold: dict[int, set[str]] = {}
    for m in marks:
        by_gold.setdefault(id(m.gold), set()).add(m.cause)
    alone = Counter(next(iter(c)) for c in by_gold.values() if len(c) == 1)
    count = Counter(m.cause for m in marks)
    asked = Counter(m.cause for m in marks if m.asked_yellow)
    rows = [[c, count[c], asked[c], alone[c]] for c in CAUSES]
    rows.append(["all", len(marks), sum(asked.values()), len(by_gold)])
    print(f"\nYellow agreements: {len(by_gold)}; marks inside them: {len(marks)}")
    headers = ["cause", "marks", "of them a gold one-sided line", "agreements with this cause only"]
    print_table(headers, rows)


def print_marks(marks: Sequence[Mark]) -> None:
    for m in marks:
        asked = " (a gold one-sided line)" if m.asked_yellow else ""
        print(
            f"\n{m.gold.pair_id} [{m.cause}]{asked} {m.side.value} {m.finding.type.value}: ", end=""
        )
        print(repr(spans_text(list(m.spans))))
        print(f"    L: {short(m.gold.left_text, 90)}\n    R: {short(m.gold.right_text, 90)}")
        print(f"    why: {short(m.finding.reason, 110)}")


def run_sets(sets: Sequence[str]) -> tuple[list[Gold], dict[str, PairRun]]:
    """The engine's reports on the gold sets' pairs, and the gold lines located in them."""
    corpus = found_corpus()
    if corpus is None:
        return [], {}
    lines = read_gold(corpus, (), sets)
    wanted = ",".join(sorted({line["pair_id"] for line in lines}))
    pairs = with_gold_pairs(read_jsonl(corpus / "pairs.jsonl"), lines)
    pairs = [{**p, "half": gold_pair_half(p["left"], p["right"], corpus)} for p in pairs]
    articles = gold_articles(corpus)
    _, engine = get_engine()
    runs = run_pairs(select_pairs(pairs, wanted, None), articles, engine)
    return locate_all(runs, lines, articles), {r.pair_id: r for r in runs}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.yellow_causes", description=__doc__)
    parser.add_argument("--gold", action="append", default=[], metavar="NAME", required=True)
    parser.add_argument("--verbose", action="store_true", help="each mark (read sets only)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.gold) - set(set_names()))
    if unknown:
        print(f"no gold set {', '.join(unknown)} in bench/gold")
        return 2
    golds, runs = run_sets(args.gold)
    marks = marks_of(golds, runs)
    print_causes(marks)
    if args.verbose:
        print_marks(marks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
