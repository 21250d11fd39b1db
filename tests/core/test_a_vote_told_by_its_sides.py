"""A vote told as a tally in one article and by its two sides in the other: "passed in a 210-150
vote" / "approved it by 201 votes to 150", "The vote was 9-2" / "Nine council members voted in
favor and two against". The votes for the measure and against it are compared side by side, the
tally in the sentence that says the measure passed, the one after it, or after the opening that
says so."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LAW = (
    "The new law protects birds and takes effect on January 1. It was passed by parliament in a "
    "210-150 vote. Environment Minister Sara Lind called it a historic step."
)


def _law(ayes: str) -> str:
    return (
        "The bird protection act comes into force on Jan. 1. Lawmakers approved it by "
        f'{ayes} votes to 150. "This is a historic step," said Environment Minister Sara Lind.'
    )


_BUDGET = (
    "The city council approved a $4.2 billion budget on Wednesday. The plan includes $310 "
    "million for schools. The vote was 9-2. Mayor Tom Reyes said the budget holds taxes flat."
)


def _budget(ayes: str, noes: str) -> str:
    return (
        "City lawmakers on Wednesday passed a budget of about $4.2 billion. Schools will get $310 "
        f"million under the plan. {ayes} council members voted in favor and {noes} against. "
        "Mayor Reyes said taxes would not rise."
    )


def test_a_law_passed_210_150_was_not_passed_by_201_votes_to_150() -> None:
    report = compare_texts(_LAW, _law("201"))
    # "201 votes to 150" is read as one tally (probewar) or by its side (the 201): either way
    # the two votes conflict.
    assert any(
        left == {"210-150"} and any(t.startswith("201") for t in right)
        for left, right in conflict_texts(report)
    )


def test_a_law_passed_210_150_was_passed_by_210_votes_to_150() -> None:
    report = compare_texts(_LAW, _law("210"))
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_budget_passed_9_2_had_nine_votes_for_it_and_two_against() -> None:
    report = compare_texts(_BUDGET, _budget("Nine", "two"))
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_budget_passed_9_2_did_not_have_eight_votes_for_it_and_three_against() -> None:
    report = compare_texts(_BUDGET, _budget("Eight", "three"))
    assert ({"9-2"}, {"Eight"}) in conflict_texts(report)
    assert ({"9-2"}, {"three"}) in conflict_texts(report)


def test_a_score_at_a_game_is_no_vote_whatever_counts_for_a_side() -> None:
    report = compare_texts(
        "The Colts beat the Ravens 24-14 on Sunday. Manning said they were completing some "
        "passes but were down 14-0 early. The win was their eighth in a row.",
        "The Colts rallied to beat the Ravens on Sunday. Manning threw two touchdown passes, "
        "one for 40 yards. The Colts have won eight straight games.",
    )
    assert not any("14-0" in left for left, _ in conflict_texts(report))
