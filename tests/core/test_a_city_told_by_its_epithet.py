"""A city the other article calls by its epithet or by the clipping it goes by is named there:
"a loss in Chicago" / "Fans in the Windy City", "a plant in Philadelphia" / "a plant in Northeast
Philly". No yellow "only the left names it" mark on the city, and no clash of two places in one
sentence. Where the other article never names the city, the mark stays (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories, place_conflicts


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_city_is_told_by_its_epithet_in_another_sentence() -> None:
    left = "The team fired its coach on Monday after a loss in Chicago.\nFans had booed him."
    right = (
        "The team fired its coach on Monday after a loss.\nFans in the Windy City had booed him."
    )
    assert "Chicago" not in _left_only(compare_stories(left, right))


def test_a_city_and_the_clipping_it_goes_by_are_one_place() -> None:
    left = "A fire broke out at a candy plant in Philadelphia on Thursday night.\nTwo were hurt."
    right = (
        "A fire broke out at a candy plant in Northeast Philly on Thursday night.\nTwo were hurt."
    )
    report = compare_stories(left, right)
    assert "Philadelphia" not in _left_only(report)
    assert not place_conflicts(report)


def test_a_city_the_other_never_names_keeps_its_mark() -> None:
    left = "The team fired its coach on Monday after a loss in Chicago.\nFans had booed him."
    right = "The team fired its coach on Monday after a loss.\nFans had booed him for weeks."
    assert "Chicago" in _left_only(compare_stories(left, right))
