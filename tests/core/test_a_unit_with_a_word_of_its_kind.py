"""A figure whose unit comes after a word of its kind ("1,450 receiving yards", "roughly 2,400
passing yards") measures in that unit: it agrees with "1,450 yards" and a different measure
conflicts, where the bare figure used to be set against nothing."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Receiver Jay Oduya was named to the Pro Bowl on Tuesday. Oduya, 28, finished with 1,450 "
    "receiving yards. The Falcons went 10-7."
)


def _right(yards: str) -> str:
    return (
        f"Jay Oduya made the Pro Bowl on Tuesday. The 28-year-old receiver gained {yards} yards. "
        "Atlanta finished with a 10-7 record."
    )


def test_receiving_yards_agree_with_yards() -> None:
    report = compare_texts(_LEFT, _right("1,450"))
    assert ({"1,450 receiving yards"}, {"1,450 yards"}) in agreed_texts(report)


def test_other_yards_conflict() -> None:
    report = compare_texts(_LEFT, _right("1,250"))
    assert ({"1,450 receiving yards"}, {"1,250 yards"}) in conflict_texts(report)


def test_a_count_before_a_kind_of_thing_that_is_no_unit_stays_a_count() -> None:
    report = compare_texts(
        "Receiver Jay Oduya was named to the Pro Bowl on Tuesday. He caught 112 passing plays.",
        "Jay Oduya made the Pro Bowl on Tuesday. He caught 112 passing plays.",
    )
    assert ({"112"}, {"112"}) in agreed_texts(report)
