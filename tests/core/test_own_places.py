"""A store fire told "in Surrey" on one side and "in Banstead" on the other, where the Surrey
article itself says the store is in Banstead, is one place at two precisions, not a conflict;
two articles that each name only their own town still clash."""

from __future__ import annotations

from desktop.core.model import MentionType, Report
from tests.factories import compare_stories, conflicts


def _place_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in conflicts(report)
        if f.type is MentionType.PLACE
    ]


RIGHT = (
    "Fire guts supermarket\n\n"
    "A huge fire has almost totally destroyed a Waitrose store in Banstead. "
    "Twelve fire engines were sent to the store."
)


def test_a_county_and_the_town_its_own_article_names_are_one_place() -> None:
    left = (
        "Supermarket destroyed by fire\n\n"
        "A Waitrose supermarket in Surrey has been destroyed in a fire on Friday night. "
        "Twelve fire engines were sent to the store. "
        "Residents in Banstead were told to keep their windows shut."
    )
    assert _place_conflicts(compare_stories(left, RIGHT)) == []


def test_two_towns_neither_article_names_for_the_other_still_clash() -> None:
    left = (
        "Supermarket destroyed by fire\n\n"
        "A Waitrose supermarket in Leeds has been destroyed in a fire on Friday night. "
        "Twelve fire engines were sent to the store. "
        "Residents were told to keep their windows shut."
    )
    assert _place_conflicts(compare_stories(left, RIGHT)) == [({"Leeds"}, {"Banstead"})]
