"""An ex-president's age told beside the post ("The former president, 77,") is his age now."""

from tests.factories import agreed_texts, compare_stories, conflict_texts

REST = " His spokesman said he was stable. Doctors are running tests."


def _told_apart(age: str) -> str:
    return f"The {age}-year-old former president was admitted to hospital on Sunday." + REST


LEFT = "The former president, 77, was taken to hospital on Sunday." + REST


def test_the_former_president_77_conflicts_with_the_78_year_old_former_president() -> None:
    assert conflict_texts(compare_stories(LEFT, _told_apart("78"))) == [({"77"}, {"78-year-old"})]


def test_the_former_president_77_agrees_with_the_77_year_old_former_president() -> None:
    report = compare_stories(LEFT, _told_apart("77"))

    assert not conflict_texts(report)
    assert ({"77"}, {"77-year-old"}) in agreed_texts(report)


def test_the_latter_standing_alone_still_sets_another_person_apart() -> None:
    left = (
        "Smith, 31, and Jones were arrested on Monday. The latter, 29, was released. Police spoke."
    )
    right = "Smith and Jones were arrested on Monday. Jones, 31, was later released. Police spoke."

    assert ({"29"}, {"31"}) not in conflict_texts(compare_stories(left, right))
