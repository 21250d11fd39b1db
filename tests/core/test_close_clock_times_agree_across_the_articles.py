"""Each article gives one clock time of the night, a few minutes apart and in sentences that tell
different things: "pronounced dead at 10:48 p.m." / "It was just before 11 p.m. when the street
went quiet". The journalist sees the two times agree, told differently. Times of two known steps
(the shots, the arrest), times hours apart, and a time with two candidates equally close on the
other side corroborate nothing (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

_OPENING = "A man was shot dead on Birch Lane in Akron on Tuesday night, police said.\n\n"
_LEFT = (
    "Akron man killed\n\n" + _OPENING + "Neighbours said the man had lived on the lane for "
    "twenty years.\n\n{}"
)
_RIGHT = (
    "Shooting on Birch Lane\n\n" + _OPENING + "The city council called for more street lights "
    "on the lane.\n\n{}"
)


def _time_agreements(report: Report) -> list[tuple[str, str]]:
    return [
        (" ".join(s.text for s in f.left), " ".join(s.text for s in f.right))
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.TIME
    ]


def test_a_time_told_to_the_minute_agrees_with_the_hour_just_after_it() -> None:
    report = compare_stories(
        _LEFT.format("The man was pronounced dead at 10:48 p.m. at a hospital."),
        _RIGHT.format("It was just before 11 p.m. when the street finally went quiet."),
    )
    agreed = _time_agreements(report)
    assert any("10:48" in left and "11 p.m." in right for left, right in agreed), agreed


def test_times_hours_apart_do_not_agree() -> None:
    report = compare_stories(
        _LEFT.format("The man was pronounced dead at 8:10 p.m. at a hospital."),
        _RIGHT.format("It was just before 11 p.m. when the street finally went quiet."),
    )
    assert not any("8:10" in left for left, _ in _time_agreements(report))


def test_the_time_of_the_shots_does_not_agree_with_the_time_of_the_arrest() -> None:
    report = compare_stories(
        _LEFT.format("The shots were fired at 10:40 p.m., a witness said."),
        _RIGHT.format("Officers arrested a 19-year-old suspect at 10:50 p.m. a block away."),
    )
    assert not any("10:40" in left for left, _ in _time_agreements(report))


def test_a_time_between_two_equally_close_times_agrees_with_neither() -> None:
    report = compare_stories(
        _LEFT.format("The man was pronounced dead at 10:45 p.m. at a hospital."),
        _RIGHT.format(
            "A neighbour heard a car door slam at 10:40 p.m. and saw lights come on at 10:50 p.m."
        ),
    )
    assert not any("10:45" in left for left, _ in _time_agreements(report))
