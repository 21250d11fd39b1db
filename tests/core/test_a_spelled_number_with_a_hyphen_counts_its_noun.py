"""A number from 21 to 99 written in words joins its tens and units with a hyphen ("fifty-four
species"): that hyphen makes no compound of a figure and a noun ("a two-time champion"), so the
count is set against the other article's count of the same noun."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The new law protects 45 species of birds and takes effect on January 1. It was passed by "
    "parliament after a long debate. Environment Minister Sara Lind called it a historic step."
)


def _right(species: str) -> str:
    return (
        f"The bird protection act, which covers {species} species, comes into force on Jan. 1. "
        'Lawmakers approved it after a long debate. "This is a historic step," said '
        "Environment Minister Sara Lind."
    )


def test_a_law_covering_fifty_four_species_is_not_one_covering_45() -> None:
    report = compare_texts(_LEFT, _right("fifty-four"))
    assert ({"45"}, {"fifty-four"}) in conflict_texts(report)


def test_a_law_covering_forty_five_species_agrees_with_one_covering_45() -> None:
    report = compare_texts(_LEFT, _right("forty-five"))
    assert conflict_texts(report) == []


def test_a_two_time_champion_is_still_no_count_of_champions() -> None:
    report = compare_texts(
        "Rahman, the two-time heavyweight champion, lost on Saturday in Las Vegas. The fight "
        "drew a large crowd.",
        "Rahman was stopped by the former champion in seven rounds on Saturday in Las Vegas. "
        "The fight drew a large crowd.",
    )
    assert conflict_texts(report) == []
