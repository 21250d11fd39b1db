"""One game's result told from each side: "the Hawks beat the Pirates 98-91" and "the Pirates
fell 91-98 to the Hawks" give one score, written loser first on one side; a different score told
that way still clashes, and a season record keeps the order of its figures (hand-written
texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

WINNER_SIDE = (
    "The Hawks beat the Pirates 98-91 on Friday night. Sam Ortiz scored 24 points. The game "
    "was played in front of a sold-out crowd. The Hawks have won five straight."
)


def _loser_side(score: str) -> str:
    return (
        f"The Pirates fell {score} to the Hawks on Friday night. Sam Ortiz scored 24 points. "
        "The game was played in front of a sold-out crowd. The Hawks have won five straight."
    )


def test_a_score_written_loser_first_agrees_with_the_winners_score() -> None:
    report = compare_stories(WINNER_SIDE, _loser_side("91-98"))

    assert ({"98-91"}, {"91-98"}) in agreed_texts(report)
    assert not any("9" in word for word in yellow(report))
    assert not conflict_texts(report)


def test_another_score_written_loser_first_still_clashes() -> None:
    report = compare_stories(WINNER_SIDE, _loser_side("85-98"))

    assert not any("85-98" in b for _, b in agreed_texts(report))
    assert any("85" in " ".join(b) for _, b in conflict_texts(report))


def test_a_record_is_not_read_the_other_way_round() -> None:
    left = "The Hawks are 9-14 this season. Coach Ann Lee stays calm about the slow start."
    right = "The Hawks stand at 14-9 this season. Coach Ann Lee stays calm about the start."

    assert not any("9-14" in a for a, _ in agreed_texts(compare_stories(left, right)))
