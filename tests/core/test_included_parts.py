"""A part "including" names of a group its sentence has just counted ("Over 100 were wounded,
including 20 hit by live rounds") is no count of that group: it never clashes with the other
article's "150 people were injured". A count nearer the part still meets it ("four
children" / "five children") (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

KHARTOUM = (
    "Security forces fired live ammunition at crowds in Khartoum on Thursday, killing at least "
    "nine protesters, a doctors' committee said. Tens of thousands had marched against military "
    "rule. The doctors said 150 people were injured."
)


def test_a_part_named_after_including_is_no_count_of_the_whole_group() -> None:
    right = (
        "At least nine demonstrators were shot dead in Sudan's capital on Thursday as security "
        "forces fired on tens of thousands of people protesting against the military, according "
        "to a doctors' group. Some 150 were wounded, including 20 hit by live rounds."
    )
    assert not conflict_texts(compare_stories(KHARTOUM, right))


def test_the_wounded_told_apart_from_an_included_part_still_conflict() -> None:
    right = (
        "At least nine demonstrators were shot dead in Sudan's capital on Thursday as security "
        "forces fired on tens of thousands of people protesting against the military, according "
        "to a doctors' group. Some 300 were wounded, including 20 hit by live rounds."
    )
    assert ({"150"}, {"Some 300"}) in conflict_texts(compare_stories(KHARTOUM, right))


def test_an_included_part_meets_the_same_part_told_on_its_own() -> None:
    left = (
        "An air strike hit a market in Maarat al-Numan on Monday, killing 23 people, including "
        "four children, a monitoring group said. Dozens more were wounded in the raid."
    )
    right = (
        "Five children were among those killed when an air strike hit a crowded market in "
        "Maarat al-Numan on Monday, a monitoring group said. Dozens more were hurt in the raid."
    )
    assert ({"four"}, {"Five"}) in conflict_texts(compare_stories(left, right))
