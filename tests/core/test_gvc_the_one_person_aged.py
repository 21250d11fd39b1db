"""Two reports of a robbery with one victim each age that victim once, in sentences that tell
different things: "A 45-year-old store clerk was shot and wounded" / "fired at the 44-year-old
clerk". One person, two ages: a conflict. A neighbour aged in one article and the victim in the
other are two people, and so are the people of a story that counts several victims.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_CLERK_45 = (
    "Clerk shot during robbery at gas station\n\n"
    "A 45-year-old store clerk was shot and wounded early Sunday during a robbery at a gas "
    "station on Bissonnet Street, police said.\n\n"
    "Two men wearing masks walked into the station at about 3 a.m. and demanded money. One of "
    "them shot the clerk in the leg.\n\n"
    "The robbers got away with about $300 and fled in a silver car."
)


def _robbery_right(aged: str) -> str:
    return (
        "Gas station clerk wounded in robbery\n\n"
        "A clerk was shot in the leg during an armed robbery at a gas station overnight, police "
        "said.\n\n"
        f"Police said the men entered the store on Bissonnet around 3 a.m. Sunday. {aged}\n\n"
        "The suspects took an undisclosed amount of cash and drove off."
    )


def test_the_one_clerk_aged_45_and_44_in_sentences_telling_different_things_is_a_conflict() -> None:
    right = _robbery_right("One man pulled a gun and fired at the 44-year-old clerk.")
    found = conflict_texts(compare_stories(_CLERK_45, right))
    assert ({"45-year-old"}, {"44-year-old"}) in found, found


def test_the_one_clerk_aged_alike_is_no_conflict() -> None:
    right = _robbery_right("One man pulled a gun and fired at the 45-year-old clerk.")
    found = conflict_texts(compare_stories(_CLERK_45, right))
    assert not any("45-year-old" in left for left, _ in found), found


def test_a_neighbour_aged_in_one_article_is_not_the_clerk_aged_in_the_other() -> None:
    right = _robbery_right("A neighbor, 67, said she heard one shot and saw the men run.")
    found = conflict_texts(compare_stories(_CLERK_45, right))
    assert not any("45-year-old" in left for left, _ in found), found


def test_one_of_three_men_shot_aged_in_each_article_may_be_two_of_the_three() -> None:
    left = (
        "Three men shot outside bar\n\n"
        "Three men were shot outside a bar early Sunday, police said.\n\n"
        "The shooting happened at about 2 a.m. after a fight inside.\n\n"
        "A 45-year-old man was taken to a hospital in critical condition."
    )
    right = (
        "Three wounded in shooting\n\n"
        "Three men were wounded in a shooting outside a bar on Sunday, police said.\n\n"
        "Police said a 31-year-old man was hit in the arm. The gunman fled on foot."
    )
    found = conflict_texts(compare_stories(left, right))
    assert not found, found


def test_the_victim_aged_without_a_noun_is_the_one_man_the_other_article_ages() -> None:
    left = (
        "Man killed in Eastwood shooting\n\n"
        "A 24-year-old man was shot and killed Saturday night outside a home on Elm Street, "
        "police said.\n\n"
        "Officers found him in the yard. The victim was 24."
    )
    right = (
        "Police identify man killed in Saturday shooting\n\n"
        "A man died after he was shot outside a house on Elm Street late Saturday, police "
        "said.\n\n"
        "The victim was 25 years old."
    )
    found = conflict_texts(compare_stories(left, right))
    assert any("25 years old" in r for _, r in found), found


def test_a_man_aged_by_name_in_one_article_is_the_unnamed_man_aged_in_the_other() -> None:
    left = (
        "Man shot dead on porch\n\n"
        "A 52-year-old man was shot and killed on the porch of his home Tuesday night, police "
        "said.\n\n"
        "Police identified him as Robert Lane. Neighbors said Lane was a retired bus driver."
    )
    right = (
        "Retired bus driver killed\n\n"
        "Robert Lane was sitting on his porch Tuesday when someone walked up and shot him, "
        "police said. Lane, 53, died at the scene."
    )
    found = conflict_texts(compare_stories(left, right))
    assert ({"52-year-old"}, {"53"}) in found, found


def test_a_neighbour_aged_by_name_is_not_the_unnamed_man_killed() -> None:
    left = (
        "Man shot dead on porch\n\n"
        "A 52-year-old man was shot and killed on the porch of his home Tuesday night, police "
        "said. Neighbor Ana Ruiz called 911."
    )
    right = (
        "Man killed on porch\n\n"
        "A man was shot on his porch Tuesday, police said. Ana Ruiz, 67, said she heard two "
        "shots and called 911."
    )
    found = conflict_texts(compare_stories(left, right))
    assert not any("52-year-old" in left for left, _ in found), found
