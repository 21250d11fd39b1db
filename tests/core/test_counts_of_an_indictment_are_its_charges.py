"""The counts of an indictment are its charges: "seven felony counts" and "7 felony charges" are
one tally of what a defendant is accused of, so they agree, and a different tally told with the
other word is a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_seven_felony_counts_agree_with_seven_felony_charges() -> None:
    report = compare_texts(
        "A grand jury indicted him on 7 felony charges.",
        "He was indicted on seven felony counts by a grand jury.",
    )
    assert conflict_texts(report) == []
    assert "7" not in yellow(report) and "seven" not in yellow(report)


def test_nine_counts_against_seven_charges_is_a_conflict() -> None:
    report = compare_texts(
        "A grand jury indicted him on 7 felony charges.",
        "He was indicted on nine felony counts by a grand jury.",
    )
    assert ({"7"}, {"nine"}) in conflict_texts(report)
