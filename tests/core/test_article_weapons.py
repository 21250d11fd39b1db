"""The one weapon each article names, wherever it says it: "brought a rifle into the building" /
"officers found a shotgun in his car" give two weapons for one shooting; a bare "gun", or an
article naming two weapons, sets nothing against the other (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Gunman kills one at Michigan accounting firm.\n"
    "A gunman killed one man at an accounting firm in Southfield on Tuesday. Employees said the "
    "shooter was a former worker who brought a rifle into the building. The firm was closed on "
    "Wednesday."
)


def test_a_rifle_in_one_article_and_a_shotgun_in_the_other_are_two_weapons() -> None:
    right = (
        "Fired worker kills one at Michigan firm.\n"
        "A fired worker killed one man at an accounting firm in Southfield on Tuesday. The firm "
        "was closed on Wednesday. Officers found a shotgun and three live shells in his car."
    )
    report = compare_stories(LEFT, right)
    assert conflict_texts(report) == [({"rifle"}, {"shotgun"})]
    assert "'rifle'" in conflicts(report)[0].reason


def test_a_gun_names_no_particular_weapon() -> None:
    right = (
        "Fired worker kills one at Michigan firm.\n"
        "A fired worker killed one man at an accounting firm in Southfield on Tuesday. The firm "
        "was closed on Wednesday. Officers found a gun and three live shells in his car."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_an_article_naming_two_weapons_may_tell_of_both() -> None:
    right = (
        "Fired worker kills one at Michigan firm.\n"
        "A fired worker killed one man at an accounting firm in Southfield on Tuesday. The firm "
        "was closed on Wednesday. Officers found a shotgun and a knife in his car."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
