"""A contract told whole ("a five-year, $150 million contract") or by the year ("an average of
$30 million a season under the five-year deal") is one sum told two ways when the average times
the years makes the total; a total it does not make is left as two sums."""

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_LEFT = (
    "The Bulls signed forward Max Doyle to a five-year, $150 million contract on Friday. Doyle, "
    "25, averaged 24.1 points last season."
)


def _right(average: str) -> str:
    return (
        f"Max Doyle will earn an average of {average} a season under the five-year deal he "
        "signed on Friday. The 25-year-old forward posted 24.1 points a game a year ago."
    )


def test_the_average_times_the_years_agrees_with_the_total() -> None:
    report = compare_texts(_LEFT, _right("$30 million"))
    assert ({"$150 million"}, {"$30 million"}) in agreed_texts(report)
    assert "$150 million" not in yellow(report)


def test_an_average_that_does_not_make_the_total_is_no_agreement() -> None:
    report = compare_texts(_LEFT, _right("$35 million"))
    assert ({"$150 million"}, {"$35 million"}) not in agreed_texts(report)
    assert conflict_texts(report) == []
