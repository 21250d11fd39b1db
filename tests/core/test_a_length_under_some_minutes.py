"""A length of time bounded by "under" ("The raid lasted under four minutes") is a length, as
"less than four minutes" is: the two agree. "Under four hours" is another length."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_texts

_LEFT = (
    "Thieves broke into the town museum on Sunday. They were inside the gallery for less than "
    "four minutes. A guard was hurt."
)


def _right(length: str) -> str:
    return f"Thieves raided the town museum on Sunday. The raid lasted under four {length}."


def test_under_four_minutes_is_less_than_four_minutes() -> None:
    report = compare_texts(_LEFT, _right("minutes"))
    assert ({"less than four minutes"}, {"under four minutes"}) in agreed_texts(
        report, MentionType.QUANTITY
    )


def test_under_four_hours_is_not_less_than_four_minutes() -> None:
    report = compare_texts(_LEFT, _right("hours"))
    assert not any(
        "under four hours" in right for _, right in agreed_texts(report, MentionType.QUANTITY)
    )
