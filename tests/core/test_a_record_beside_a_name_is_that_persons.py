"""A record set off after a name, in brackets or between commas, is that person's: one article's
"Marek Novak (38-2, 30 KOs)" and the other's "Dale Porter, 25-4, 18 KOs," are two boxers'
records, not two counts of one man's knockouts. One boxer's record told two ways still clashes."""

from __future__ import annotations

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.figures.owners.figure_asides import aside_owner
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Novak keeps title against Porter\n\n"
    "Marek Novak (38-2, 30 KOs) stopped a tired Dale Porter in the sixth round in Vienna on "
    "Saturday night to keep his world title. Porter had won his last five fights. Novak will "
    "fight again in the spring."
)
_RIGHT = (
    "Novak beats Porter in Vienna\n\n"
    "Dale Porter, 25-4, 18 KOs, was stopped by the champion Marek Novak in six rounds in Vienna "
    "on Saturday. Novak will fight again in the spring."
)


def test_two_boxers_records_in_asides_after_their_names_do_not_clash() -> None:
    assert conflict_texts(compare_stories(_LEFT, _RIGHT)) == []


def test_one_boxers_record_told_two_ways_still_clashes() -> None:
    right = _RIGHT.replace("Dale Porter, 25-4, 18 KOs,", "Marek Novak, 38-2, 31 KOs,").replace(
        "by the champion Marek Novak", "by the champion"
    )
    assert conflict_texts(compare_stories(_LEFT, right)) == [({"30 KOs"}, {"31"})]


def _owner(sentence: str, figure: str) -> str:
    doc = load_pipeline().nlp(sentence)
    start = sentence.index(figure)
    span = doc.char_span(start, start + len(figure), alignment_mode="expand")
    assert span is not None
    return aside_owner(span)


@pytest.mark.parametrize(
    ("sentence", "figure", "owner"),
    [
        ("Marek Novak (38-2, 30 KOs) stopped a tired Dale Porter (25-4, 18 KOs).", "18", "porter"),
        ("The champion Marek Novak, 38-2 with 30 knockouts, stopped Porter.", "30", "novak"),
        # people counted after a name are the clause's own, no record of the name
        ("According to the Police Department, one female, 27, is in serious condition.", "one", ""),
        # a unit's aside restates its measure
        ("It was warm, about 28 degrees Celsius (82 degrees Fahrenheit).", "82", ""),
        ("On Sunday, 25 people died in the fire.", "25", ""),
    ],
)
def test_an_aside_of_figures_after_a_name_is_that_names_record(
    sentence: str, figure: str, owner: str
) -> None:
    assert _owner(sentence, figure) == owner
