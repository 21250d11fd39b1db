"""Two matching sentences about one game that give two final scores contradict each other: a
score is written winner first whichever team the sentence starts with, so "Rovers beat United
3-1" agrees with "United lost 3-1 to Rovers" and clashes with "United lost 4-1 to Rovers"
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Rovers beat United 3-1 on Saturday at Kingsway Park. Striker Tom Bell scored twice in the "
    "second half. The win lifts Rovers to fourth place in the league."
)


def _right(score: str) -> str:
    return (
        f"United lost {score} to Rovers at Kingsway Park on Saturday. Tom Bell netted two goals "
        "after the break. Rovers climb to fourth in the table with the victory."
    )


def test_another_final_score_told_from_the_losers_side_is_a_conflict() -> None:
    report = compare_stories(LEFT, _right("4-1"))
    assert conflict_texts(report) == [({"3-1"}, {"4-1"})]
    assert "'3-1'" in conflicts(report)[0].reason


def test_the_same_score_told_from_the_losers_side_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("3-1")))


def test_the_same_score_written_loser_first_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("1-3")))


def test_a_standing_beside_no_result_is_not_a_final_score() -> None:
    left = "The Sixers are 9-14 this season after a slow start. Coach Ann Lee stays calm."
    right = "The Sixers stand at 10-13 this season after a slow start. Coach Ann Lee is calm."
    # Two standings over the same 23 games do clash, as records (aligned_records.py), never as
    # two final scores.
    on_it = [f for f in conflicts(compare_stories(left, right)) if "9-14" in f.left[0].text]
    assert all("final score" not in f.reason and "the record" in f.reason for f in on_it)


def test_a_season_standing_is_not_set_against_a_games_score() -> None:
    left = (
        "Sixers fire coach Ray Dunn.\n"
        "After a slow start, Philadelphia won 18 of its next 23 games and wound up at 40-42, "
        "sixth in the East. Dunn was fired on Saturday."
    )
    right = (
        "Sixers fire coach Ray Dunn.\n"
        "Philadelphia won two games and then took an 88-72 loss in Cleveland, sixth in the East. "
        "Dunn was fired on Saturday."
    )
    assert not conflict_texts(compare_stories(left, right))
