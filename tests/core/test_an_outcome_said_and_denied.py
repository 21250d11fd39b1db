"""One outcome said of someone in one article and denied in the other, in two sentences telling
the same thing: "was not injured" / "was injured", "survived" / "died". A denied degree ("not
seriously injured"), a subject that leaves room for others ("no one else") or an article telling
the outcome both ways gives no verdict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflict_texts

HEADLINE = "Car hits bus shelter in Dover\n\n"


def test_the_driver_not_injured_is_not_the_driver_injured() -> None:
    left = HEADLINE + "The driver was not injured when the car hit the bus shelter on Tuesday."
    right = HEADLINE + "The driver was injured when the car hit the bus shelter on Tuesday."
    assert ({"driver was not injured"}, {"driver was injured"}) in conflict_texts(
        compare(left, right)
    )


def test_a_survivor_is_not_a_death() -> None:
    left = HEADLINE + "Ellen Marsh survived after the car hit the bus shelter on Tuesday."
    right = HEADLINE + "Ellen Marsh died after the car hit the bus shelter on Tuesday."
    assert ({"marsh survived"}, {"marsh died"}) in [
        ({t.lower() for t in a}, {t.lower() for t in b})
        for a, b in conflict_texts(compare(left, right))
    ]


def test_a_suspect_not_arrested_is_not_one_arrested() -> None:
    left = HEADLINE + "The suspect has not been arrested after the car hit the shelter Tuesday."
    right = HEADLINE + "The suspect was arrested after the car hit the shelter Tuesday."
    assert ({"suspect has not been arrested"}, {"suspect was arrested"}) in conflict_texts(
        compare(left, right)
    )


def test_not_seriously_injured_may_still_be_injured() -> None:
    left = HEADLINE + "The driver was not seriously injured when the car hit the shelter Tuesday."
    right = HEADLINE + "The driver was injured when the car hit the bus shelter on Tuesday."
    assert conflict_texts(compare(left, right)) == []


def test_no_one_else_leaves_room_for_the_injured() -> None:
    left = HEADLINE + "No one else was injured when the car hit the bus shelter on Tuesday."
    right = HEADLINE + "The driver was injured when the car hit the bus shelter on Tuesday."
    assert conflict_texts(compare(left, right)) == []


def test_unhurt_and_not_injured_agree() -> None:
    left = HEADLINE + "The driver was unhurt when the car hit the bus shelter on Tuesday."
    right = HEADLINE + "The driver was not injured when the car hit the bus shelter on Tuesday."
    assert conflict_texts(compare(left, right)) == []


def test_an_article_telling_both_tells_a_sequence() -> None:
    left = HEADLINE + "The suspect was not arrested at the scene of the crash on Tuesday."
    right = HEADLINE + (
        "The suspect was arrested at the scene of the crash on Tuesday. At first the suspect "
        "was not arrested, police said."
    )
    assert conflict_texts(compare(left, right)) == []


def test_a_denial_of_someone_else_in_the_clause_says_nothing_of_the_object() -> None:
    left = HEADLINE + "The man who shoved the driver was not injured when the car hit the shelter."
    right = HEADLINE + "The driver was injured when the car hit the bus shelter, police said."
    assert conflict_texts(compare(left, right)) == []


def test_a_subject_told_with_its_age_is_still_the_subject() -> None:
    left = (
        HEADLINE
        + "Police said the 19-year-old driver was not injured when the car hit the shelter."
    )
    right = (
        HEADLINE + "Police said the 19-year-old driver was injured when the car hit the shelter."
    )
    assert ({"driver was not injured"}, {"driver was injured"}) in conflict_texts(
        compare(left, right)
    )


def test_no_officers_hurt_agrees_with_officers_not_injured() -> None:
    left = HEADLINE + "Police arrested the driver on Tuesday. No officers were hurt."
    right = HEADLINE + "Police arrested the driver on Tuesday. The officers were not injured."
    assert not conflict_texts(compare(left, right))


def test_no_officers_hurt_is_not_two_officers_injured() -> None:
    left = HEADLINE + "Police arrested the driver on Tuesday. No officers were hurt."
    right = HEADLINE + "Police arrested the driver on Tuesday. Two officers were injured."
    assert ({"No officers were hurt"}, {"officers were injured"}) in conflict_texts(
        compare(left, right)
    )


def test_no_other_officers_hurt_leaves_room_for_one_who_was() -> None:
    left = HEADLINE + "Police arrested the driver on Tuesday. No other officers were hurt."
    right = HEADLINE + "Police arrested the driver on Tuesday. Two officers were injured."
    assert not conflict_texts(compare(left, right))
