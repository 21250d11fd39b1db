"""Two places the gazetteer knows are two places however alike their names: "Iceland" is no
misspelt "Ireland", while "St. Louis" and "Saint Louis" stay one city."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, conflict_texts

WIRE = (
    "Volcano erupts\n\nA volcano erupted on Tuesday in {}, sending ash over the Atlantic, "
    "officials said. Flights to {} were cancelled for two days."
)
ICELAND, IRELAND = WIRE.format("Iceland", "Ireland"), WIRE.format("Ireland", "Britain")


def test_wire_copy_moving_the_eruption_from_iceland_to_ireland_is_a_conflict() -> None:
    report = compare_texts(ICELAND, IRELAND)
    assert ({"Iceland"}, {"Ireland"}) in conflict_texts(report), conflict_texts(report)
    agreed = [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.left and f.right
    ]
    assert ("Iceland", "Ireland") not in agreed, agreed


def test_st_louis_and_saint_louis_are_one_city() -> None:
    left = "Storm hits\n\nA tornado struck St. Louis on Friday night, the weather service said."
    right = "Tornado\n\nThe weather service said a tornado struck Saint Louis on Friday night."
    assert conflict_texts(compare_texts(left, right)) == []
