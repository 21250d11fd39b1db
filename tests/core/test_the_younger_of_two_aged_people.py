""" "The younger man" picks out the younger of the two people the article has just aged: "two
men, a 46-year-old and a 24-year-old ... The younger man was shot in the back" ages the one shot
in the back 24, which clashes with the other article's "a 23-year-old man, was shot in the back"
and agrees with "a 24-year-old man". Three people aged before it pick out no one (hand-written
texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "The gunman walked outside and confronted two men, {}. He shot both men, police said. The "
    "younger man was shot in the back as he ran."
)
_RIGHT = (
    "The gunman then encountered two men outside, police said. One victim was a 46-year-old man. "
    "Another victim, a {}-year-old man, was shot in the back while trying to run away."
)
_PAIR = "a 46-year-old and a 24-year-old"


def test_the_younger_man_shot_in_the_back_is_24_against_23() -> None:
    report = compare_stories(_LEFT.format(_PAIR), _RIGHT.format(23))
    assert ({"24-year-old"}, {"23-year-old"}) in conflict_texts(report), conflict_texts(report)
    reasons = [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert any("'The younger man' is the younger of the two" in r for r in reasons), reasons


def test_the_younger_man_agrees_with_the_same_age() -> None:
    assert not conflict_texts(compare_stories(_LEFT.format(_PAIR), _RIGHT.format(24)))


def test_three_people_aged_before_leave_the_younger_unknown() -> None:
    three = "a 46-year-old, a 30-year-old and a 24-year-old"
    report = compare_stories(_LEFT.format(three).replace("two men", "three men"), _RIGHT.format(23))
    assert not conflict_texts(report), conflict_texts(report)
