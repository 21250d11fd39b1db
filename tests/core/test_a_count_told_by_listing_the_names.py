"""A count of named things the other article tells by listing them: "five villages had been
badly hit" / "The most affected villages were identified as Gabardin, Tonban, Karvan, Tourian
and Khaldin". The list gives the count, whatever the tagger typed each unknown name as; a list of
four does not tell five, nor five names in a sentence that speaks of no villages
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "Quake hits island.\n"
    "A strong earthquake struck an island in southern Iran on Sunday, killing 10 people. "
    "The governor said five villages had been badly hit in the west of the island."
)
FIVE = "Gabardin, Tonban, Karvan, Tourian and Khaldin"


def _right(lead: str, names: str) -> str:
    return (
        "Iran quake kills 10.\n"
        "An earthquake killed 10 people on an Iranian island on Sunday. "
        f"{lead} {names}, all in the west of the island."
    )


def test_five_villages_told_by_the_five_names_of_the_worst_hit_villages() -> None:
    right = _right("The most affected villages were identified as", FIVE)
    assert "five" not in yellow(compare_stories(LEFT, right))


def test_five_villages_not_told_by_four_names() -> None:
    four = "Gabardin, Tonban, Karvan and Tourian"
    right = _right("The most affected villages were identified as", four)
    assert "five" in yellow(compare_stories(LEFT, right))


def test_five_villages_not_told_by_five_names_of_no_villages() -> None:
    assert "five" in yellow(compare_stories(LEFT, _right("Rescuers came from", FIVE)))
