"""A player's height in feet and inches against the same height in metres: the inches belong to
the feet, so "5ft 7in" is 1.70 metres, not five feet with a stray seven beside it."""

from tests.factories import compare_texts, conflict_texts, yellow


def test_five_foot_seven_agrees_with_one_metre_seventy() -> None:
    report = compare_texts(
        "The 5ft 7in forward scored with a header.", "The 1.70m forward scored with a header."
    )
    assert conflict_texts(report) == []
    assert "7" not in yellow(report)


def test_six_feet_two_inches_agrees_with_one_metre_eighty_eight() -> None:
    report = compare_texts(
        "The striker is 6 feet 2 inches tall.", "The striker is 1.88 metres tall."
    )
    assert conflict_texts(report) == []


def test_five_foot_seven_against_one_metre_eighty_five_is_a_conflict() -> None:
    report = compare_texts(
        "The 5ft 7in forward scored with a header.", "The 1.85m forward scored with a header."
    )
    assert conflict_texts(report) == [({"5ft 7in"}, {"1.85m"})]
