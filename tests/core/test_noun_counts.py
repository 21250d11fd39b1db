"""One noun each article counts once: "More than 50 firefighters tackled the blaze" / "Twenty
firefighters fought the flames" give two numbers for the firefighters at one fire, whatever the
verbs; a count of the same noun told with a harm, or of men and children, counts another group
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "More than 50 firefighters tackled a blaze at a supermarket in Wellington on Tuesday. "
    "The roof collapsed. Police said the fire was not suspicious."
)


def test_two_counts_of_the_firefighters_at_one_fire_are_a_conflict() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Twenty "
        "firefighters fought the flames. Police said the fire was not suspicious."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"More than 50"}, {"Twenty"})]


def test_firefighters_hurt_are_not_the_firefighters_at_the_fire() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Two "
        "firefighters were injured. Police said the fire was not suspicious."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_an_article_counting_the_noun_twice_tells_of_two_groups() -> None:
    right = (
        "The roof of a Wellington supermarket collapsed in a blaze on Tuesday. Twenty "
        "firefighters fought the flames while 12 firefighters waited outside. Police said the "
        "fire was not suspicious."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_counts_of_men_name_any_group_at_the_scene() -> None:
    left = (
        "Police arrested two men after a brawl outside a Leeds pub on Saturday night. "
        "The pub was closed on Sunday."
    )
    right = (
        "A brawl broke out outside a Leeds pub on Saturday night. Four men ran from the scene. "
        "The pub was closed on Sunday."
    )
    assert not conflict_texts(compare_stories(left, right))
