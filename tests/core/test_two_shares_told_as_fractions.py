"""Both articles tell a share in words: "a third of the homes" / "half of the homes"."""

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

REST = " Residents fled to a school. The blaze burned for two days."


def _homes(share: str) -> str:
    return f"{share} of the town's homes were destroyed by the fire." + REST


def test_a_third_and_one_third_of_the_homes_agree_with_no_mark_on_one() -> None:
    report = compare_stories(_homes("A third"), _homes("One-third"))

    assert ({"A third"}, {"One-third"}) in agreed_texts(report)
    assert not yellow(report)


def test_a_third_against_half_of_the_same_homes_is_a_conflict() -> None:
    report = compare_stories(_homes("A third"), _homes("Half"))

    assert conflict_texts(report) == [({"A third"}, {"Half"})]


def test_shares_of_two_wholes_are_not_compared() -> None:
    left = (
        "Half of the company's sales come from Asia, the report said. The firm grew. Profits rose."
    )
    right = "A third of its staff work in Asia, the report said. The firm grew. Profits rose."

    assert not conflict_texts(compare_stories(left, right))
