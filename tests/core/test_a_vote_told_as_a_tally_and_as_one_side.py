"""A vote told as a tally in one article and as the count of one side in the other."""

from tests.factories import agreed_texts, compare_stories, conflict_texts

LEFT = (
    "The House passed the bill 301 to 150 on Thursday. The Senate will vote on it next week. "
    "The president backed the measure."
)


def _right(count: str) -> str:
    return (
        f"The House passed the bill on Thursday, with {count}. The Senate will vote on it next "
        "week. The president backed the measure."
    )


def test_310_in_favor_conflicts_with_a_301_to_150_vote() -> None:
    report = compare_stories(LEFT, _right("310 lawmakers voting in favor"))

    assert conflict_texts(report) == [({"301 to 150"}, {"310"})]


def test_301_in_favor_agrees_with_a_301_to_150_vote() -> None:
    report = compare_stories(LEFT, _right("301 lawmakers voting in favor"))

    assert not conflict_texts(report)
    assert ({"301 to 150"}, {"301"}) in agreed_texts(report)


def test_the_votes_against_are_the_tallys_second_figure() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("160 members voting against"))) == [
        ({"301 to 150"}, {"160"})
    ]
    assert not conflict_texts(compare_stories(LEFT, _right("150 members voting against")))
