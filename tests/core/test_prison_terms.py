"""A prison term and the time served of it are two durations, never a conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEAD = "Watergate figure dies\n\n"


def test_a_term_with_six_months_to_serve_is_no_clash_with_four_months_served() -> None:
    left = (
        _HEAD + "He pleaded guilty to conspiracy to obstruct justice and was sentenced to one to "
        "three years, with all but six months suspended.\n"
    )
    right = _HEAD + "He served four months in federal prison for conspiracy to obstruct justice.\n"
    assert conflict_texts(compare_stories(left, right)) == []


def test_two_different_times_served_still_clash() -> None:
    left = _HEAD + "He served six months in federal prison for conspiracy to obstruct justice.\n"
    right = _HEAD + "He served four months in federal prison for conspiracy to obstruct justice.\n"
    assert ({"six months"}, {"four months"}) in conflict_texts(compare_stories(left, right))
