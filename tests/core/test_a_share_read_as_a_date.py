"""A share of damage the small model tags as a date ("sustained between 40 and 80 percent
damage") is still a share: shown, and set against the other article's share of the same damage
(hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.figures.numbers.percent_labels import percent_label
from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Quake hits Qeshm island.\n"
    "A strong earthquake struck the island on Sunday, killing ten people. "
    "The worst hit villages sustained between 40 and 80 percent damage."
)
RIGHT_OPENING = (
    "Ten dead in Qeshm quake.\nAn earthquake killed ten people on the island on Sunday. "
)


def test_a_share_outside_the_range_of_damage_is_a_conflict() -> None:
    right = RIGHT_OPENING + "The worst hit villages sustained 95 percent damage, the governor said."
    assert conflict_texts(compare_stories(LEFT, right)) == [
        ({"between 40 and 80 percent"}, {"95 percent"})
    ]


def test_a_share_inside_the_range_of_damage_is_no_conflict() -> None:
    right = RIGHT_OPENING + "The worst hit villages sustained 60 percent damage, the governor said."
    assert not conflict_texts(compare_stories(LEFT, right))


def test_a_sum_in_cents_and_a_year_keep_their_labels() -> None:
    doc = load_pipeline().nlp("The stamp cost 50 cent in 1990 and 40 per cent more by 2000.")
    assert doc[3:5].text == "50 cent" and doc[8:11].text == "40 per cent"
    assert percent_label(doc[3:5], "MONEY") == "MONEY"  # a sum's label is never overturned
    assert percent_label(doc[3:5], "CARDINAL") == "CARDINAL"  # "cent" without "per"
    assert percent_label(doc[6:7], "DATE") == "DATE"  # "1990" alone
    assert percent_label(doc[8:11], "DATE") == "PERCENT"  # "40 per cent", misread
