"""A year is twelve months: a length of time each article gives once, in months on one side and
in years on the other ("takes effect in six months" / "effective in half a year"), is one fact
though the sentences around it part ways. Another length ("in a year") is no such fact."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "The EPA banned the pesticide chlorpyrifos on food crops on Monday. The ban takes effect in "
    "six months. The chemical has been linked to brain damage in children."
)


def _right(length: str) -> str:
    return (
        "The Environmental Protection Agency on Monday ordered an end to the use of chlorpyrifos "
        f"on food crops, effective in {length}. The pesticide has been tied to developmental harm "
        "in children."
    )


def test_a_ban_in_six_months_agrees_with_a_ban_in_half_a_year() -> None:
    report = compare_texts(_LEFT, _right("half a year"))
    assert conflict_texts(report) == []
    assert "six months" not in yellow(report)
    assert "half a year" not in yellow(report)


def test_a_ban_in_six_months_is_no_ban_in_a_year_and_a_half() -> None:
    report = compare_texts(_LEFT, _right("a year and a half"))
    assert "six months" in yellow(report)
