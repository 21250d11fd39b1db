"""The yellow figure a perfect engine would get: gold agreements whose quotes hold one of the
gold's own one-sided lines.

`bench.quality` counts an agreement as "shown as only-one" when any one-sided mark lies inside
either of its quotes. A writer may quote a statement both articles make and also list a detail
inside it that only one gives; an engine that finds exactly the gold's lines is then counted
yellow there. This floor says how much of the ≤ 10% goal the gold itself uses (stop 46: 2% of
the tune agreements, 3% of the held-out ones), so a yellow figure is read against it.

Reads the packed offsets only (no article text): ``python -m bench.yellow_floor [--group NAME]
[--gold NAME ...]``; with neither, every tune set and every held-out set, pooled by half.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from bench.common import read_jsonl
from bench.gold import set_names, set_path
from bench.gold_groups import GROUPS, expand

_ONE_SIDED_SIDE = {"left_only": "left_span", "right_only": "right_span"}


def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def floor(lines: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """(agreements whose quotes hold a one-sided line of their own pair, agreements)."""
    by_pair: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        by_pair[line["pair_id"]].append(line)
    held = agreements = 0
    for pair in by_pair.values():
        one_sided = [
            (key, line[key])
            for line in pair
            if (key := _ONE_SIDED_SIDE.get(line["kind"])) and line.get(key)
        ]
        for line in pair:
            if line["kind"] != "agree":
                continue
            agreements += 1
            held += any(line.get(key) and _overlap(span, line[key]) for key, span in one_sided)
    return held, agreements


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.yellow_floor", description=__doc__)
    parser.add_argument("--gold", action="append", default=[], metavar="NAME")
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    args = parser.parse_args(argv)
    names = [*args.gold, *expand(args.group)]
    if names:
        batches = {", ".join(names): names}
    else:
        every = set_names()
        batches = {half: [n for n in every if n.startswith(half)] for half in ("tune", "held")}
    for label, batch in batches.items():
        held, agreements = floor(line for name in batch for line in read_jsonl(set_path(name)))
        share = f"{held / agreements:.0%}" if agreements else "n/a"
        print(f"{label}: gold one-sided lines inside gold agreements {held}/{agreements} = {share}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
