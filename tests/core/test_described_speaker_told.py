"""A quote only one article has keeps its speaker unmarked when the other article names that
speaker and the body they speak for: "national flood agency spokesman Budi Santoso" is told by
"Budi Santoso of the National Flood Relief Agency", but not by "Budi Santoso of the
provincial police", which says nothing of a flood agency."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_QUOTED = (
    "Quake hits Aceh\n\n"
    "A strong earthquake struck Aceh province on Tuesday. "
    '"Everyone ran into the street," national flood agency spokesman '
    "Budi Santoso said. Two houses collapsed."
)
_SPEAKER = "national flood agency spokesman Budi Santoso"


def _told(body: str) -> str:
    return (
        "Earthquake in Aceh\n\n"
        f"A strong earthquake struck Aceh province on Tuesday, said Budi Santoso of {body}. "
        "Two houses collapsed."
    )


def test_the_agency_spokesman_is_told_by_his_name_and_his_agency() -> None:
    marks = yellow(compare_stories(_QUOTED, _told("the National Flood Relief Agency")))
    assert "Everyone ran into the street," in marks  # the quote stays one-sided
    assert _SPEAKER not in marks


def test_the_agency_spokesman_keeps_his_mark_when_the_other_names_another_body() -> None:
    assert _SPEAKER in yellow(compare_stories(_QUOTED, _told("the provincial police")))
