"""The words that make a count and its noun the object of a deed told in the passive: "four
bombs were dropped", "13 people had been injured" count what "dropped four bombs" and "injured
13 people" count (findings/deed_counts.py). Lowercase word forms."""

from __future__ import annotations

# The forms of "be" that carry a passive participle after its subject.
PASSIVE_BE = frozenset(["was", "were", "is", "are", "been", "be", "being"])
# Perfect and modal auxiliaries that may stand before that "be": "had been", "will be".
PASSIVE_LEADS = frozenset(["has", "have", "had", "will", "would", "may", "might", "could"])
