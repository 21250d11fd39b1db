"""A ship named two ways shows a conflict, even when the tagger types the name a place on one side
and a person on the other: "the Sarnia intercepted the other three" / "INS Harwell intercepted
the remaining three" put two names in one slot, the one who intercepted. Nothing is said when the
second name stands in another role, when the other article names the first ship too, or when the
two names are the subjects of two different verbs."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Navy ship foils pirate attack\n\n"
    "The frigate Sarnia was escorting four merchant vessels in the Gulf of Aden on Tuesday when "
    "its crew saw six pirate skiffs. While three of the skiffs got away, the Sarnia intercepted "
    "the other three and carried out a search of each boat, seizing rifles and ladders."
)
_RIGHT = (
    "Warship chases off pirates\n\n"
    "A navy patrol ship detained 18 suspected pirates in the Gulf of Aden on Tuesday, officials "
    "said. Three skiffs escaped, but INS Harwell intercepted the remaining three and carried out "
    "a search of the boats, seizing rifles and ladders, a navy spokesman said."
)


def test_a_ship_named_two_ways_in_one_role_shows_a_conflict() -> None:
    found = compare_stories(_LEFT, _RIGHT)
    assert conflict_texts(found) == [({"Sarnia"}, {"INS Harwell"})]
    (conflict,) = [f for f in found.findings if f.kind.value == "conflict"]
    assert "the subject of 'intercept'" in conflict.reason


def test_a_name_in_another_role_says_nothing() -> None:
    right = _RIGHT.replace("but INS Harwell intercepted", "but sailors intercepted").replace(
        "a navy spokesman said", "a spokesman aboard INS Harwell said"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_a_name_the_other_article_also_gives_says_nothing() -> None:
    right = _RIGHT + " The Sarnia, a second warship, arrived in the gulf later that day."
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_the_subjects_of_two_different_verbs_say_nothing() -> None:
    right = _RIGHT.replace("but INS Harwell intercepted", "but INS Harwell chased")
    assert conflict_texts(compare_stories(_LEFT, right)) == []
