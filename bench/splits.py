"""The one tune / held-out split every bench uses: tune on one half, report the other, print both.

The engine is tuned by looking at the *tune* half only; the *held-out* half estimates what unseen
articles will show (last time the dev figures were 17 points above the unseen ones). The rules
below split whole events, never one event's articles, so a held-out figure is never about an event
the tuner has read:

* ECB+ (pairs, dev findings, planted edits): by topic number. Topics 1-22 tune, 23-45 held out,
  which puts the hand-written findings of S03 (topic 3) and S11 (topic 20) in tune and those of
  S14 (topic 23) and S20 (topic 45) held out, as the team agreed.
* Gun Violence Corpus: by incident, the parity of a hash of the incident id; a pair goes with its
  left article's incident.
* SemEval-2022 Task 8 pairs: by the parity of a hash of the pair id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

TUNE = "tune"
HELD_OUT = "held-out"
HALVES = (TUNE, HELD_OUT)

# The last ECB+ topic in the tune half: topics 1-22 tune, 23-45 held out (see module docstring).
ECB_LAST_TUNE_TOPIC = 22

T = TypeVar("T")


def hash_half(key: str) -> str:
    """A stable half for any id: sha256 parity, the same on every machine and Python version."""
    return TUNE if hashlib.sha256(key.encode()).digest()[-1] % 2 == 0 else HELD_OUT


def ecb_topic_half(topic: int | str) -> str:
    return TUNE if int(topic) <= ECB_LAST_TUNE_TOPIC else HELD_OUT


def ecb_article_topic(article_id: str) -> int:
    """ECB+ ids start with their topic: ``20_8ecbplus`` is topic 20."""
    return int(article_id.split("_", 1)[0])


def ecb_pair_half(pair: dict[str, Any]) -> str:
    """A pair's half by its ECB+ topic, or the half a findings file's non-ECB+ pair was given."""
    if "half" in pair:
        return str(pair["half"])
    return ecb_topic_half(ecb_article_topic(pair["left"]))


def gvc_incident_half(incident: str) -> str:
    return hash_half(f"gvc-incident:{incident}")


def semeval_half(pair_id: str) -> str:
    return hash_half(f"semeval8:{pair_id}")


def by_half(items: Iterable[T], half_of: Callable[[T], str]) -> dict[str, list[T]]:
    """Items grouped as {"tune": [...], "held-out": [...]}, both keys always present."""
    groups: dict[str, list[T]] = {half: [] for half in HALVES}
    for item in items:
        groups[half_of(item)].append(item)
    return groups


def only_half(items: Sequence[T], half_of: Callable[[T], str], half: str | None) -> list[T]:
    """The items of one half, or all of them when ``half`` is None."""
    return [item for item in items if half is None or half_of(item) == half]
