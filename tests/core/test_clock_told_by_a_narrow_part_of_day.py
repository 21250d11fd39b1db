"""A clock time the other article gives as a narrow part of the day is told there.

"Around 10:30 a.m." and "a frantic mid-morning" are one moment at two precisions; "the morning"
is too wide to tell a clock, and a part of the day that does not hold the clock tells nothing.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Gunman kills one at accounting office\n\n"
    "A gunman shot three people at a Troy office building on Monday, police said. "
    "Witnesses heard sounds of gunfire around 10:30 a.m. at the offices of Gordon Advisors. "
    "The suspect was arrested hours later after a chase."
)


def _right(part: str) -> str:
    return (
        "Accounting office shooting leaves one dead\n\n"
        "A fired accountant shot three people at a Troy office building on Monday, police said. "
        f"The sheriff said the calm of the arrest belied a frantic {part} for the staff. "
        "The suspect was arrested hours later after a chase."
    )


def test_gunfire_at_half_past_ten_is_the_frantic_mid_morning_the_other_article_describes() -> None:
    assert not marks(compare_texts(_LEFT, _right("mid-morning")), "10:30")


def test_a_late_afternoon_does_not_hold_half_past_ten_in_the_morning() -> None:
    assert marks(compare_texts(_LEFT, _right("late afternoon")), "10:30")


def test_a_whole_morning_is_too_wide_to_tell_the_clock() -> None:
    assert marks(compare_texts(_LEFT, _right("morning")), "10:30")
