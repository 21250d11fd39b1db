"""A measure of one unit told with "a": "a foot of snow" is 30 cm of snow."""

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

REST = " Schools were closed across the city. Hundreds of flights were cancelled."


def _snow(depth: str) -> str:
    return f"The storm dropped {depth} of snow on Boston on Monday." + REST


def test_a_foot_of_snow_agrees_with_30_cm() -> None:
    report = compare_stories(_snow("a foot"), _snow("30 cm"))

    assert ({"a foot"}, {"30 cm"}) in agreed_texts(report)
    assert not yellow(report)


def test_a_foot_of_snow_conflicts_with_60_cm() -> None:
    assert conflict_texts(compare_stories(_snow("a foot"), _snow("60 cm"))) == [
        ({"a foot"}, {"60 cm"})
    ]


def test_half_a_mile_off_the_coast_conflicts_with_two_miles() -> None:
    left = "The boat sank half a mile off the coast on Sunday. Two men drowned. Divers searched."
    right = "The boat sank two miles off the coast on Sunday. Two men drowned. Divers searched."

    assert conflict_texts(compare_stories(left, right)) == [({"half a mile"}, {"two miles"})]


def test_on_foot_and_a_foot_soldier_are_no_measures() -> None:
    left = "The gunman fled on foot on Tuesday. A foot soldier saw him. Police praised the public."
    right = "The gunman ran away on Tuesday. A soldier saw him. Police praised the public."

    assert not any("foot" in mark for mark in yellow(compare_stories(left, right)))
