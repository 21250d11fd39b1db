""" "The film won an Oscar and a Golden Globe": a name after "a" or "an" is a thing of that name,
never a person the journalist would see highlighted as one."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_stories


def test_awards_won_are_not_people() -> None:
    report = compare_stories(
        "Awards night\n\nThe film won an Oscar and a Golden Globe on Sunday, its studio said.\n",
        "Awards night\n\nThe film won the Academy Award on Sunday, its studio said.\n",
    )
    people = [m.text for m in report.left.mentions if m.type is MentionType.PERSON]
    assert "Oscar" not in people and "Golden Globe" not in people, people


def test_a_person_named_after_the_is_still_a_person() -> None:
    report = compare_stories(
        "Awards night\n\nThe director Kathryn Bigelow won on Sunday, her studio said.\n",
        "Awards night\n\nKathryn Bigelow won on Sunday, her studio said.\n",
    )
    people = [m.text for m in report.left.mentions if m.type is MentionType.PERSON]
    assert "Kathryn Bigelow" in people, people
