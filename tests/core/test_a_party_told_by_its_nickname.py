"""A party told by the nickname news prints for it ("the Tories", "the GOP") is the party told by
its name ("the Conservatives", "Republican"): the two agree, and neither reads as a swap of
groups. Two different parties in one sentence still clash."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_a_gop_senator_is_a_republican_senator() -> None:
    report = compare_texts(
        "A Republican senator resigned on Friday.", "A GOP senator resigned on Friday."
    )
    assert conflict_texts(report) == []


def test_the_tories_are_the_conservatives() -> None:
    report = compare_texts("The Conservatives won 306 seats.", "The Tories took 306 seats.")
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_democratic_senator_is_not_a_republican_one() -> None:
    report = compare_texts(
        "A Republican senator resigned on Friday.", "A Democratic senator resigned on Friday."
    )
    assert ({"Republican"}, {"Democratic"}) in conflict_texts(report)


def test_the_labour_leader_is_not_the_tory_leader() -> None:
    report = compare_texts(
        "The Tory leader resigned on Friday.", "The Labour leader resigned on Friday."
    )
    assert ({"Tory"}, {"Labour"}) in conflict_texts(report)


def test_a_lawmakers_party_letter_is_the_party() -> None:
    report = compare_texts(
        "Senator Tom Reed, a Democrat from Ohio, announced his resignation.",
        "Reed, D-Ohio, said he would resign.",
    )
    assert conflict_texts(report) == []
    assert "D" not in yellow(report) and "Democrat" not in yellow(report)


def test_a_republican_letter_does_not_agree_with_a_democrat() -> None:
    report = compare_texts(
        "Senator Tom Reed, a Democrat from Ohio, announced his resignation.",
        "Reed, R-Ohio, said he would resign.",
    )
    assert "Democrat" in yellow(report) and "R" in yellow(report)
