"""Draw a fresh work pool of tune-half ECB+ pairings for judging conflicts by hand.

``python -m bench.draw_pool --seed 56601 --n 150 [--out FILE]`` prints ``work LEFT RIGHT`` lines:
two articles of one ECB+ sub-topic (topics 1-22, the tune half), neither named by any gold set
(``bench/gold``, its second writers, the corpus's dev pairs) nor by ``bench/data/yellow_pairs.jsonl``
(the sentence-label sets of ``bench/data/labels52`` are not gold and may share articles),
the pair held by no earlier pool in ``bench/data`` (either order), each article at most twice.
The gold files are read for their article ids only, never printed. The draw is deterministic
for a seed, so a pool can be rebuilt and checked. (Earlier pools came from a draw script kept
outside the repository, ``draw_pool49.py``; this one writes the same line format.)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from bench.common import REPO_ROOT, corpus_dir, load_articles
from bench.splits import TUNE, ecb_article_topic, ecb_topic_half

DATA = REPO_ROOT / "bench" / "data"
MAX_USES = 2  # each article in at most two pairs, so one article's quirks do not fill the pool


def _ids_in(path: Path) -> set[str]:
    ids: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        ids.update(str(row[side]) for side in ("left", "right") if side in row)
    return ids


def used_articles(corpus: Path) -> set[str]:
    """Article ids any gold set, second writer's set or the corpus's dev pairs name."""
    used: set[str] = set()
    for path in sorted((REPO_ROOT / "bench" / "gold").rglob("*.jsonl")):
        used |= _ids_in(path)
    for name in ("pairs.jsonl", "dev_findings.jsonl"):
        if (corpus / name).is_file():
            used |= _ids_in(corpus / name)
    if (DATA / "yellow_pairs.jsonl").is_file():
        used |= _ids_in(DATA / "yellow_pairs.jsonl")
    return used


def pooled_pairs() -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for path in sorted(DATA.glob("pool_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3:
                pairs.add(frozenset(parts[1:]))
    return pairs


def draw(seed: int, n: int, corpus: Path) -> list[tuple[str, str]]:
    used = used_articles(corpus)
    taken = pooled_pairs()
    by_subtopic: dict[str, list[str]] = defaultdict(list)
    for article_id, article in sorted(load_articles(corpus).items()):
        if article_id in used or ecb_topic_half(ecb_article_topic(article_id)) != TUNE:
            continue
        by_subtopic[str(article.get("subtopic"))].append(article_id)
    candidates = [
        pair
        for ids in by_subtopic.values()
        for pair in itertools.combinations(sorted(ids), 2)
        if frozenset(pair) not in taken
    ]
    rng = random.Random(seed)
    rng.shuffle(candidates)
    uses: Counter[str] = Counter()
    chosen: list[tuple[str, str]] = []
    for left, right in candidates:
        if len(chosen) >= n:
            break
        if uses[left] >= MAX_USES or uses[right] >= MAX_USES:
            continue
        uses.update((left, right))
        chosen.append((left, right))
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    lines = [f"work {left} {right}" for left, right in draw(args.seed, args.n, corpus_dir())]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
