"""A figure hyphened to its unit measures the noun it stands before: "an 11-yard pass" and
"the 73-yard drive" are two plays, not one play told two ways."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_the_yards_of_a_pass_never_clash_with_the_yards_of_a_drive() -> None:
    report = compare_stories(
        "Colts win\n\nLuck completed an 11-yard pass to Hilton before the Colts won.\n",
        "Colts win\n\nLuck capped the 73-yard game winning drive before the Colts won.\n",
    )
    assert conflict_texts(report) == []


def test_the_yards_of_one_field_goal_told_two_ways_still_clash() -> None:
    report = compare_stories(
        "Colts win\n\nSuccop tied the game with a 47-yard field goal before the Colts won.\n",
        "Colts win\n\nSuccop tied the game with a 45-yard field goal before the Colts won.\n",
    )
    assert any(
        "47" in "".join(left) and "45" in "".join(right) for left, right in conflict_texts(report)
    ), conflict_texts(report)


def test_the_yards_of_runs_never_clash_with_the_yard_line_of_a_fumble() -> None:
    report = compare_stories(
        "Chiefs lose\n\nCharles had three runs of 80 or more yards.\n",
        "Chiefs lose\n\nCharles lost a fumble at the Colts 16-yard line.\n",
    )
    assert conflict_texts(report) == []


def test_two_final_scores_before_two_words_for_a_win_still_clash() -> None:
    report = compare_stories(
        "Colts win\n\nThe Colts earned a 20-13 victory over the Chiefs on Sunday.\n",
        "Colts win\n\nThe Colts earned a 20-10 win over the Chiefs on Sunday.\n",
    )
    assert conflict_texts(report), "a score measures no noun: the two finals still clash"
