"""A unit of time after "a", "per" or "last" is a rate or a haste, not a time of day: "5,000
gallons of water a minute" against "per minute" carries no one-sided time."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts


def test_gallons_a_minute_is_no_time_the_other_article_lacks() -> None:
    report = compare_texts(
        "Fire at Palmer plant\n\nAbout 5,000 gallons of water a minute was poured on the fire "
        "at the Palmer plant, chief Owen said.",
        "Fire at Palmer plant\n\nFirefighters were pouring 5,000 gallons of water per minute "
        "onto the blaze at the Palmer plant, chief Owen said.",
    )
    marked = [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)
    ]
    assert not marked, marked
