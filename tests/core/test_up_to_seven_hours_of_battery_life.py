"""Two stories of a laptop's battery: "gets up to seven hours of battery life" / "packs a
seven-hour battery". A count of hours after any hedge a figure takes ("up to", "as much as") is a
length of time, as "about seven hours" is, never a clock time: the ceiling and the battery's
hours are one figure. A battery of other hours is never agreed with it."""

from tests.factories import agreed_texts, compare_texts, yellow

_LEFT = (
    "Lenovo announced the ThinkPad X12 on Monday, a thin laptop that weighs 2.5 pounds. The "
    "company says the machine gets up to seven hours of battery life. It goes on sale in March "
    "for $999."
)


def _right(hours: str) -> str:
    return (
        "Lenovo's new ThinkPad X12, unveiled Monday, tips the scales at 2.5 pounds and packs a "
        f"{hours} battery. The laptop will be available in March. It will cost $999."
    )


def test_up_to_seven_hours_is_told_by_a_seven_hour_battery() -> None:
    report = compare_texts(_LEFT, _right("seven-hour"))
    assert not {"up to seven hours", "seven-hour"} & set(yellow(report))


def test_a_nine_hour_battery_is_never_agreed_with_up_to_seven_hours() -> None:
    report = compare_texts(_LEFT, _right("nine-hour"))
    assert not any("nine-hour" in right for _, right in agreed_texts(report))
    assert "nine-hour" in yellow(report)
