"""A relative day on a dated page against a named day in the other article. "yesterday" on a
Tuesday page is Monday, or Sunday when the page was stamped the morning after it was written;
a Thursday is neither, and the two articles disagree. A page with no date of its own gives its
"yesterday" no day at all."""

from __future__ import annotations

from tests.factories import compare_stories, compare_texts, conflict_texts, yellow

_FLOOD = (
    "Flood waters swept through the village of Marden {when}, forcing 200 people from their "
    "homes. The river burst its banks after days of rain. Army trucks carried families to a "
    "school."
)


def _floods(day: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(_FLOOD.format(when="yesterday"), _FLOOD.format(when=f"on {day}"))
    )


def test_yesterday_on_a_tuesday_page_is_the_monday_of_the_other_article() -> None:
    assert not _floods("Monday")


def test_yesterday_on_a_page_stamped_the_next_morning_may_be_sunday() -> None:
    assert not _floods("Sunday")


def test_yesterday_on_a_tuesday_page_is_not_thursday() -> None:
    assert ({"yesterday"}, {"Thursday"}) in _floods("Thursday")


def test_an_undated_page_gives_its_yesterday_no_day() -> None:
    report = compare_texts(_FLOOD.format(when="yesterday"), _FLOOD.format(when="on Thursday"))
    assert not conflict_texts(report)
    assert "yesterday" not in yellow(report)


_TANKER = (
    "A tanker caught fire off the coast of Brell {when}. The crew of 22 were taken off by "
    "helicopter. The coastguard said the fire was under control."
)


def test_last_night_on_a_may_7_page_is_not_may_2() -> None:
    report = compare_stories(_TANKER.format(when="last night"), _TANKER.format(when="on May 2"))
    assert ({"last night"}, {"May 2"}) in conflict_texts(report)


def test_last_night_on_a_may_7_page_is_may_6() -> None:
    report = compare_stories(_TANKER.format(when="last night"), _TANKER.format(when="on May 6"))
    assert not conflict_texts(report)
