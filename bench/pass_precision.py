"""Conflict precision per pass and per value kind, on printable gold groups and judged pools.

The engine's red marks come from a few dozen passes (``bench.conflict_sources`` names the pass of
each). A pass that is right on the tuned pairs may be wrong on articles nobody tuned for, so this
tool counts, pass by pass and kind by kind, how many conflicts are right, wrong or debatable:

- on gold groups that may be printed (read, fresh-read): a conflict matching a gold conflict is
  right (debatable when that gold line is), one on a gold agreement is ``agree`` (wrong), one
  matching nothing is wrong;
- on a judged pool (``--pool PAIRS --judged JUDGED.jsonl``): each conflict takes the verdict a
  person wrote for it (``right`` / ``wrong`` / ``debatable``); one nobody judged shows as ``?``.

Each conflict is also told with the structure a linguist would name (alignment score, whether its
two sentences are paired, whether the words the values hang on meet), so a feature separating
wrong from right across passes shows in the feature table.

    PYTHONPATH=. python -m bench.pass_precision --group read --group fresh-read
    PYTHONPATH=. python -m bench.pass_precision --pool pairs.txt --judged judged.jsonl [--rows]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import found_corpus
from bench.conflict_sources import ConflictSource, compare_traced
from bench.gold import load_set
from bench.gold_articles import gold_articles
from bench.gold_groups import GROUPS, POOLED_ONLY, expand
from bench.scoring import auc, covers, locate_gold, matches
from desktop.core.model import FindingKind, Report

VERDICTS = ("right", "debatable", "wrong", "agree", "?")


@dataclass(frozen=True)
class Judged:
    """One conflict shown, where it came from, and its verdict."""

    pair: str
    source: ConflictSource
    verdict: str
    confidence: float

    @property
    def kind(self) -> str:
        # The value's fact type (number, date, person, place...) is the kind a reader names.
        return self.source.left_kind.split("/")[0] or "-"

    @property
    def features(self) -> dict[str, str]:
        s = self.source
        return {
            "aligned pair": str(s.aligned_pair),
            "mutual best": str(s.mutual_best),
            "score >= 0.5": str(s.score >= 0.5),
            "same head word": str(s.same_head),
            "in headline/lead": str(s.lead),
        }


def _conflicts(report: Report) -> list[Any]:
    # The same filter ``conflict_sources`` applies, so the two lists run in step.
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT and f.left and f.right]


def gold_verdict(finding: Any, golds: Sequence[Any]) -> str:
    for gold in golds:
        if gold.kind is FindingKind.CONFLICT and matches(finding, gold):
            return "debatable" if gold.debatable else "right"
    if any(g.kind is FindingKind.AGREE and covers(finding, g) for g in golds):
        return "agree"
    return "wrong"


def judge_gold(groups: Sequence[str]) -> list[Judged]:
    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    articles = gold_articles(corpus)
    lines = [line for name in expand(list(groups)) for line in load_set(name, corpus)]
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        by_pair[line["pair_id"]].append(line)
    out: list[Judged] = []
    for pair_id, pair_lines in sorted(by_pair.items()):
        first = pair_lines[0]
        report, sources = compare_traced(articles[first["left"]], articles[first["right"]])
        golds = [locate_gold(line, report, articles) for line in pair_lines]
        for finding, source in zip(_conflicts(report), sources, strict=True):
            out.append(Judged(pair_id, source, gold_verdict(finding, golds), finding.confidence))
    return out


def judged_key(pair: str, source: ConflictSource) -> str:
    """A judged conflict's key in a verdict file: "left|right|left words|right words"."""
    return f"{pair}|{source.left_text}|{source.right_text}"


def judge_pool(pairs: Iterable[tuple[str, str]], judged: dict[str, str]) -> list[Judged]:
    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    articles = gold_articles(corpus)
    out: list[Judged] = []
    for left, right in pairs:
        report, sources = compare_traced(articles[left], articles[right])
        pair = f"{left}|{right}"
        out.extend(
            Judged(pair, s, judged.get(judged_key(pair, s), "?"), f.confidence)
            for f, s in zip(_conflicts(report), sources, strict=True)
        )
    return out


def _line(name: str, verdicts: Counter[str]) -> str:
    counts = "  ".join(f"{v} {verdicts[v]:>2}" for v in VERDICTS if verdicts[v])
    total = sum(verdicts.values())
    right = verdicts["right"]
    wrong = verdicts["wrong"] + verdicts["agree"]
    return f"  {name:<44} {total:>3}  right/wrong {right}/{wrong}   {counts}"


def print_table(title: str, rows: Sequence[Judged]) -> None:
    print(f"\n{title} ({len(rows)} conflicts)")
    for label, key in (
        ("pass", lambda j: f"{j.source.origin.stage} ({j.source.origin.maker})"),
        ("kind", lambda j: j.kind),
    ):
        print(f" per {label}:")
        groups: dict[str, Counter[str]] = defaultdict(Counter)
        for j in rows:
            groups[key(j)][j.verdict] += 1
        for name in sorted(groups, key=lambda n: -sum(groups[n].values())):
            print(_line(name, groups[name]))
    # Whether the confidence a reader sorts by ranks the right conflicts above the wrong ones.
    right = [j.confidence for j in rows if j.verdict == "right"]
    wrong = [j.confidence for j in rows if j.verdict in ("wrong", "agree")]
    ranked = auc(right, wrong)
    shown = "n/a" if ranked is None else f"{ranked:.2f}"
    print(f" confidence AUC, right above wrong: {shown} ({len(right)} right, {len(wrong)} wrong)")
    print(" per feature:")
    for feature in rows[0].features if rows else ():
        for value in ("True", "False"):
            counts = Counter(j.verdict for j in rows if j.features[feature] == value)
            print(_line(f"{feature} = {value}", counts))


def print_rows(rows: Sequence[Judged]) -> None:
    for j in rows:
        s = j.source
        print(
            json.dumps(
                {
                    "key": judged_key(j.pair, s),
                    "verdict": j.verdict,
                    "pass": s.origin.stage,
                    "maker": s.origin.maker,
                    "kind": j.kind,
                    "score": s.score,
                    "confidence": round(j.confidence, 3),
                    "aligned": s.aligned_pair,
                    "same_head": s.same_head,
                    "L": s.left_sentence_text[:200],
                    "R": s.right_sentence_text[:200],
                }
            )
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--pool", type=Path, help="file of pairs: [work|aside] LEFT RIGHT a line")
    parser.add_argument("--judged", type=Path, help="JSONL of {key, verdict} for the pool")
    parser.add_argument("--rows", action="store_true", help="print each conflict as a JSON line")
    args = parser.parse_args(argv)
    refused = sorted(set(args.group) & POOLED_ONLY)
    if refused:
        print(f"{', '.join(refused)}: pooled figures only, no conflict by conflict table")
        return 2
    rows: list[Judged] = []
    if args.group:
        rows = judge_gold(args.group)
        print_table(f"gold groups {', '.join(args.group)}", rows)
    if args.pool:
        pairs = [tuple(line.split()[-2:]) for line in args.pool.read_text().splitlines() if line]
        judged = {}
        if args.judged and args.judged.is_file():
            for line in args.judged.read_text().splitlines():
                if line.strip():
                    row = json.loads(line)
                    judged[row["key"]] = row["verdict"]
        pool_rows = judge_pool([(a, b) for a, b in pairs], judged)
        print_table(f"pool {args.pool.name}", pool_rows)
        rows = [*rows, *pool_rows]
    if args.rows:
        print_rows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
