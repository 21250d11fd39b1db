"""More same-event pairs for the paraphrase bench: ``--more N`` draws N further pairs per half.

The 30 same-event pairs of ``pairs.jsonl`` offer about 40 changes per half, too few to see every
kind of miss. Any two articles of one ECB+ subtopic tell the same event, so more pairs are drawn
from them: pairs not already in ``pairs.jsonl``, in a seeded order that takes one pair from each
subtopic per round (so no one event fills the sample). Each pair keeps the half of its topic, as
every ECB+ pair does (``splits``): held-out events stay held out. ``skip`` passes over the first
pairs of that order (fresh cases for a tuner who has studied them), ``exclude`` leaves sub-topics
out (the team's check sets) and ``exclude_articles`` leaves out every pair holding one of those
articles (the check and judge gold sets' articles), before the skip, so the order stays the same for
every run with the same list. ``part`` splits the drawn pairs in two by a hash of their two article
ids: a tuner studies one part and reports the other as unseen.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from typing import Any

from bench.splits import ecb_topic_half

# Ids of drawn pairs: "MT01" (tune), "MH01" (held-out), ...; the listed pairs are "S01", ...
MORE_PREFIX = "M"
# The two parts of a draw (``part_of``): studied by the tuner, or kept as the unseen report.
PARTS = ("study", "report")


def _order(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def part_of(left: str, right: str) -> str:
    """The part a drawn pair falls in, by a hash of its two article ids (stable across runs)."""
    return PARTS[int(_order(f"{left}|{right}")[:8], 16) % len(PARTS)]


def more_pairs(
    articles: dict[str, dict[str, Any]],
    listed: Iterable[dict[str, Any]],
    half: str,
    count: int,
    skip: int = 0,
    exclude: frozenset[str] = frozenset(),
    exclude_articles: frozenset[str] = frozenset(),
    part: str | None = None,
) -> list[dict[str, Any]]:
    """Up to ``count`` further same-event pairs of one half, as ``pairs.jsonl`` rows (of those,
    only the ones in ``part`` when it is given)."""
    known = {frozenset((p["left"], p["right"])) for p in listed}
    by_subtopic: dict[str, list[str]] = {}
    for article in articles.values():
        if (
            ecb_topic_half(article["topic"]) == half
            and article["subtopic"] not in exclude
            and article["id"] not in exclude_articles
        ):
            by_subtopic.setdefault(article["subtopic"], []).append(article["id"])
    queues = []
    for subtopic in sorted(by_subtopic, key=_order):
        ids = sorted(by_subtopic[subtopic])
        pairs = [p for p in itertools.combinations(ids, 2) if frozenset(p) not in known]
        queues.append(sorted(pairs, key=lambda p: _order(f"{p[0]}|{p[1]}")))
    drawn = [p for round_ in itertools.zip_longest(*queues) for p in round_ if p]
    drawn = drawn[skip : skip + count]
    return [
        {
            "pair_id": f"{MORE_PREFIX}{half[0].upper()}{i:02d}",
            "left": a,
            "right": b,
            "same_event": True,
        }
        for i, (a, b) in enumerate(drawn, skip + 1)
        if part is None or part_of(a, b) == part
    ]
