"""A part of a whole that a verdict acts on counts what the verdict did: "finding him guilty on
12 of the 14 theft counts" / "They convicted him on 11 theft counts" (invented stories) both
count the counts he was convicted on, and 12 and 11 clash. Counts the other article ties to
another deed (dropped before the trial), and a stretch of a season's games ("won 18 of its next
23 games" / "won 40 games last season"), stay silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = (
    "A Harlow jury convicted Tom Reddick of theft and forgery on Tuesday after a two-week trial. "
)
LEFT = (
    OPENING
    + "The jury deliberated for two days before finding him guilty on 12 of the 14 theft counts."
)


def test_the_counts_he_was_convicted_on_told_twice_clash() -> None:
    right = OPENING + "They convicted him on 11 theft counts and acquitted him on the rest."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"12"}, {"11"})]


def test_counts_dropped_before_the_trial_are_no_conflict() -> None:
    right = OPENING + "Prosecutors dropped 11 theft counts before the trial began."
    assert conflict_texts(compare_texts(LEFT, right)) == []


def test_a_stretch_of_games_is_no_seasons_count() -> None:
    # "18 of its next 23 games" is a stretch of the season, not the season's wins.
    opening = "Philadelphia beat Boston 101-95 on Friday to open the new season at home. "
    left = opening + "The expectations were high for a team that won 40 games last season."
    right = opening + "After a 10-20 start last season, the team won 18 of its next 23 games."
    assert conflict_texts(compare_texts(left, right)) == []
