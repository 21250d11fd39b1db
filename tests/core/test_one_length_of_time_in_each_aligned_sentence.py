"""Two sentences that tell the same thing give one length of time each ("served on the appeals
court for eight years" / "spent ten years as an appeals court judge"): the two lengths are one
claim, whatever verb carries them, and two different lengths conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "The Senate confirmed Judge Ana Ruiz to the Supreme Court on Thursday by a vote of 53 to 47. "
    "Ruiz, 48, served on the federal appeals court in Chicago for eight years. She will be the "
    "court's youngest justice."
)


def _right(years: str) -> str:
    return (
        "Senators voted 53-47 on Thursday to confirm Ana Ruiz as a Supreme Court justice. The "
        f"48-year-old spent {years} years as an appeals court judge in Chicago. She becomes the "
        "youngest member of the court."
    )


def test_a_judge_who_served_eight_years_did_not_spend_ten_years_on_the_bench() -> None:
    report = compare_texts(_LEFT, _right("ten"))
    assert ({"eight years"}, {"ten years"}) in conflict_texts(report)


def test_a_judge_who_served_eight_years_spent_eight_years_on_the_bench() -> None:
    report = compare_texts(_LEFT, _right("eight"))
    assert conflict_texts(report) == []
    assert "eight years" not in yellow(report)
