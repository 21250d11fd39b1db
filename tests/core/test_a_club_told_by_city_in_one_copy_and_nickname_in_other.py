"""One game told in two near-identical sentences, the loser named "the Cowboys" on one side and
"Dallas" on the other: the article that writes the whole name, city then nickname ("the Dallas
Cowboys"), ties the two halves to one club, so the city in the nickname's place is no other team
swapped in (invented game), nor a name only one article gives. Another club in its place stays a
conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

LEFT = (
    "The Philadelphia Eagles beat the Dallas Cowboys 27-20 on Sunday night. Jalen Hurts threw "
    "two touchdown passes. Philadelphia improved to 11-4 with the win. The Cowboys fell to 8-7."
)


def _right(loser: str) -> str:
    return (
        "The Eagles defeated Dallas 27-20 on Sunday night at Lincoln Financial Field. Hurts "
        "passed for two scores. The Philadelphia Eagles are now 11-4 on the season. "
        f"{loser} dropped to 8-7."
    )


def test_the_city_of_a_club_its_article_names_in_full_is_no_other_team() -> None:
    assert conflict_texts(compare_texts(LEFT, _right("Dallas"))) == []


def test_another_club_in_its_place_is_still_a_conflict() -> None:
    assert ({"Cowboys"}, {"Giants"}) in conflict_texts(compare_texts(LEFT, _right("The Giants")))


def test_the_nickname_the_other_article_names_by_its_city_is_not_one_sided() -> None:
    assert "Cowboys" not in yellow(compare_texts(LEFT, _right("Dallas")))


def test_a_nickname_the_other_article_never_names_stays_one_sided() -> None:
    assert "Cowboys" in yellow(compare_texts(LEFT, _right("The Giants")))


def test_a_town_before_a_bodys_name_makes_no_club() -> None:
    left = (
        "A man charged in the shooting of a teenager appeared in court on Monday. The Court set "
        "his bail at 50,000 dollars. He is 24."
    )
    right = (
        "A 24-year-old man charged in the shooting of a teenager appeared in Newark Superior "
        "Court on Monday. A judge set bail at 50,000 dollars. The shooting happened in Newark "
        "last week."
    )
    assert "Newark" in yellow(compare_texts(left, right))
