"""A deputy killed while investigating an earlier shooting: the date written on that shooting
("while investigating a June 20 shooting") is the earlier one's, so a journalist sees no conflict
with the other article's day of the deputy's death, which matches the day the first article gives
it. A shooting both articles date as the deputy's own still clashes (hand-written texts, pages of
Saturday 25 June 2005: June 24 was a Friday, June 20 a Monday)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import agreed_texts, compare_texts, conflict_texts

_PAGE = "2005-06-25"
_RIGHT = (
    "A sheriff's deputy died after a shooting Friday afternoon outside an apartment, police said."
)


def test_the_date_of_the_shooting_he_was_investigating_is_no_conflict() -> None:
    left = (
        "Deputy Ray Ortiz, 35, was killed June 24 outside an apartment while investigating a "
        "June 20 shooting in which Jose Perez was a suspect."
    )
    report = compare_texts(left, _RIGHT, _PAGE)
    assert not any("June 20" in lt for lt, _ in conflict_texts(report)), conflict_texts(report)
    assert ({"June 24"}, {"Friday afternoon"}) in agreed_texts(report, MentionType.DATE)


def test_two_days_for_the_deputys_own_shooting_still_clash() -> None:
    left = "Deputy Ray Ortiz was killed in a June 20 shooting outside an apartment, police said."
    report = compare_texts(left, _RIGHT, _PAGE)
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert any({s.text for s in f.left} == {"June 20"} for f in conflicts), conflicts
