"""Whether each conflict's two values are said of one subject by one predicate (claims52 study).

Each conflict a comparison shows (``bench.conflict_sources`` names its pass) is read as two
claims (``findings/claims/claim_frame.py``): the predicate each value hangs on, folded to its
deed, and whose value it is. Each side pair is then *shared* (both read, the same), *differ*
(both read, plainly not one: two deeds; two named people or the two sides of a crime),
*nouns* (two subjects read as two nouns that may still name one person: "gunman" / "suspect"),
or *unknown* (the parse gave nothing on a side). The verdicts come from the gold of a printable
group or from a judged pool, as in ``bench.pass_precision``.

    PYTHONPATH=. python -m bench.claim_frames --group read [--rows]
    PYTHONPATH=. python -m bench.claim_frames --pool pairs.txt --judged judged.jsonl [--rows]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import article_document, found_corpus
from bench.conflict_sources import ConflictSource, conflict_sources, traced
from bench.gold import load_set
from bench.gold_articles import gold_articles
from bench.gold_groups import GROUPS, POOLED_ONLY, expand
from bench.pass_precision import gold_verdict, judged_key
from bench.scoring import locate_gold
from desktop.core.findings.claims.claim_frame import (
    ClaimFrame,
    claim_frame,
    different_deeds,
    different_subjects,
)
from desktop.core.model import FindingKind, MentionType, Report

_NAME_TYPES = frozenset(
    {MentionType.PERSON, MentionType.ORGANISATION, MentionType.NATIONALITY, MentionType.EVENT}
)


@dataclass(frozen=True)
class Framed:
    """One conflict, its pass and sentences, the two claims read, and its verdict."""

    pair: str
    source: ConflictSource
    kind: str
    left: ClaimFrame
    right: ClaimFrame
    verdict: str

    @property
    def deeds(self) -> str:
        if different_deeds(self.left, self.right):
            return "differ"
        if self.left.deed and self.left.deed == self.right.deed:
            return "shared"
        return "unknown"

    @property
    def subjects(self) -> str:
        if different_subjects(self.left, self.right):
            return "differ"
        if self.left.subject and self.left.subject == self.right.subject:
            return "shared"
        if self.left.subject and self.right.subject:
            return "nouns"
        return "unknown"

    @property
    def explicit_difference(self) -> bool:
        """What the rule under study would drop: two deeds, or two subjects plainly not one
        (ages by subject only: a person's age is the same whatever the deed)."""
        if self.kind == "age":
            return self.subjects == "differ"
        return self.subjects == "differ" or self.deeds == "differ"


def _kind(finding: Any, text: str) -> str:
    """The value kind: a name spelling, an age, a count, a date, a place, another figure."""
    if finding.type in _NAME_TYPES:
        return "name"
    if finding.type in (MentionType.QUOTE, MentionType.STATEMENT, MentionType.OTHER):
        return "quote"
    if finding.type is MentionType.PLACE:
        return "place"
    if finding.type in (MentionType.DATE, MentionType.TIME):
        return "date"
    if finding.type is MentionType.NUMBER:
        reason = finding.reason.lower()
        return "age" if "year-old" in text or " age" in reason or "aged" in reason else "count"
    return "figure"


def framed(
    pair: str, left: dict[str, Any], right: dict[str, Any]
) -> tuple[Report, list[tuple[Any, Framed]]]:
    """The report of two articles, and each conflict with its two claims ("?" until judged)."""
    from desktop.core.compare import compare_documents

    with traced() as trace:
        report = compare_documents(article_document(left), article_document(right))
        sources = conflict_sources(report, trace)
        lana, rana = trace.inputs[0], trace.inputs[1]
    out = []
    for finding, source in zip(_conflicts(report), sources, strict=True):
        lspan, rspan = finding.left[0], finding.right[0]
        row = Framed(
            pair,
            source,
            _kind(finding, f"{lspan.text} {rspan.text}"),
            claim_frame(lana, lspan.start, lspan.end),
            claim_frame(rana, rspan.start, rspan.end),
            "?",
        )
        out.append((finding, row))
    return report, out


def _conflicts(report: Report) -> list[Any]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT and f.left and f.right]


def judge_gold(groups: Sequence[str]) -> list[Framed]:
    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    articles = gold_articles(corpus)
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name in expand(list(groups)):
        for line in load_set(name, corpus):
            by_pair[line["pair_id"]].append(line)
    out: list[Framed] = []
    for pair_id, lines in sorted(by_pair.items()):
        first = lines[0]
        report, rows = framed(pair_id, articles[first["left"]], articles[first["right"]])
        golds = [locate_gold(line, report, articles) for line in lines]
        for finding, row in rows:
            out.append(_with_verdict(row, gold_verdict(finding, golds)))
    return out


def judge_pool(pairs: Iterable[tuple[str, str]], judged: dict[str, str]) -> list[Framed]:
    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    articles = gold_articles(corpus)
    out: list[Framed] = []
    for left, right in pairs:
        pair = f"{left}|{right}"
        for _finding, row in framed(pair, articles[left], articles[right])[1]:
            out.append(_with_verdict(row, judged.get(judged_key(pair, row.source), "?")))
    return out


def _with_verdict(row: Framed, verdict: str) -> Framed:
    return Framed(row.pair, row.source, row.kind, row.left, row.right, verdict)


def print_tables(rows: Sequence[Framed]) -> None:
    verdicts = ("right", "debatable", "wrong", "agree", "?")
    for axis in ("subjects", "deeds", "explicit_difference"):
        print(f"\n| kind | {axis} | " + " / ".join(verdicts) + " |")
        print("| --- | --- | --- |")
        table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for row in rows:
            table[(row.kind, str(getattr(row, axis)))][row.verdict] += 1
        for (kind, value), counts in sorted(table.items()):
            print(f"| {kind} | {value} | " + " / ".join(str(counts[v]) for v in verdicts) + " |")


def print_rows(rows: Sequence[Framed]) -> None:
    for row in rows:
        print(
            json.dumps(
                {
                    "key": f"{row.pair}|{row.source.left_text}|{row.source.right_text}",
                    "verdict": row.verdict,
                    "kind": row.kind,
                    "pass": row.source.origin.stage,
                    "maker": row.source.origin.maker,
                    "left": _frame(row.left),
                    "right": _frame(row.right),
                    "deeds": row.deeds,
                    "subjects": row.subjects,
                    "L": row.source.left_sentence_text,
                    "R": row.source.right_sentence_text,
                }
            )
        )


def _frame(frame: ClaimFrame) -> dict[str, str]:
    return {"predicate": frame.predicate, "deed": frame.deed, "subject": frame.subject}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--pool", type=Path, help="file of pairs: [work|aside] LEFT RIGHT a line")
    parser.add_argument("--judged", type=Path, help="JSONL of {key, verdict} for the pool")
    parser.add_argument("--rows", action="store_true", help="print each conflict as a JSON line")
    args = parser.parse_args(argv)
    if any(g in POOLED_ONLY for g in args.group):
        raise SystemExit("pooled-only groups may not be read conflict by conflict")
    rows: list[Framed] = []
    if args.group:
        rows.extend(judge_gold(args.group))
    if args.pool:
        judged: dict[str, str] = {}
        if args.judged:
            for line in args.judged.read_text().splitlines():
                item = json.loads(line)
                judged[item["key"]] = item["verdict"]
        pairs = [tuple(line.split()[-2:]) for line in args.pool.read_text().splitlines() if line]
        rows.extend(judge_pool([(a, b) for a, b in pairs], judged))
    if args.rows:
        print_rows(rows)
    print_tables(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
