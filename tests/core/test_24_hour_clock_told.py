"""A time on the 24-hour clock ("06:00 BST", "9:25 hours") is the same time the other article
gives in its own style ("about 9:25 in the morning", "at 06:00 BST"): no yellow mark says the
other side never gives it. A round's clock ("2:56") and a race time ("2:05:33") are no time of
day."""

from __future__ import annotations

from desktop.core.datetimes.clock import parse_time
from tests.factories import compare_texts, conflict_texts, yellow


def test_a_time_with_its_zone_or_hours_after_it_is_read() -> None:
    assert parse_time("approximately 06:00 BST") == "06:00"
    assert parse_time("9:25 hours") == "09:25"
    assert parse_time("at 1830 hours") == "18:30"
    assert parse_time("at 18:30") == "18:30"


def test_a_rounds_clock_a_race_time_and_a_span_are_no_time_of_day() -> None:
    assert parse_time("stopping the fight at 2:56") is None
    assert parse_time("won in 2:05:33") is None
    assert parse_time("3.50 hours") is None


def test_nine_twenty_five_hours_is_about_nine_twenty_five_in_the_morning() -> None:
    left = (
        "Navy foils pirate attack\n\n"
        "The warship was escorting five merchant ships through the corridor at 9:25 hours on "
        "Thursday when officers spotted five boats approaching."
    )
    right = (
        "Pirates driven off in the Gulf\n\n"
        "At about 9:25 in the morning on Thursday, the warship spotted five boats approaching "
        "the merchant ships it was escorting."
    )
    marked = yellow(compare_texts(left, right, "2024-05-06"))
    assert not [m for m in marked if "9:25" in m], marked


def test_six_oclock_bst_is_approximately_six_oclock_bst() -> None:
    left = (
        "Supermarket fire in Wellford\n\n"
        "The fire service was called at approximately 06:00 BST to the store on the high "
        "street."
    )
    right = (
        "Blaze guts Wellford store\n\n"
        "The fire service was called at 06:00 BST to the store in High Street, Wellford, on "
        "Sunday."
    )
    marked = yellow(compare_texts(left, right, "2024-05-06"))
    assert not [m for m in marked if "06:00" in m], marked


def test_another_hour_is_never_the_same_time() -> None:
    # One clock time in each of two matching sentences: another hour is a conflict
    # (lone_clocks.py); before that rule it stayed one-sided. Either way it never agrees.
    left = (
        "Navy foils pirate attack\n\n"
        "The warship was escorting five merchant ships through the corridor at 11:40 hours on "
        "Thursday when officers spotted five boats approaching."
    )
    right = (
        "Pirates driven off in the Gulf\n\n"
        "At about 9:25 in the morning on Thursday, the warship spotted five boats approaching "
        "the merchant ships it was escorting."
    )
    report = compare_texts(left, right, "2024-05-06")
    clashing = any("11:40" in t for marks, _ in conflict_texts(report) for t in marks)
    one_sided = any("11:40" in m for m in yellow(report))
    assert clashing or one_sided, report.findings
