"""A sum one article hedges ("about £38 million") and the other gives plainly ("£38m"), in
sentences worded too far apart to be compared, is one sum told at two precisions: neither side
marks it yellow. Two different sums stay one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_LEFT = (
    "Thieves broke into a country museum before dawn on Sunday and escaped with jewellery. "
    "A guard raised the alarm. Two display cases were smashed with angle grinders. The museum "
    "put the value of the haul at about £38 million."
)


def _right(sum_: str) -> str:
    return (
        f"Jewels worth {sum_} stolen from country museum\n\n"
        "Detectives are hunting three men who stole jewellery from a country museum early on "
        "Sunday. A guard raised the alarm. The gang escaped on scooters."
    )


def test_about_38_million_pounds_and_38m_pounds_are_one_sum() -> None:
    report = compare_texts(_LEFT, _right("£38m"))
    assert "about £38 million" not in yellow(report)
    assert "£38m" not in yellow(report)


def test_about_38_million_pounds_and_36m_pounds_are_two_sums() -> None:
    report = compare_texts(_LEFT, _right("£36m"))
    assert "about £38 million" in yellow(report)
