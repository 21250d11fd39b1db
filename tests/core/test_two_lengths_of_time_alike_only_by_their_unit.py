"""Two lengths of time that share nothing but their unit are lengths of two things: a coach's
"we had 45 minutes to change our season" / "Leon Varga, on for ten minutes, made it 4-2"
(invented stories). The minute says how a length is measured, not what lasted. One player's
time on the field told two ways stays a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = "Dunmore beat Calder 4-2 on Wednesday in the cup semifinal. "


def test_two_lengths_alike_only_by_the_minute_are_no_conflict() -> None:
    left = (
        OPENING + "Leon Varga added the fourth goal in stoppage time. "
        '"At half-time I told them we had 45 minutes to change our season," Ruth Keane said.'
    )
    right = OPENING + "Leon Varga, on for ten minutes, made it 4-2 in added time."
    assert conflict_texts(compare_texts(left, right)) == []


def test_one_players_time_on_the_field_told_two_ways_is_still_a_conflict() -> None:
    left = OPENING + "Leon Varga, on for 15 minutes, made it 4-2 in added time."
    right = OPENING + "Leon Varga, on for ten minutes, made it 4-2 in added time."
    assert conflict_texts(compare_texts(left, right)) == [({"15 minutes"}, {"ten minutes"})]
