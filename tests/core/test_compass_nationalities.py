"""A journalist compares two reports of a raid across the new border: "South Sudanese officials"
are the officials of the South Sudan the other article names, so the adjective is not shown as
only in one article; a people whose country the other never names still is."""

from tests.factories import compare_stories, yellow


def test_south_sudanese_officials_are_told_by_the_republic_of_south_sudan() -> None:
    report = compare_stories(
        "Sudan bombed a camp in South Sudan on Thursday. "
        "The Republic of South Sudan said the claims were baseless.",
        "South Sudanese officials condemned Sudan over the bombing on Thursday.",
    )
    assert "South Sudanese" not in yellow(report)


def test_south_korean_officials_stay_one_sided_beside_a_story_of_sudan() -> None:
    report = compare_stories(
        "Sudan bombed a camp near the border on Thursday, officials said.",
        "Sudan bombed a camp near the border on Thursday. South Korean officials condemned it.",
    )
    assert "South Korean" in yellow(report)


def test_south_american_officials_are_not_told_by_the_united_states() -> None:
    report = compare_stories(
        "The United States condemned the bombing of the camp on Thursday, officials said.",
        "The United States condemned the bombing of the camp on Thursday. "
        "South American officials condemned it too.",
    )
    assert "South American" in yellow(report)
