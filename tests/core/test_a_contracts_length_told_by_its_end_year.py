"""A contract's length told by the year it runs to, on a dated page: "a five-year contract" and
"a contract until 2029" in May 2024 tell one term; a contract until 2032 is another."""

from tests.factories import compare_texts, yellow

PAGE = "2024-05-12"


def test_a_five_year_contract_is_told_by_a_contract_until_five_years_on() -> None:
    report = compare_texts(
        "He signed a five-year contract.", "He signed a contract until 2029.", date=PAGE
    )
    assert yellow(report) == []


def test_a_three_year_deal_is_told_by_a_contract_to_the_summer_of_the_third_year_after() -> None:
    report = compare_texts(
        "The winger, 28, signed a three-year deal worth 150,000 pounds a week.",
        "The winger, 28, agreed a contract until 2027 on 150,000 pounds a week.",
        date=PAGE,
    )
    assert yellow(report) == []


def test_a_five_year_contract_is_not_told_by_a_contract_until_eight_years_on() -> None:
    report = compare_texts(
        "He signed a five-year contract.", "He signed a contract until 2032.", date=PAGE
    )
    assert set(yellow(report)) == {"five-year", "2032"}


def test_an_undated_page_counts_no_years_to_the_end_of_a_contract() -> None:
    report = compare_texts("He signed a five-year contract.", "He signed a contract until 2029.")
    assert "five-year" in yellow(report)
