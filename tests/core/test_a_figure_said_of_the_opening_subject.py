"""A figure two aligned sentences give right after the verb of the same opening subject is one
claim: "Turnout was 41 percent of the city's 181,000 registered voters, up from 33 percent" /
"Turnout reached 43 percent, the highest in 20 years" (invented stories) clash, though the left
sentence gives three shares. A share said of another subject stays silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = "Maria Hale won the Lakeport mayoral election on Tuesday with 54 percent of the vote. "
LEFT = (
    OPENING
    + "Turnout was 41 percent of the city's 181,000 registered voters, up from 33 percent in 2021."
)


def test_turnout_told_twice_clashes() -> None:
    right = OPENING + "Turnout reached 43 percent, the highest for a city election in 20 years."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"41 percent"}, {"43 percent"})]


def test_a_share_of_another_subject_is_no_conflict() -> None:
    right = OPENING + "Support for the bond measure reached 43 percent, the highest in 20 years."
    assert conflict_texts(compare_texts(LEFT, right)) == []
