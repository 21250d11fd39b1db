"""A night runs over two dates: "late Friday night" and "in the early hours of Saturday" tell one
night, whichever day each article dates it by; so do "overnight" or "last night" on a Tuesday
page and "early Tuesday". The small hours of another day, or another night, still conflict."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, compare_texts, conflict_texts, yellow

_BAR = "A gunman opened fire outside a bar in Dayton {when}, police said. Two men were wounded."
_BAR_AGAIN = (
    "Two men were wounded when a gunman opened fire outside a Dayton bar {when}, police said. "
    "Both men are expected to survive."
)


def _bar(left: str, right: str, dated: bool = False) -> tuple[list, list, list]:
    texts = _BAR.format(when=left), _BAR_AGAIN.format(when=right)
    report = compare_stories(*texts) if dated else compare_texts(*texts)
    return agreed_texts(report), conflict_texts(report), yellow(report)


def test_late_friday_night_and_the_early_hours_of_saturday_are_one_night() -> None:
    agreed, conflicts, _marks = _bar("late Friday night", "in the early hours of Saturday")
    assert ({"late Friday night"}, {"early hours of Saturday"}) in agreed
    assert not conflicts


def test_late_friday_night_is_not_the_early_hours_of_friday() -> None:
    # The tagger leaves "Friday" a day of its own, with the small hours before it.
    _agreed, conflicts, _marks = _bar("late Friday night", "in the early hours of Friday")
    assert ({"late Friday night"}, {"Friday"}) in conflicts


def test_late_friday_night_is_friday_told_without_its_hours() -> None:
    _agreed, conflicts, _marks = _bar("late Friday night", "on Friday")
    assert not conflicts


def test_two_leads_dating_one_night_by_its_two_days_agree() -> None:
    texts = (
        "A fire tore through a warehouse in Leeds late Friday night. Forty firefighters fought "
        "the blaze. No one was hurt, the fire service said.",
        "Forty firefighters fought a blaze that tore through a Leeds warehouse in the early "
        "hours of Saturday. No one was injured, the fire service said.",
    )
    report = compare_texts(*texts)
    assert any("early hours of Saturday" in right for _left, right in agreed_texts(report))
    assert not conflict_texts(report)


def test_late_last_night_on_a_tuesday_page_is_the_early_hours_of_tuesday() -> None:
    agreed, conflicts, _marks = _bar("late last night", "in the early hours of Tuesday", True)
    assert ({"late last night"}, {"Tuesday"}) in agreed
    assert not conflicts


def test_late_last_night_on_a_tuesday_page_is_not_the_early_hours_of_saturday() -> None:
    _agreed, conflicts, _marks = _bar("late last night", "in the early hours of Saturday", True)
    assert ({"late last night"}, {"early hours of Saturday"}) in conflicts


_SHOPS = (
    "Looters broke into three shops on the high street {when}, police said. Windows were "
    "smashed. Two men were arrested."
)
_SHOPS_AGAIN = (
    "Three shops on the high street were broken into {when}, police said. Windows were smashed "
    "and two men were arrested."
)


def _shops(right: str) -> tuple[list, list]:
    report = compare_stories(_SHOPS.format(when="overnight"), _SHOPS_AGAIN.format(when=right))
    return agreed_texts(report), conflict_texts(report)


def test_overnight_on_a_tuesday_page_is_late_monday_night() -> None:
    agreed, conflicts = _shops("late Monday night")
    assert ({"overnight"}, {"late Monday night"}) in agreed
    assert not conflicts


def test_overnight_on_a_tuesday_page_is_not_late_saturday_night() -> None:
    _agreed, conflicts = _shops("late Saturday night")
    assert ({"overnight"}, {"late Saturday night"}) in conflicts


_DEATH = "The actor died at his home {when}, his family said. He was 88."


def test_last_night_on_a_tuesday_page_may_have_run_into_tuesday() -> None:
    report = compare_stories(_DEATH.format(when="last night"), _DEATH.format(when="on Tuesday"))
    assert not conflict_texts(report)


def test_last_night_on_a_tuesday_page_is_not_tuesday_night() -> None:
    report = compare_stories(
        _DEATH.format(when="last night"), _DEATH.format(when="on Tuesday night")
    )
    assert ({"last night"}, {"Tuesday night"}) in conflict_texts(report)


def test_an_overnight_stay_dates_nothing() -> None:
    texts = (
        "The minister's overnight stay in Paris cost $4,000, officials said on Monday.",
        "The minister's stay in Paris cost $4,000, officials said on Monday.",
    )
    assert "overnight" not in yellow(compare_stories(*texts))
