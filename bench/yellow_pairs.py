"""Hand-written pairs of short articles telling the same facts in their own words (courts, sport,
business, weather, politics), each keeping a few facts only it tells: is a yellow mark on a fact
the other article does tell, and does every real one-sided fact stay yellow?

``data/yellow_pairs.jsonl``: one pair a line, with the phrases holding each side's real one-sided
facts (``left_only``, ``right_only``). A one-sided mark smaller than a sentence is **wrong** when
it lies in none of its side's phrases (and none lies in it); a phrase with no mark in or around
it is **lost**. A pair is clean when no mark is wrong. Batches: ``first`` (18 pairs, written
before the yellow20 rules), ``second`` (4, after five of them), ``third`` (4, after thirteen).
The articles are dated Tuesday 7 May 2024, as ``tests.factories.compare_stories`` dates them.

Run from the repository root: ``python -m bench.yellow_pairs [--verbose]``. About 10 s.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.model import Document, FindingKind, MentionType, Report

DATA = Path(__file__).parent / "data" / "yellow_pairs.jsonl"
DATE = "2024-05-07"


@dataclass(frozen=True, slots=True)
class Judged:
    pair: str
    batch: str
    wrong: tuple[str, ...]
    lost: tuple[str, ...]


def marks(report: Report, kind: FindingKind) -> list[str]:
    """The words of each one-sided mark smaller than a sentence, on one side."""
    return [
        s.text
        for f in report.findings
        if f.kind is kind and f.type is not MentionType.STATEMENT
        for s in f.left + f.right
    ]


def judge(
    report: Report, left_only: Sequence[str], right_only: Sequence[str]
) -> tuple[list[str], list[str]]:
    """The wrong marks and the lost one-sided phrases of one comparison."""
    wrong: list[str] = []
    shown: list[str] = []
    for kind, allowed in ((FindingKind.LEFT_ONLY, left_only), (FindingKind.RIGHT_ONLY, right_only)):
        for text in marks(report, kind):
            shown.append(text)
            if not any(text in a or a in text for a in allowed):
                wrong.append(text)
    lost = [a for a in (*left_only, *right_only) if not any(a in t or t in a for t in shown)]
    return wrong, lost


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print each pair's marks")
    args = parser.parse_args(argv)
    from desktop.core.compare import compare_documents

    results = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        report = compare_documents(
            Document("left.txt", pair["left"], date=DATE),
            Document("right.txt", pair["right"], date=DATE),
        )
        wrong, lost = judge(report, pair["left_only"], pair["right_only"])
        results.append(Judged(pair["id"], pair["batch"], tuple(wrong), tuple(lost)))
        if args.verbose:
            print(f"{pair['id']}: wrong {wrong} lost {lost}")
    for batch in ("first", "second", "third", "all"):
        mine = [r for r in results if batch in ("all", r.batch)]
        clean = sum(not r.wrong for r in mine)
        print(
            f"{batch:7s} clean {clean}/{len(mine)}, wrong marks {sum(len(r.wrong) for r in mine)}, "
            f"one-sided facts lost {sum(len(r.lost) for r in mine)}"
        )


if __name__ == "__main__":
    main()
