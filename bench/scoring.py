"""How findings are scored against hand-written gold lines: the corpus README's definitions, which
are the ones a journalist sees and the ones that judge the hidden sets.

* A tool finding matches a gold line when it has the same kind and its spans overlap the gold
  quotes on every side the gold names (quotes located in the report's own text).
* A tool conflict is right only when it matches a gold conflict.
* A false alarm is a tool conflict overlapping both quotes of a gold agreement.
* An agreement is "shown as only-one" when any ``left_only`` mark overlaps its left quote or any
  ``right_only`` mark overlaps its right quote — whatever else covers it, an agree finding
  included: the journalist sees the yellow mark, not the excuse. A mark that reaches into the
  quote counts, not only one lying wholly inside it (yellow inside the quote is yellow).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import any_overlap, ratio
from desktop.core.model import Finding, FindingKind, Report, Side, TextRange

KINDS = (FindingKind.AGREE, FindingKind.CONFLICT, FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
ONE_SIDED = {Side.LEFT: FindingKind.LEFT_ONLY, Side.RIGHT: FindingKind.RIGHT_ONLY}


@dataclass(frozen=True, slots=True)
class Gold:
    """One line of dev_findings.jsonl, its quotes located in the report's own document texts."""

    pair_id: str
    kind: FindingKind
    slot: str
    left_text: str | None
    right_text: str | None
    debatable: bool
    left: TextRange | None  # None: side not named by the gold, or quote not found
    right: TextRange | None
    unfound: tuple[Side, ...] = ()  # sides whose quote is absent from the report's text

    @property
    def matchable(self) -> bool:
        return not self.unfound

    def quote(self, side: Side) -> TextRange | None:
        return self.left if side is Side.LEFT else self.right


# --- locating gold quotes ---------------------------------------------------------------------


def _occurrences(quote: str, text: str) -> list[TextRange]:
    """Exact hits first; if none, hits that differ only in whitespace (ingest may reflow lines)."""
    hits = [
        TextRange(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)
    ]
    if hits:
        return hits
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [TextRange(m.start(), m.end()) for m in re.finditer(pattern, text)]


def locate(quote: str, text: str, source_start: int, source_length: int) -> TextRange | None:
    """The occurrence nearest the quote's proportional position in the corpus article."""
    hits = _occurrences(quote, text)
    if not hits:
        return None
    target = source_start / max(source_length, 1) * len(text)
    return min(hits, key=lambda r: abs(r.start - target))


def locate_gold(line: dict[str, Any], report: Report | None, articles: dict[str, Any]) -> Gold:
    """``report`` is None when the engine failed on the pair: every quote is then unfound."""
    ranges: dict[Side, TextRange | None] = {Side.LEFT: None, Side.RIGHT: None}
    unfound: list[Side] = []
    for side in Side:
        quote = line[f"{side.value}_text"]
        if quote is None:  # a side the gold does not name is not checked
            continue
        source_length = len(articles[line[side.value]]["text"])
        if report is not None:
            text = report.document(side).document.text
            ranges[side] = locate(quote, text, line[f"{side.value}_start"], source_length)
        if ranges[side] is None:
            unfound.append(side)
    return Gold(
        pair_id=line["pair_id"],
        kind=FindingKind(line["kind"]),
        slot=line["slot"],
        left_text=line["left_text"],
        right_text=line["right_text"],
        debatable=bool(line.get("debatable")),
        left=ranges[Side.LEFT],
        right=ranges[Side.RIGHT],
        unfound=tuple(unfound),
    )


# --- matching ---------------------------------------------------------------------------------


def covers(finding: Finding, gold: Gold) -> bool:
    """Spans overlap the gold quotes on every side the gold names (kind not considered)."""
    if not gold.matchable:
        return False
    left_ok = gold.left is None or any_overlap(finding.left, gold.left)
    right_ok = gold.right is None or any_overlap(finding.right, gold.right)
    return left_ok and right_ok


def matches(finding: Finding, gold: Gold) -> bool:
    return finding.kind is gold.kind and covers(finding, gold)


def is_matched(gold: Gold, findings: Sequence[Finding]) -> bool:
    return any(matches(f, gold) for f in findings)


def one_sided_marks_inside(gold: Gold, findings: Sequence[Finding]) -> list[Finding]:
    """The one-sided findings with a mark inside the gold's quotes, on the side each marks."""
    marks = []
    for f in findings:
        for side, kind in ONE_SIDED.items():
            quote = gold.quote(side)
            if f.kind is kind and quote is not None and any_overlap(f.spans(side), quote):
                marks.append(f)
    return marks


def shown_as_only(gold: Gold, findings: Sequence[Finding]) -> bool:
    """A gold agreement carrying a yellow mark, whether or not an agree finding also covers it."""
    return gold.kind is FindingKind.AGREE and bool(one_sided_marks_inside(gold, findings))


def is_false_alarm(finding: Finding, golds: Sequence[Gold]) -> bool:
    """A wrong tool conflict on both quotes of a gold agreement. A conflict that lands on a gold
    conflict is right, even where a wider agreement's quotes hold it (a sister's name spelt two
    ways inside "the family mourned her"): the journalist sees a right red mark, not an alarm."""
    if finding.kind is not FindingKind.CONFLICT:
        return False
    if any(g.kind is FindingKind.CONFLICT and matches(finding, g) for g in golds):
        return False
    return any(g.kind is FindingKind.AGREE and covers(finding, g) for g in golds)


# --- scores -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    recall: dict[FindingKind, tuple[int, int]]  # kind -> (matched, gold lines)
    conflicts_right: int
    conflicts_scored: int
    false_alarms: int
    agree_as_only: int
    agree_lines: int

    @property
    def macro_recall(self) -> float | None:
        shares = [ratio(m, n) for m, n in self.recall.values() if n]
        return sum(s for s in shares if s is not None) / len(shares) if shares else None

    @property
    def conflict_precision(self) -> float | None:
        return ratio(self.conflicts_right, self.conflicts_scored)

    @property
    def as_only_share(self) -> float | None:
        return ratio(self.agree_as_only, self.agree_lines)


def score(
    golds: Sequence[Gold], findings: Mapping[str, Sequence[Finding]], debatable: bool
) -> Scores:
    """Figures over the gold lines' pairs; ``debatable=False`` drops close calls: their lines leave
    recall, and a tool conflict landing only on one is neither right nor wrong."""
    kept = [g for g in golds if debatable or not g.debatable]
    dropped = [g for g in golds if not debatable and g.debatable]
    recall = {}
    for kind in KINDS:
        lines = [g for g in kept if g.kind is kind]
        hit = sum(is_matched(g, findings.get(g.pair_id, ())) for g in lines)
        recall[kind] = (hit, len(lines))
    right = scored = alarms = 0
    for pair_id in sorted({g.pair_id for g in golds}):
        pair_kept = [g for g in kept if g.pair_id == pair_id]
        pair_dropped = [g for g in dropped if g.pair_id == pair_id]
        for f in findings.get(pair_id, ()):
            if f.kind is not FindingKind.CONFLICT:
                continue
            good = any(matches(f, g) for g in pair_kept if g.kind is FindingKind.CONFLICT)
            if not good and any(covers(f, g) for g in pair_dropped):
                continue
            scored += 1
            right += good
            alarms += is_false_alarm(f, pair_kept)
    agrees = [g for g in kept if g.kind is FindingKind.AGREE]
    as_only = sum(shown_as_only(g, findings.get(g.pair_id, ())) for g in agrees)
    return Scores(recall, right, scored, alarms, as_only, len(agrees))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Mann-Whitney AUC: chance a same-event pair scores above a different-event one; ties half."""
    if not positives or not negatives:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None with fewer than three points or a constant series."""
    if len(xs) != len(ys) or len(xs) < 3:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return float(sxy / (sxx * syy) ** 0.5)
