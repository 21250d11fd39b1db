"""A count of the people of one deed in one article, the people listed one by one for that deed in
the other: "two others were treated and released" / "A 30-year-old woman, a 19-year-old man and
a 41-year-old man were treated and released" count three against two; the same number agrees,
and a deed the list's article tells of others too may list only some (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

LEFT = (
    "Five hurt in Oakdale nightclub shooting.\n\n"
    "Five people were wounded when a man opened fire inside a nightclub on Birch Road in Oakdale "
    "early Saturday, police said.\n\n"
    "One victim is in critical condition and two are in serious condition at Mercy Hospital. Two "
    "others were treated and released, Lt. Dana Holm said."
)
_LISTED = "A 30-year-old woman, a 19-year-old man and a 41-year-old man"


def _right(listed: str = _LISTED, more: str = "") -> str:
    return (
        "Gunman wounds five at Oakdale club.\n\n"
        "A gunman wounded five people at a nightclub on Birch Road in Oakdale on Saturday "
        "morning, police said.\n\n"
        f"{listed} were treated and released from Mercy Hospital on Saturday.{more} The gunman "
        "fled in a dark sedan."
    )


def test_three_people_listed_against_two_others_counted_is_a_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right()))
    assert ({"Two"}, {_LISTED}) in found


def test_two_people_listed_against_two_counted_agree() -> None:
    listed = "A 30-year-old woman and a 19-year-old man"
    report = compare_stories(LEFT, _right(listed))
    assert not any(listed in right for _, right in conflict_texts(report))
    assert ({"Two"}, {listed}) in agreed_texts(report)


def test_a_deed_the_listing_article_tells_of_others_too_lists_only_some() -> None:
    more = " A fourth victim was treated and released on Sunday."
    found = conflict_texts(compare_stories(LEFT, _right(more=more)))
    assert not any(_LISTED in right for _, right in found)


def test_a_count_with_a_bound_is_set_against_no_list() -> None:
    left = LEFT.replace("Two others were treated", "At least two others were treated")
    found = conflict_texts(compare_stories(left, _right()))
    assert not any(_LISTED in right for _, right in found)
