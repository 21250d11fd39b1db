"""Seven others convicted before him make him the eighth: "in addition to Hale, seven other
members of the group have been convicted" is told by "Hale is the eighth member of the group to
be convicted", but not by "the seventh member", which counts six before him."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_OTHERS = (
    "Sect leader convicted\n\n"
    "A jury convicted Warren Hale of fraud on Tuesday in Dallas. "
    "In addition to Hale, seven other members of the group have been convicted of fraud. "
    "The trial lasted two weeks."
)


def _ordinal(ordinal: str) -> str:
    return (
        "Hale found guilty\n\n"
        "A jury convicted Warren Hale of fraud on Tuesday in Dallas. "
        f"Hale is the {ordinal} member of the group to be convicted of fraud. "
        "The trial lasted two weeks."
    )


def test_seven_others_are_told_by_the_eighth_member_convicted() -> None:
    assert "seven" not in yellow(compare_stories(_OTHERS, _ordinal("eighth")))


def test_the_seventh_member_convicted_does_not_tell_seven_others() -> None:
    assert "seven" in yellow(compare_stories(_OTHERS, _ordinal("seventh")))
