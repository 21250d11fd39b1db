"""Where the phrase marks fall (``findings/untold/phrase_marks.py``): each phrase mark of the
read sets, by the parse label of its phrase, in a gold one-sided line (a line found), in a gold
agreement's quote only (a yellow agreement) or in neither. Read sets only:
``python -m bench.phrase_marks_study --group read [--reader] [--verbose]``; ``--reader``
switches the pair reader's lift on in this process (``READER_IN_ALIGNMENT``), and the pass is
switched on whatever its shipped flag.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from typing import Any

import desktop.core.alignment.reader_tuning as reader_tuning
import desktop.core.findings.untold.phrase_marks as phrase_marks
from bench.common import print_table, short
from bench.gold import set_names
from bench.gold_groups import POOLED_ONLY, expand
from bench.yellow_causes import run_sets
from desktop.core.model import FindingKind, Side

LINE, AGREEMENT, NEITHER = "gold one-sided line", "gold agreement only", "neither"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.phrase_marks_study", description=__doc__)
    parser.add_argument("--group", action="append", default=[])
    parser.add_argument("--reader", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if set(args.group) & POOLED_ONLY or not args.group:
        print("only read sets are studied mark by mark")
        return 2
    sets = expand(args.group)
    unknown = sorted(set(sets) - set(set_names()))
    if unknown:
        print(f"no gold set {', '.join(unknown)} in bench/gold")
        return 2
    setattr(reader_tuning, "READER_IN_ALIGNMENT", args.reader)  # noqa: B010 (the study's setting)
    setattr(phrase_marks, "PHRASE_MARKS", True)  # noqa: B010
    labels: dict[tuple[int, int], str] = {}
    found = phrase_marks._untold_phrases

    def recorded(*given: Any, **named: Any) -> list[tuple[int, int, str]]:
        out = found(*given, **named)
        labels.update({(a, b): label for a, b, label in out})
        return out

    setattr(phrase_marks, "_untold_phrases", recorded)  # noqa: B010
    golds, runs = run_sets(sets)
    table: Counter[tuple[str, str]] = Counter()
    for pid, run in runs.items():
        if run.report is None:
            continue
        mine = [g for g in golds if g.pair_id == pid and g.matchable]
        for f in run.report.findings:
            if f.reason.find(phrase_marks.REASON_MARK) < 0:
                continue
            side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
            for sp in f.spans(side):
                hits = [g for g in mine if (q := g.quote(side)) and sp.range.overlaps(q)]
                cat = (
                    LINE
                    if any(g.kind is f.kind for g in hits)
                    else AGREEMENT
                    if any(g.kind is FindingKind.AGREE for g in hits)
                    else NEITHER
                )
                label = next((v for (a, b), v in labels.items() if a <= sp.start < b), "?")
                table[label, cat] += 1
                if args.verbose:
                    print(f"{pid} {side.value} [{cat}] {label}: {short(sp.text, 80)!r}")
    rows = [
        [label] + [table[label, c] for c in (LINE, AGREEMENT, NEITHER)]
        for label in sorted({k[0] for k in table})
    ]
    print_table(["label", LINE, AGREEMENT, NEITHER], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
