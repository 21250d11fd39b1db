"""One figure or date of one thing in each article, in sentences that tell other things around it
and so do not align, is one fact both articles state: an agreement between the two facts, never
silence and never a yellow mark. The value alone is not enough: what it is about must be named
alike on both sides."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import agreed_texts, compare_stories, yellow

_CLINIC_LEFT = (
    "Valley clinic closes\n\nThe Marlow Valley clinic closed on Friday after forty years. "
    "Dr. Anna Ellis was the only dentist for 4,800 people when she opened it. "
    "She plans to retire to the coast.\n"
)
_CLINIC_RIGHT = (
    "Marlow clinic shuts its doors\n\nThe Marlow Valley clinic shut on Friday, its founder "
    "said. Rain falls often in the hills, and dairy farming employs most of the valley's 4,800 "
    "residents. Dr. Anna Ellis will move away.\n"
)
_ROBBERY_LEFT = (
    "Bank robbed in Fenwick\n\nThree men robbed the Fenwick Savings Bank on Tuesday morning. "
    "Witnesses said the men fled in two cars toward the highway. No one was hurt.\n"
)
_ROBBERY_RIGHT = (
    "Robbers hit Fenwick bank\n\nThree masked men robbed a bank in Fenwick on Tuesday. "
    "Officers later found one of the two vehicles burned out near a quarry. No one was injured.\n"
)
_INJURY_LEFT = (
    "Striker out for a month\n\nRovers striker Dan Kell will miss a month with a knee injury. "
    "Kell hurt the knee in training last week, manager Ray Dunn said. Rovers play City on "
    "Saturday.\n"
)
_INJURY_RIGHT = (
    "Kell ruled out\n\nRovers will be without Dan Kell for four weeks. Dunn said Kell felt a "
    "twinge during training last week and scans showed a tear. The club hopes he is back in "
    "March.\n"
)


def _agreement_reason(report: object, left: str, right: str) -> str:
    return next(
        f.reason
        for f in report.findings  # type: ignore[attr-defined]
        if f.kind is FindingKind.AGREE
        and {s.text for s in f.left} == {left}
        and {s.text for s in f.right} == {right}
    )


def test_a_count_of_people_agrees_with_the_same_count_of_residents_in_another_sentence() -> None:
    report = compare_stories(_CLINIC_LEFT, _CLINIC_RIGHT)
    assert ({"4,800"}, {"4,800"}) in agreed_texts(report)
    reason = _agreement_reason(report, "4,800", "4,800")
    assert "'people' / 'population'" in reason or "'people' / 'residents'" in reason, reason


def test_the_same_figure_counting_another_thing_is_no_agreement() -> None:
    right = _CLINIC_RIGHT.replace("most of the valley's 4,800 residents", "4,800 sheep")
    report = compare_stories(_CLINIC_LEFT, right)
    assert ({"4,800"}, {"4,800"}) not in agreed_texts(report)


def test_two_cars_agree_with_the_two_vehicles_told_in_another_sentence() -> None:
    report = compare_stories(_ROBBERY_LEFT, _ROBBERY_RIGHT)
    assert ({"two"}, {"two"}) in agreed_texts(report)
    assert "two" not in yellow(report)


def test_a_bare_small_count_of_different_things_is_no_agreement() -> None:
    right = _ROBBERY_RIGHT.replace(
        "found one of the two vehicles burned out", "spoke to two witnesses"
    )
    report = compare_stories(_ROBBERY_LEFT, right)
    assert ({"two"}, {"two"}) not in agreed_texts(report)


def test_last_week_in_training_agrees_with_last_week_during_training() -> None:
    report = compare_stories(_INJURY_LEFT, _INJURY_RIGHT)
    assert ({"last week"}, {"last week"}) in agreed_texts(report)
    reason = _agreement_reason(report, "last week", "last week")
    assert "'training'" in reason, reason


def test_the_same_day_of_another_happening_is_no_agreement() -> None:
    right = _INJURY_RIGHT.replace(
        "Kell felt a twinge during training last week", "the club signed a goalkeeper last week"
    )
    report = compare_stories(_INJURY_LEFT, right)
    assert ({"last week"}, {"last week"}) not in agreed_texts(report)


def test_a_year_alone_with_nothing_alike_around_it_is_not_one_thing_told_twice() -> None:
    left = _CLINIC_LEFT.replace("when she opened it.", "when she opened it in 1984.")
    right = _CLINIC_RIGHT.replace(
        "Dr. Anna Ellis will move away.", "A flood tore through the hills in 1984."
    )
    report = compare_stories(left, right)
    # The article's one year on each side may agree as the year both give (across.py), but
    # never as one thing told in two sentences: an opening and a flood are not alike.
    assert not any("for one thing" in f.reason and "1984" in f.reason for f in report.findings)


_RECORD_LEFT = (
    "Man held after stabbing\n\nPolice arrested Carl Wade, 41, on Sunday after a stabbing in "
    "Dunmore. Wade was jailed in 1996. He was freed in 1999 and attacked his neighbour again, "
    "court records show. The victim is recovering.\n"
)
_RECORD_RIGHT = (
    "Dunmore man charged\n\nCarl Wade was charged on Sunday with a stabbing in Dunmore. Wade "
    "had been released from the county jail in 2004 after serving time for a 1999 assault on "
    "the same neighbour. He appears in court on Monday.\n"
)


def test_a_year_of_an_attack_agrees_with_the_year_of_the_assault_told_elsewhere() -> None:
    report = compare_stories(_RECORD_LEFT, _RECORD_RIGHT)
    assert ({"1999"}, {"1999"}) in agreed_texts(report)
    assert "'attack' / 'assault'" in _agreement_reason(report, "1999", "1999")


def test_the_same_year_of_another_deed_is_no_agreement() -> None:
    right = _RECORD_RIGHT.replace(
        "a 1999 assault on the same neighbour", "a 1999 burglary of a pharmacy"
    )
    report = compare_stories(_RECORD_LEFT, right)
    assert ({"1999"}, {"1999"}) not in agreed_texts(report)


_BATTERY_LEFT = (
    "New phone battery\n\nVolta unveiled a new phone battery on Monday. The cell can be "
    "recharged up to 1,500 times before it weakens, the company said. It goes on sale in May.\n"
)
_BATTERY_RIGHT = (
    "Volta battery lasts longer\n\nVolta showed off its battery at a fair on Monday. Engineers "
    "said a new coating allows up to 1,500 recharges, far more than rivals manage. Prices were "
    "not given.\n"
)


def test_recharged_so_many_times_agrees_with_so_many_recharges() -> None:
    report = compare_stories(_BATTERY_LEFT, _BATTERY_RIGHT)
    assert ({"up to 1,500"}, {"up to 1,500"}) in agreed_texts(report)


def test_how_often_a_thing_is_done_is_no_count_of_workers() -> None:
    right = _BATTERY_RIGHT.replace(
        "a new coating allows up to 1,500 recharges", "the plant employs up to 1,500 workers"
    )
    report = compare_stories(_BATTERY_LEFT, right)
    assert ({"up to 1,500"}, {"up to 1,500"}) not in agreed_texts(report)


def test_a_year_and_a_day_of_that_year_are_not_the_same_date() -> None:
    right = _RECORD_RIGHT.replace("a 1999 assault", "a March 3, 1999 assault")
    report = compare_stories(_RECORD_LEFT, right)
    assert not any("for one thing" in f.reason and "1999" in f.reason for f in report.findings)
