"""A whole after a share told in words ("almost all of the 1.2 million people eligible voted")
counts the group the share is taken from. The other article's count of those who did the deed
("Some 1.17 million people cast their ballots") is that share when it is as large a part of the
whole as the words allow (98% is "almost all"), so the two are not set against each other. A
count the words do not allow (500,000 is no "almost all" of 1.2 million) still clashes."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_ELIGIBLE = (
    "Islanders vote\n\nAlmost all of the 1.2 million people eligible cast their votes on Sunday, "
    "officials said."
)


def _voted(count: str, share: str) -> str:
    return (
        f"Turnout in island vote\n\n{count} people, or {share} percent of the island's voters, "
        "cast their ballots by noon on Sunday, officials said."
    )


def test_almost_all_of_the_eligible_holds_the_count_of_voters() -> None:
    report = compare_stories(_voted("Some 1.17 million", "91"), _ELIGIBLE)
    assert not conflict_texts(report)


def test_a_count_far_below_almost_all_still_clashes() -> None:
    report = compare_stories(_voted("Some 500,000", "41"), _ELIGIBLE)
    assert ({"Some 500,000"}, {"1.2 million"}) in conflict_texts(report)
