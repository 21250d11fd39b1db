"""A capitalised common noun for a person ("Mom", "Victim") stands where a name could stand but
names no one: the name the other article gives in its place is no contradiction.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.persons.person_nouns import only_person_nouns
from tests.factories import compare_stories as compare
from tests.factories import conflicts


def test_mom_in_one_article_is_not_a_different_person_from_the_named_mother() -> None:
    left = "Man shot\n\nMom says her son was shot by a neighbor on Friday.\n"
    right = "Man shot\n\nDeborah Ames says her son was shot by a neighbor on Friday.\n"
    found = [f for f in conflicts(compare(left, right)) if f.type == "person"]
    assert found == [], [(f.left, f.right) for f in found]


def test_a_capitalised_victim_is_not_a_different_person_from_the_named_victim() -> None:
    left = "Man shot\n\nThe Victim was taken to Grady Hospital on Friday night.\n"
    right = "Man shot\n\nJames Carter was taken to Grady Hospital on Friday night.\n"
    found = [f for f in conflicts(compare(left, right)) if f.type == "person"]
    assert found == [], [(f.left, f.right) for f in found]


def test_a_name_keeps_a_word_that_is_no_common_noun() -> None:
    assert only_person_nouns("mom")
    assert only_person_nouns("victim")
    assert not only_person_nouns("officer smith")
    assert not only_person_nouns("mary ann")


def test_a_capitalised_shooter_is_no_place_or_body_against_the_named_suspect() -> None:
    left = (
        "Man shot\n\nThe Shooter fled in a car after the man was shot on Friday night, police "
        "said.\n"
    )
    right = (
        "Man shot\n\nMarcus Bell fled in a car after the man was shot on Friday night, police "
        "said.\n"
    )
    assert conflicts(compare(left, right)) == []


def test_an_article_before_the_common_noun_changes_nothing() -> None:
    assert only_person_nouns("the shooter")
    assert not only_person_nouns("the")
