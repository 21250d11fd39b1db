"""A vote or a score told with "to" ("by a vote of 68 to 32") is the tally a dash tells
("passed 68-32"): a range runs up ("5 to 7 inches"), a tally runs down."""

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "The bill passed the Senate 68-32 on Wednesday after a long debate. The House is expected "
    "to vote next week. The president said he would sign it."
)
_RIGHT = (
    "The Senate passed the bill by a vote of {tally} on Wednesday after a long debate. The "
    "House is expected to vote next week. The president said he would sign it."
)


def test_a_senate_vote_of_68_to_32_agrees_with_the_bill_passing_68_32() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(tally="68 to 32"))
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_senate_vote_of_58_to_42_conflicts_with_68_32() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(tally="58 to 42"))
    assert conflict_texts(report) == [({"68-32"}, {"58 to 42"})]


def test_a_range_told_with_to_is_still_a_range() -> None:
    report = compare_texts(
        "Forecasters expect 5 to 7 inches of snow by Friday in the city. Schools will close. "
        "Roads may be icy.",
        "Forecasters expect about six inches of snow by Friday in the city. Schools will close. "
        "Roads may be icy.",
    )
    assert conflict_texts(report) == []
