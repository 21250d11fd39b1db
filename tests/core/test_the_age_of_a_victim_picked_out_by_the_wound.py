"""Two stories of one shooting with several victims: the one each story ages as shot in the chest
and dead is one person, so two ages of that person clash; other victims' ages never do."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Four people were shot outside a bowling alley in Dunmore early Sunday, police said.\n\n"
    "A 31-year-old man was pronounced dead at the scene after being shot in his chest, "
    "Sgt. Paula Irving said.\n\n"
    "A 19-year-old woman and a 45-year-old man were shot in their legs and taken to Mercy "
    "Hospital, where both were in stable condition."
)


def _right(dead: str, wound: str = "chest") -> str:
    return (
        "Police are looking for the gunman who opened fire outside a Dunmore bowling alley on "
        "Sunday, leaving one man dead and three people wounded.\n\n"
        f"Tobias Wendt, {dead}, was shot in the {wound} and was pronounced dead at the scene, "
        "according to police.\n\n"
        "Another man, 45, was shot in the foot, and a 19-year-old woman was shot in the thigh."
    )


def test_the_dead_victim_shot_in_the_chest_has_two_ages_when_the_stories_differ() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("33")))
    assert ({"31-year-old"}, {"33"}) in found


def test_the_same_age_of_the_victim_shot_in_the_chest_is_no_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("31")))
    assert not any("31-year-old" in left for left, _ in found)


def test_a_victim_shot_in_another_place_is_another_person_whose_age_never_clashes() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("33", wound="head")))
    assert not any("31-year-old" in left for left, _ in found)


def test_two_people_aged_in_one_wound_sentence_leave_the_wound_no_ones() -> None:
    left = LEFT.replace(
        "A 31-year-old man was pronounced dead at the scene after being shot in his chest",
        "A 31-year-old man and a 27-year-old man were shot in the chest and pronounced dead",
    )
    found = conflict_texts(compare_stories(left, _right("33")))
    assert not any({"31-year-old", "27-year-old"} & left_side for left_side, _ in found)


def test_the_gunman_shot_in_the_chest_by_police_is_not_the_victim() -> None:
    left = LEFT.replace(
        "A 31-year-old man was pronounced dead",
        "The 31-year-old gunman was pronounced dead",
    )
    found = conflict_texts(compare_stories(left, _right("33")))
    assert not any("31-year-old" in left_side for left_side, _ in found)


def test_a_victim_of_an_earlier_shooting_shot_in_the_chest_is_not_this_ones() -> None:
    right = (
        "Police are looking for the gunman who opened fire outside a Dunmore bowling alley on "
        "Sunday, leaving one man dead and three people wounded.\n\n"
        "In March 2019, a 33-year-old man was shot in the chest and killed in the same parking "
        "lot, police said."
    )
    found = conflict_texts(compare_stories(LEFT, right))
    assert not any("31-year-old" in left_side for left_side, _ in found)
