"""A share of the vote is a share of the ballots cast, and winning re-election is being
re-elected: "won with 52% of the vote" and "took 52 percent of the ballots cast" agree, and
another share for the same candidate is a conflict. Another candidate's share stays apart."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_a_share_of_the_ballots_cast_is_the_share_of_the_vote() -> None:
    report = compare_texts(
        "Smith won with 52% of the vote.", "Smith took 48 percent of the ballots cast."
    )
    assert ({"52%"}, {"48 percent"}) in conflict_texts(report)


def test_won_re_election_with_a_share_is_re_elected_with_it() -> None:
    report = compare_texts(
        "The 54-year-old senator won re-election with 58 percent of the vote.",
        "Sen. Ames, 54, was re-elected with 53% of votes cast.",
    )
    assert ({"58 percent"}, {"53%"}) in conflict_texts(report)


def test_another_candidates_share_is_no_conflict() -> None:
    report = compare_texts(
        "Smith won with 52% of the vote.", "Jones took 45 percent of the ballots cast."
    )
    assert conflict_texts(report) == []
