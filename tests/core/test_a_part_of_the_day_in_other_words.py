"""One article says the nurse gave the insulin "during a night shift", the other "during an
overnight shift": parts of the day that share hours tell one time in two wordings, so in the
sentence telling the same thing "overnight" is not marked as a time only one article gives,
though the tagger read no time in "night shift". A part that shares no hour ("an afternoon
shift") does not tell it: the mark stays, or the two times conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_STORY = (
    "Nurse guilty of murder\n\n"
    "Prosecutors said Karen Doyle injected Walter Price with insulin during {} shift at Mercy "
    "General Hospital in March 2022."
)


def test_an_overnight_shift_is_told_by_a_night_shift() -> None:
    marks = yellow(compare_stories(_STORY.format("a night"), _STORY.format("an overnight")))
    assert "overnight" not in marks, marks


def test_an_afternoon_shift_does_not_tell_an_overnight_one() -> None:
    report = compare_stories(_STORY.format("an afternoon"), _STORY.format("an overnight"))
    shown = yellow(report) + [w for _, right in conflict_texts(report) for w in right]
    assert "overnight" in shown, shown
