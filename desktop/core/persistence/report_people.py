"""The JSON report's ``people`` and ``timeline`` (issue 13), written and read back.

Additive to report version 1: a report written before these fields reads back with none. An age is
a JSON integer; every other attribute value is a string. Offsets are checked against the text of
their side, so a damaged file is refused rather than shown wrong.
"""

from __future__ import annotations

from typing import Any

from desktop.core.model import (
    AttributeComparison,
    PersonAttribute,
    PersonCard,
    PersonSide,
    Span,
    TimelineEntry,
)


def people_to_list(people: tuple[PersonCard, ...]) -> list[dict[str, Any]]:
    return [
        {
            "id": card.id,
            "name": card.name,
            "left": _side_to_dict(card.left),
            "right": _side_to_dict(card.right),
            "comparisons": [
                {"kind": c.kind, "left": list(c.left), "right": list(c.right), "verdict": c.verdict}
                for c in card.comparisons
            ],
        }
        for card in people
    ]


def timeline_to_list(timeline: tuple[TimelineEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "when": row.when,
            "precision": row.precision,
            "left": spans_to_list(row.left),
            "right": spans_to_list(row.right),
            "label": row.label,
            "conflicts": list(row.conflicts),
        }
        for row in timeline
    ]


def spans_to_list(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def people_from_list(data: Any, lengths: tuple[int, int]) -> tuple[PersonCard, ...]:
    """Cards from a report's ``people`` (absent in older reports: none)."""
    return tuple(
        PersonCard(
            id=str(card["id"]),
            name=str(card["name"]),
            left=_side_from_dict(card.get("left") or {}, lengths[0]),
            right=_side_from_dict(card.get("right") or {}, lengths[1]),
            comparisons=tuple(
                AttributeComparison(
                    kind=str(c["kind"]),
                    left=tuple(str(v) for v in c.get("left", [])),
                    right=tuple(str(v) for v in c.get("right", [])),
                    verdict=str(c["verdict"]),
                )
                for c in card.get("comparisons", [])
            ),
        )
        for card in data or []
    )


def timeline_from_list(data: Any, lengths: tuple[int, int]) -> tuple[TimelineEntry, ...]:
    """Rows from a report's ``timeline`` (absent in older reports: none)."""
    return tuple(
        TimelineEntry(
            when=str(row.get("when", "")),
            precision=str(row["precision"]),
            left=spans_from_list(row.get("left", []), lengths[0]),
            right=spans_from_list(row.get("right", []), lengths[1]),
            label=str(row.get("label", "")),
            conflicts=tuple(str(w) for w in row.get("conflicts", [])),
        )
        for row in data or []
    )


def spans_from_list(data: Any, length: int) -> tuple[Span, ...]:
    return tuple(
        Span(checked_offset(s["start"], length), checked_offset(s["end"], length), str(s["text"]))
        for s in data
    )


def _side_to_dict(side: PersonSide) -> dict[str, Any]:
    return {
        "names": list(side.names),
        "attributes": [
            {"kind": a.kind, "value": _value_to_json(a), "start": a.start, "end": a.end}
            for a in side.attributes
        ],
        "mentions": spans_to_list(side.mentions),
    }


def _side_from_dict(d: dict[str, Any], length: int) -> PersonSide:
    return PersonSide(
        names=tuple(str(n) for n in d.get("names", [])),
        attributes=tuple(
            PersonAttribute(
                kind=str(a["kind"]),
                value=str(a["value"]),
                start=checked_offset(a["start"], length),
                end=checked_offset(a["end"], length),
            )
            for a in d.get("attributes", [])
        ),
        mentions=spans_from_list(d.get("mentions", []), length),
    )


def _value_to_json(attribute: PersonAttribute) -> str | int:
    if attribute.kind == "age" and attribute.value.isdigit():
        return int(attribute.value)
    return attribute.value


def checked_offset(value: Any, length: int) -> int:
    """A saved offset into a text of ``length`` characters; a damaged file's is refused."""
    offset = int(value)
    if not 0 <= offset <= length:
        raise ValueError(f"offset {offset} outside the text (length {length})")
    return offset
