"""A title-case headline says an inmate "Pulls Gun On And Handcuffs Guards"; the parser reads
"Handcuffs Guards" as a name. The other article says he "handcuffed" two prison "guards": the
reporter sees no yellow mark claiming a name only one side gives. Where the other article never
speaks of guards, the words stay the one side's.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Arcade Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away\n\n"
    "A convicted sex offender pulled a gun on two guards during a prison transfer Monday and "
    "fled on foot, authorities said."
)


def _right(whom: str) -> str:
    return (
        "Convicted molester on the lam in Texas\n\n"
        f"A convicted child molester overpowered two prison {whom} today, handcuffed them, stole "
        "their weapons and walked off, authorities said."
    )


def test_handcuffs_guards_is_told_by_handcuffed_two_guards() -> None:
    report = compare_texts(_LEFT, _right("guards"))
    assert not marks(report, "Handcuffs Guards")


def test_handcuffs_guards_stays_where_no_guards_are_told() -> None:
    report = compare_texts(_LEFT, _right("officers"))
    assert marks(report, "Handcuffs Guards")
