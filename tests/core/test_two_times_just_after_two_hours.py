"""A time told as just after an hour is no earlier than that hour and not much later: "just
after 3:30 a.m." and "shortly after 3 a.m." are two floors half an hour apart, a conflict that
says both may be true. Floors a few minutes apart, or a time "around" the hour, are still one
time told differently."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Moreno, 25, was driving east on state Route 9 near Interstate 80 just after 3:30 a.m. when "
    "he was pulled over for an observed traffic violation, Highway Patrol Officer Dale Pratt "
    "said.\n"
)
_RIGHT = (
    "Moreno failed sobriety tests {} on state Route 9, said Highway Patrol Officer Lyle Grant.\n"
)


def test_shortly_after_three_conflicts_with_just_after_half_past_three() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("shortly after 3 a.m."))
    assert conflict_texts(report) == [({"just after 3:30 a.m."}, {"3 a.m."})]
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert "Both may be true" in found.reason
    assert found.confidence < 0.5


def test_shortly_after_twenty_past_three_is_the_same_time() -> None:
    assert conflict_texts(compare_stories(_LEFT, _RIGHT.format("shortly after 3:20 a.m."))) == []


def test_around_three_is_the_same_time_told_differently() -> None:
    assert conflict_texts(compare_stories(_LEFT, _RIGHT.format("around 3 a.m."))) == []
