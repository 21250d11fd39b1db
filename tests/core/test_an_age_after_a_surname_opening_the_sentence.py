"""One article calls the striker "The 24-year-old", the other writes "Mendes, 24, netted 22
times": a surname opening a sentence, with a bare figure set off after it, is given an age
there, though the parser took the surname for a common noun. So the age is told on both sides
and neither marks it as one only it gives; another age is shown one-sided or in conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = (
    "Athletic sign Mendes\n\n"
    "Coastal Athletic have signed striker Rui Mendes from Porto, the club said on Friday. "
    "The 24-year-old scored 22 goals for Porto last season."
)
_RIGHT = (
    "Mendes joins Coastal\n\n"
    "Rui Mendes has joined Coastal Athletic from Porto, the club said on Friday. "
    "Mendes, {}, netted 22 times for Porto last season."
)


def test_an_age_set_off_after_an_opening_surname_is_his_age() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("24")))
    assert not [m for m in marks if "24" in m], marks


def test_another_age_is_not_told_by_it() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("27"))
    shown = yellow(report) + [w for _, right in conflict_texts(report) for w in right]
    assert "27" in shown, shown
