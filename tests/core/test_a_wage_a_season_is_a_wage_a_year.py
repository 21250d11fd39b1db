"""A wage told "per season" is told "a year": "€15m per season" agrees with "15 million euros a
year" and "€18m per season" conflicts; a wage a month stays another rate."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Striker Hugo Lenz signed a new contract on Monday that keeps him at Bayern until 2027. He "
    "will earn a reported 15 million euros a year."
)


def _right(wage: str) -> str:
    return (
        "Hugo Lenz has extended his stay at Bayern to 2027, the club said on Monday. He will "
        f"earn a reported {wage}."
    )


def test_a_wage_per_season_agrees_with_the_same_wage_a_year() -> None:
    report = compare_texts(_LEFT, _right("€15m per season"))
    assert ({"15 million euros"}, {"€15m"}) in agreed_texts(report)


def test_another_wage_per_season_conflicts() -> None:
    report = compare_texts(_LEFT, _right("€18m per season"))
    assert ({"15 million euros"}, {"€18m"}) in conflict_texts(report)


def test_a_wage_a_month_is_no_wage_a_year() -> None:
    report = compare_texts(_LEFT, _right("€1.25m a month"))
    assert conflict_texts(report) == []
