"""A numbered road or a street address as one place. The tagger reads "U.S. 61" as the country
and a figure, "County Road 12" as a place and a figure, "Highway 61" as an event, and often
leaves "I-95" untagged; it reads "2100 N. Broadway" as a figure and a person ("N. Broadway").
Read so, "on U.S. 61" names the United States and counts 61 of something, and "at 2100 N.
Broadway" names a man. Each road the text names (road_numbers.py) and each address
(street_addresses.py) becomes one place, in place of whatever the tagger read inside it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.extraction.facts import RawEntity, entity_at
from desktop.core.locations.road_numbers import roads_in
from desktop.core.locations.street_addresses import addresses_in


def joined_places(
    spacy_doc: Any, text: str, raws: list[RawEntity], sent_index: dict[int, int]
) -> list[RawEntity]:
    """``raws`` with every numbered road and street address one place, the entities it covered
    dropped."""
    roads = [(r.start, r.end) for r in roads_in(text)]
    places = _as_places(spacy_doc, text, raws, sent_index, roads, people_inside=False)
    # "2100 N. Broadway": the tagger's "person" is the street
    places += _as_places(spacy_doc, text, raws, sent_index, addresses_in(text), people_inside=True)
    if not places:
        return raws
    kept = [r for r in raws if not any(r.start < p.end and p.start < r.end for p in places)]
    return sorted(kept + places, key=lambda r: r.start)


def _as_places(
    spacy_doc: Any,
    text: str,
    raws: list[RawEntity],
    sent_index: dict[int, int],
    spans: Iterable[tuple[int, int]],
    people_inside: bool,
) -> list[RawEntity]:
    out = []
    for start, end in spans:
        overlapping = [r for r in raws if r.start < end and start < r.end]
        if any(
            (r.label == "PERSON" and not people_inside) or not start <= r.start < r.end <= end
            for r in overlapping
        ):
            continue  # "Route 9 Diner", "Sheriff Dan Route": the tagger read a longer name
        if (raw := entity_at(spacy_doc, text, sent_index, (start, end), "FAC")) is not None:
            out.append(raw)
    return out
