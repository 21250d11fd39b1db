"""Counts of shots fired by two different shooters: "The man fired two shots at the officers" /
"Officers fired 12 rounds" count the shots of each side of a gunfight, so the two figures
contradict nothing; two counts of one shooter's shots still clash (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING_L = (
    "A man was shot by police after he fired at officers on Main Street in Akron on Tuesday. "
)
OPENING_R = "Police in Akron shot a man who fired at officers on Main Street on Tuesday. "
CLOSING_L = " He was taken to a hospital in critical condition. No officers were hurt."
CLOSING_R = " He was hospitalized in critical condition. No officer was injured."


def gunfight(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    )


def test_the_suspects_shots_and_the_officers_shots_are_two_counts() -> None:
    assert not gunfight(
        "The man fired two shots at the officers, who returned fire.",
        "Officers fired 12 rounds, striking him several times, police said.",
    )


def test_the_suspects_shots_and_an_officers_shots_reported_by_police_are_two_counts() -> None:
    assert not gunfight(
        "Police said the suspect fired three shots before an officer returned fire.",
        "An officer fired five times at the suspect, police said.",
    )


def test_shots_fired_by_police_in_the_passive_are_the_polices() -> None:
    assert not gunfight(
        "The suspect fired three shots at the officers.",
        "Twelve rounds were fired by officers, police said.",
    )


def test_two_counts_of_the_suspects_shots_clash() -> None:
    found = gunfight(
        "The man fired two shots at the officers, who returned fire.",
        "The man fired four shots at the officers before they returned fire, police said.",
    )
    assert found == [({"two"}, {"four"})]


def test_two_counts_of_the_officers_shots_clash() -> None:
    found = gunfight(
        "Officers fired 12 rounds at the man, police said.",
        "Officers fired 20 rounds at the man, police said.",
    )
    assert found == [({"12"}, {"20"})]
