"""A range's scale word belongs to both its ends: "between $140 and $150 million" runs from 140
million to 150 million, as "5 to 10 million" runs from five million. Writers name the scale once,
after the end, and the start is read with it when it has none of its own and, so read, still
lies below the end ("between 500,000 and 1 million" keeps its start as written)."""

from __future__ import annotations

import re

# What joins the two ends of a range: "140 and 150", "$140 to $150", "140-150", "140- $150".
_JOINER = re.compile(r"\s*(?:-|to|and)\s*[$€£]?\s*")


def shared_scale(
    values: list[float], scales: list[int], raw: str, matches: list[re.Match[str]]
) -> list[float]:
    """The figures with the end's scale given to an unscaled start."""
    if len(values) < 2 or len(matches) < 2 or scales[0] != 1 or scales[1] == 1:
        return values
    if not _JOINER.fullmatch(raw[matches[0].end() : matches[1].start()]):
        return values
    start = values[0] * scales[1]
    if start > values[1]:
        return values  # "900 to 1 million": the start is not in the end's scale
    return [start, *values[1:]]
