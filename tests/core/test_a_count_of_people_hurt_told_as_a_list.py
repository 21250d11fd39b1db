"""A deed told with an irregular participle is a deed all the same: "Two others were hurt" /
"A 30-year-old woman, a 19-year-old man and a 41-year-old man were hurt" count two against three,
as "were treated and released" did; a list of two agrees (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

LEFT = (
    "Five wounded in Oakdale nightclub shooting.\n\n"
    "Five people were wounded when a man opened fire inside a nightclub on Birch Road in Oakdale "
    "early Saturday, police said.\n\n"
    "Three victims are in serious condition at Mercy Hospital. Two others were hurt as the crowd "
    "fled, Lt. Dana Holm said."
)
_LISTED = "A 30-year-old woman, a 19-year-old man and a 41-year-old man"


def _right(listed: str = _LISTED) -> str:
    return (
        "Gunman wounds five at Oakdale club.\n\n"
        "A gunman wounded five people at a nightclub on Birch Road in Oakdale on Saturday "
        "morning, police said.\n\n"
        f"{listed} were hurt as the crowd ran for the doors. The gunman fled in a dark sedan."
    )


def test_three_people_listed_as_hurt_against_two_counted_is_a_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right()))
    assert ({"Two"}, {_LISTED}) in found


def test_two_people_listed_as_hurt_against_two_counted_agree() -> None:
    listed = "A 30-year-old woman and a 19-year-old man"
    report = compare_stories(LEFT, _right(listed))
    assert not any(listed in right for _, right in conflict_texts(report))
    assert ({"Two"}, {listed}) in agreed_texts(report)
