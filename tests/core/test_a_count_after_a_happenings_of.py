"""A fact-checker compares two reports of an arrest in an old double killing: one speaks of "the
1971 killings of two young women at a roadside diner", the other of "the 1971 slayings of five
women at the diner". The noun of the happening with "of" frames its count as the verb would
("killing two women"): the women killed, two against five, are a conflict. The same count told
both ways is no conflict, and a count of another thing after the happening ("the killings of two
dogs") sets nothing against the women."""

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Arrest in old case\n\nPolice arrested a 60-year-old woman in the 1971 killings of two young "
    "women at a roadside diner, ending a long wait for the families."
)


def _count_conflicts(right_count: str) -> list[tuple[set[str], set[str]]]:
    right = (
        "Woman charged\n\nPolice arrested Ann Pike of Dunmore on murder charges in the 1971 "
        f"slayings of {right_count} at the diner."
    )
    return [
        (lefts, rights)
        for lefts, rights in conflict_texts(compare_stories(_LEFT, right))
        if "two" in lefts
    ]


def test_two_women_killed_against_five_women_slain_is_a_conflict() -> None:
    assert _count_conflicts("five women") == [({"two"}, {"five"})]


def test_two_women_killed_and_two_women_slain_agree() -> None:
    assert _count_conflicts("two women") == []


def test_a_count_of_another_thing_after_the_happening_is_not_the_women() -> None:
    assert _count_conflicts("five dogs") == []
