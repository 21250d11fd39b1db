"""People a shot hits are people shot: "shooting into a crowd, hitting five people" counts what
"accused of shooting five people" counts, and agrees or clashes with it; a car that hit five
people counts no one shot (hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts
from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

LEFT = (
    "Teen denied bond\n\nA teen accused of shooting five people near Lakeview High School was "
    "denied bond during a court appearance on Wednesday. His lawyer said he is in school."
)


def _right(sentence: str) -> str:
    return (
        "Teen charged in school shooting\n\nBrooks, 17, appeared in court on Wednesday. "
        f"{sentence} His lawyer said he is a student."
    )


def test_five_people_hit_by_gunfire_agree_with_five_people_shot() -> None:
    report = compare(
        LEFT,
        _right(
            "He is accused of shooting into a crowd outside Lakeview High, hitting five people."
        ),
    )
    assert ({"five"}, {"five"}) in agreed_texts(report)


def test_six_people_hit_by_gunfire_clash_with_five_people_shot() -> None:
    report = compare(
        LEFT,
        _right("He is accused of shooting into a crowd outside Lakeview High, hitting six people."),
    )
    assert ({"five"}, {"six"}) in conflict_pairs(report)


def test_five_people_hit_by_a_car_are_no_people_shot() -> None:
    report = compare(
        LEFT,
        _right("He is accused of driving into a crowd outside Lakeview High, hitting six people."),
    )
    assert ({"five"}, {"six"}) not in conflict_pairs(report)
