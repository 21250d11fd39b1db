"""A goal timed by its minute: a minute placed by the game's start or end ("the final minute",
"the dying minutes", "the opening minute") is no numbered minute, so it never clashes with one."""

from tests.factories import compare_texts, conflict_texts


def test_the_ninetieth_minute_and_the_final_minute_do_not_clash() -> None:
    report = compare_texts(
        "The goal came in the 90th minute.", "The goal came in the final minute of normal time."
    )
    assert conflict_texts(report) == []


def test_the_first_minute_and_the_opening_minute_do_not_clash() -> None:
    report = compare_texts("He scored in the first minute.", "He scored in the opening minute.")
    assert conflict_texts(report) == []


def test_a_late_numbered_minute_and_the_dying_minutes_do_not_clash() -> None:
    report = compare_texts("He scored in the 88th minute.", "He scored in the dying minutes.")
    assert conflict_texts(report) == []


def test_two_numbered_minutes_still_clash() -> None:
    report = compare_texts(
        "The defender was sent off in the 78th minute.",
        "The defender was sent off in the 60th minute.",
    )
    assert conflict_texts(report) == [({"78th minute"}, {"60th minute"})]
