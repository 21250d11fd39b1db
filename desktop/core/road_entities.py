"""A numbered road as one name: the tagger reads "U.S. 61" as the country and a figure, "County
Road 12" as a place and a figure, "Highway 61" as an event, and often leaves "I-95" untagged.
Read so, "on U.S. 61" names the United States and counts 61 of something. Each road the text
names (road_numbers.py) becomes one place, in place of whatever the tagger read inside it."""

from __future__ import annotations

from typing import Any

from desktop.core.facts import RawEntity
from desktop.core.road_numbers import roads_in


def road_entities(
    spacy_doc: Any, text: str, raws: list[RawEntity], sent_index: dict[int, int]
) -> list[RawEntity]:
    """``raws`` with every numbered road one place, the entities it covered dropped."""
    roads = []
    for road in roads_in(text):
        overlapping = [r for r in raws if r.start < road.end and road.start < r.end]
        if any(r.label == "PERSON" or not road.start <= r.start < r.end <= road.end
               for r in overlapping):  # fmt: skip
            continue  # "Route 9 Diner", "Sheriff Dan Route": the tagger read a longer name
        span = spacy_doc.char_span(road.start, road.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = sent_index.get(span.sent.start, 0)
        roads.append(
            RawEntity(road.start, road.end, text[road.start : road.end], "FAC", sentence, span)
        )
    if not roads:
        return raws
    kept = [r for r in raws if not any(r.start < w.end and w.start < r.end for w in roads)]
    return sorted(kept + roads, key=lambda r: r.start)
