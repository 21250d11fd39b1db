"""The wide GVC run pairs every two articles of one tune incident, both ways, and never reads a
held-out incident's articles."""

from __future__ import annotations

from bench.gvc import every_pair
from bench.splits import HELD_OUT, TUNE, gvc_incident_half


def _incident(half: str) -> str:
    return next(i for i in (f"inc{n}" for n in range(100)) if gvc_incident_half(i) == half)


def test_every_pair_takes_tune_incidents_both_ways_and_no_held_out_one() -> None:
    tune, held = _incident(TUNE), _incident(HELD_OUT)
    articles = {
        "a": {"id": "a", "incident": tune},
        "b": {"id": "b", "incident": tune},
        "c": {"id": "c", "incident": held},
        "d": {"id": "d", "incident": held},
    }
    pairs = every_pair(articles)
    assert {(p["left"], p["right"]) for p in pairs} == {("a", "b"), ("b", "a")}
    assert all(p["same_event"] for p in pairs)
