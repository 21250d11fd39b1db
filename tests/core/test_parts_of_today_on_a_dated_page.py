"""A part of the day counted from the writing ("this morning", "this afternoon", "last night")
on a dated page is that part of the page's day, or of the day before it: it meets "Tuesday
morning" on a Tuesday page, and a Saturday is neither. The tagger leaves some such phrases
untagged ("clashed with police last night"); they are read by their words all the same. A page
with no date gives them no day."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, compare_texts, conflict_texts

_BUS = (
    "A bus overturned on the M6 {when}, injuring 14 passengers. The motorway was closed for "
    "five hours. The driver was arrested."
)
_BUS_AGAIN = (
    "Fourteen passengers were hurt when a bus overturned on the M6 {when}. The motorway was "
    "shut for five hours. The driver was arrested."
)


def test_this_morning_on_a_tuesday_page_is_tuesday_morning() -> None:
    report = compare_stories(
        _BUS.format(when="this morning"), _BUS_AGAIN.format(when="on Tuesday morning")
    )
    assert ({"this morning"}, {"Tuesday morning"}) in agreed_texts(report)
    assert not conflict_texts(report)


def test_this_morning_on_a_tuesday_page_is_not_saturday_morning() -> None:
    report = compare_stories(
        _BUS.format(when="this morning"), _BUS_AGAIN.format(when="on Saturday morning")
    )
    assert ({"this morning"}, {"Saturday morning"}) in conflict_texts(report)


def test_this_morning_on_an_undated_page_gives_no_day() -> None:
    report = compare_texts(
        _BUS.format(when="this morning"), _BUS_AGAIN.format(when="on Saturday morning")
    )
    assert not conflict_texts(report)


_RESIGNATION = (
    "The prime minister resigned {when} after losing a confidence vote. She told MPs she would "
    "stay on until a successor is chosen."
)


def test_this_afternoon_on_a_tuesday_page_is_tuesday_afternoon() -> None:
    report = compare_stories(
        _RESIGNATION.format(when="this afternoon"), _RESIGNATION.format(when="on Tuesday afternoon")
    )
    assert ({"this afternoon"}, {"Tuesday afternoon"}) in agreed_texts(report)


def test_this_afternoon_on_a_tuesday_page_is_not_friday_afternoon() -> None:
    report = compare_stories(
        _RESIGNATION.format(when="this afternoon"), _RESIGNATION.format(when="on Friday afternoon")
    )
    assert ({"this afternoon"}, {"Friday afternoon"}) in conflict_texts(report)


_PROTEST = (
    "Protesters clashed with police in Santiago {when}. Officers fired tear gas. Twenty people "
    "were arrested."
)
_PROTEST_AGAIN = (
    "Police fired tear gas at protesters in Santiago {when} and arrested 20 people. The "
    "protests are over fuel prices."
)


def test_last_night_the_tagger_passed_over_is_monday_night_on_a_tuesday_page() -> None:
    report = compare_stories(
        _PROTEST.format(when="last night"), _PROTEST_AGAIN.format(when="on Monday night")
    )
    assert ({"last night"}, {"Monday night"}) in agreed_texts(report)


def test_last_night_the_tagger_passed_over_is_not_thursday_night() -> None:
    report = compare_stories(
        _PROTEST.format(when="last night"), _PROTEST_AGAIN.format(when="on Thursday night")
    )
    assert ({"last night"}, {"Thursday night"}) in conflict_texts(report)
