"""Write the engine's JSON reports for a fixed set of pairs, or diff two such folders.

A speed change must not change a verdict: run ``write`` with the old code's PYTHONPATH and with
the new, then ``diff``; any report that differs is printed and the exit status is 1.

    python -m tools.report_diff write OUT_DIR [--pairs 8]
    python -m tools.report_diff diff OLD_DIR NEW_DIR

The pairs are the bundled sample and the first ``--pairs`` gold pairs of the read and fresh-read
groups (their article ids only: nothing of the corpus is copied), and the speed bench's pair
at 5,000 words a side. The engine's version stamp is
left out, so a report depends on the code's behaviour alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Groups whose pairs may be read line by line (bench/gold_groups.py): a diff shows their text.
_GROUPS = ("read", "fresh-read")
# Words per side of the long pair: long enough for many sentence pairs, short enough to be quick.
_LONG_WORDS = 5000


def _pairs(limit: int) -> list[tuple[str, Any, Any]]:
    from bench.common import article_document, found_corpus, load_articles, sample_documents
    from bench.common import read_jsonl as read_lines
    from bench.gold import set_path
    from bench.gold_groups import expand

    samples = sample_documents()
    pairs: list[tuple[str, Any, Any]] = [("sample", samples[0], samples[1])]
    corpus = found_corpus()
    if corpus is None:
        return pairs
    articles = load_articles(corpus)
    seen: list[tuple[str, str]] = []
    for name in expand(list(_GROUPS)):
        for line in read_lines(set_path(name)):
            key = (line["left"], line["right"])
            if key not in seen and key[0] in articles and key[1] in articles:
                seen.append(key)
    # Every other pair, so both groups (and ECB+ and GVC kinds) are drawn from.
    for left, right in seen[:: max(1, len(seen) // max(1, limit))][:limit]:
        pairs.append(
            (
                f"{left}__{right}",
                article_document(articles[left]),
                article_document(articles[right]),
            )
        )
    # And the speed bench's long pair (bench/speed.py), where most sentence pairs meet.
    from bench.speed import build_documents, build_texts

    long_left, long_right = build_documents(build_texts(articles, _LONG_WORDS))
    pairs.append(("speed-long", long_left, long_right))
    return pairs


def write(out: Path, limit: int) -> int:
    from desktop.core.compare import compare_documents
    from desktop.core.report import report_to_dict

    out.mkdir(parents=True, exist_ok=True)
    for name, left, right in _pairs(limit):
        report = report_to_dict(compare_documents(left, right))
        report.pop("engine", None)
        body = json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True)
        (out / f"{name}.json").write_text(body + "\n", encoding="utf-8")
        print(f"wrote {name}")
    return 0


def diff(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    differing = [
        n
        for n in names
        if not (old / n).exists()
        or not (new / n).exists()
        or (old / n).read_bytes() != (new / n).read_bytes()
    ]
    for name in differing:
        print(f"DIFFERS: {name}")
    print(f"{len(names) - len(differing)} of {len(names)} reports identical")
    return 1 if differing or not names else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.report_diff", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="write the reports to OUT_DIR")
    writing.add_argument("out", type=Path)
    writing.add_argument("--pairs", type=int, default=8, help="gold pairs besides the sample")
    diffing = commands.add_parser("diff", help="compare two folders of reports")
    diffing.add_argument("old", type=Path)
    diffing.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.pairs)
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
