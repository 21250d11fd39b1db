"""A town written with the state or country it lies in: "Hamburg, Iowa", "the small town of
Hamburg Iowa".

The gazetteer keeps only towns of some size, so a town name may belong to a small namesake of the
town it knows, in another state or country. A writer who puts the region right after the town
("Hamburg, Iowa", as a dateline or an address does) says which one is meant: whatever the
gazetteer says of the name, that town lies in that region, and an article naming the town and
one naming the region place the story at two precisions, not in two places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.extraction.extract import Analysis, Fact


def written_in(town: Fact, region: Fact, analyses: Iterable[Analysis]) -> bool:
    """Whether any of the articles writes the town with the region right after it ("Hamburg,
    Iowa", "Hamburg Iowa"; only a comma may stand between them)."""
    pattern = re.compile(
        rf"(?<!\w){re.escape(town.text)},?\s+{re.escape(region.text)}(?!\w)", re.IGNORECASE
    )
    return any(pattern.search(a.document.text) for a in analyses)


def any_written_in(
    towns: Iterable[Fact], regions: Iterable[Fact], analyses: Iterable[Analysis]
) -> bool:
    """Whether some town of ``towns`` is written with some region of ``regions`` after it."""
    kept = tuple(analyses)
    places = tuple(regions)
    return any(written_in(t, r, kept) for t in towns for r in places)
