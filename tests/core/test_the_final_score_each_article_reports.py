"""A match report gives its game's result once: "Westfield United beat Westfield City 3-1" in one
lead and "The 21,000 crowd saw United win 3-2" deep in the other article are two results of one
game. An article that reports two results (another game besides) sets neither against it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "United beat City in derby\n\n"
    "Westfield United beat Westfield City 3-1 on Saturday to move top of the league.\n\n"
    "Striker Tom Evans scored twice in the first half. City's only goal came from a penalty.\n"
)


def _right(closing: str) -> str:
    return (
        "Evans double sends United top\n\n"
        "Tom Evans scored two first-half goals as Westfield United won the derby at Park Road on "
        "Saturday and climbed to the top of the table.\n\n"
        "Sam Reid converted a penalty for City.\n\n"
        f"{closing}\n"
    )


def test_another_result_deep_in_the_other_report_is_a_conflict() -> None:
    conflicts = conflict_texts(
        compare_stories(LEFT, _right("The 21,000 crowd saw United win 3-2."))
    )
    assert ({"3-1"}, {"3-2"}) in conflicts


def test_the_same_result_deep_in_the_other_report_is_no_conflict() -> None:
    assert (
        conflict_texts(compare_stories(LEFT, _right("The 21,000 crowd saw United win 3-1."))) == []
    )


def test_a_report_with_a_second_game_sets_neither_result_against_the_other() -> None:
    closing = "The 21,000 crowd saw United win 3-2. In the other game, Rovers beat Town 2-0."
    assert conflict_texts(compare_stories(LEFT, _right(closing))) == []
