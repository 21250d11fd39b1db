"""A vote told with the noun between its figures, as British copy writes it ("passed by 325
votes to 184"), is the tally "by a vote of 325 to 184" tells: the two agree with no yellow mark,
and "352 to 148" conflicts; a count of votes that runs up or changes "from" one figure to
another is no tally (hand-written texts)."""

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Turkey's parliament voted on Thursday to allow troops to be deployed to Libya for one "
    "year. The motion passed by 325 votes to 184. The president said the troops would support "
    "the government in Tripoli."
)


def _right(tally: str) -> str:
    return (
        "Turkish lawmakers on Thursday approved sending soldiers to Libya for a year. The motion "
        f"passed by a vote of {tally}. The president said the deployment would back the "
        "government in Tripoli."
    )


def test_votes_to_votes_agree_with_the_same_vote_told_as_a_vote_of() -> None:
    report = compare_stories(_LEFT, _right("325 to 184"))
    assert not conflict_texts(report)
    assert "325 votes to 184" not in yellow(report)


def test_votes_to_votes_conflict_with_another_tally() -> None:
    found = conflict_texts(compare_stories(_LEFT, _right("352 to 148")))
    assert ({"325 votes to 184"}, {"352 to 148"}) in found


def test_votes_that_run_up_are_no_tally() -> None:
    told = parse_number("5 votes to 7")
    assert told is not None and told.dimension != "tally"
