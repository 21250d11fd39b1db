"""What harmed, in two sentences that tell the same attack: a shotgun is no handgun, a stabbing
no shooting; "a gun" and "a pistol" may be one weapon, and an article that names both weapons
somewhere contradicts neither (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Man killed outside his home\n\n"


def test_a_shotgun_is_not_a_handgun() -> None:
    left = HEADLINE + "Police said the man was shot with a shotgun outside his home."
    right = HEADLINE + "The man was shot with a handgun outside his home, police said."
    assert ({"shotgun"}, {"handgun"}) in conflict_pairs(compare(left, right))


def test_stabbed_to_death_is_not_shot_to_death() -> None:
    left = HEADLINE + "Police said the woman was stabbed to death in her home on Friday."
    right = HEADLINE + "Police said the woman was shot to death in her home on Friday."
    assert ({"stabbed"}, {"shot"}) in conflict_pairs(compare(left, right))


def test_a_gun_may_be_a_pistol() -> None:
    left = HEADLINE + "Police said the man was shot with a gun outside his home."
    right = HEADLINE + "The man was shot with a pistol outside his home, police said."
    assert conflict_pairs(compare(left, right)) == []


def test_an_article_naming_both_weapons_contradicts_neither() -> None:
    left = HEADLINE + "Police said the suspect fired a shotgun to break open the door."
    right = (
        HEADLINE + "Police said the suspect fired a handgun to break open the door. Officers "
        "later found a shotgun in his car."
    )
    assert conflict_pairs(compare(left, right)) == []
