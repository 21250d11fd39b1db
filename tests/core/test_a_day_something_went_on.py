"""A day on a verb in the progressive dates a going-on, not a happening: "Staff were mourning
Sunday the death of their manager, who was stabbed at a staff party" does not say the stabbing
was on Sunday, so it does not clash with "stabbed ... on Saturday night", in matching sentences
or in the two leads. A deed dated Sunday still clashes."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

_CHARGED = "Police said a former employee, Mark Dunn, 44, had been charged with murder."
_RIGHT = (
    "Man charged over party stabbing\n\n"
    "A former employee stabbed the manager of a Leeds bakery to death at a staff Christmas party "
    "on Saturday night, police said. Mark Dunn, 44, was charged with murder."
)
_SHOT = (
    "Gunman kills bakery owner\n\n"
    "A fired worker opened fire at a Leeds bakery's Christmas party on Saturday, killing the "
    "owner, Tom Reid, 51, police said. Mark Dunn, 44, was charged with murder."
)
_MOURNING = (
    "Staff at a Leeds bakery were mourning Sunday the death of their manager, who was stabbed "
    "at a staff party."
)
_COPING = (
    "Workers at a Leeds bakery were coping Sunday with the death of their boss, who was gunned "
    "down at the office Christmas party."
)


@pytest.mark.parametrize(("lead", "right"), [(_MOURNING, _RIGHT), (_COPING, _SHOT)])
def test_a_day_of_mourning_does_not_date_the_killing(lead: str, right: str) -> None:
    left = f"Bakery boss killed at party\n\n{lead} {_CHARGED}"
    assert conflict_texts(compare_texts(left, right)) == []


def test_a_killing_dated_sunday_still_clashes() -> None:
    lead = "The manager of a Leeds bakery was stabbed to death at a staff party on Sunday."
    found = conflict_texts(
        compare_texts(f"Bakery boss killed at party\n\n{lead} {_CHARGED}", _RIGHT)
    )
    assert ({"Sunday"}, {"Saturday night"}) in found, found
