"""Both articles say three people were killed; only one adds that "three others were wounded".
The other article writes "three" for the dead alone, which tells nothing of the wounded: the
count of the wounded is marked as told by one side only, and its reason says why (hand-written
texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories


def _report(right_extra: str) -> Report:
    return compare_stories(
        "Mall shooting\n\nA gunman opened fire at a mall on Wednesday. Three people were killed,"
        " police said.\n",
        "Gunman kills three\n\nA gunman opened fire at a mall on Wednesday. Three people were"
        f" killed{right_extra}, police said.\n",
    )


def test_three_wounded_beside_three_dead_on_both_sides_is_one_sided() -> None:
    report = _report(" and three others were wounded")
    marks = [f for f in report.findings if f.kind is FindingKind.RIGHT_ONLY and not f.is_statement]
    assert [s.text for f in marks for s in f.right] == ["three"]
    assert "injured" in marks[0].reason and "something else" in marks[0].reason


def test_the_agreed_toll_is_not_marked() -> None:
    report = _report(" and three others were wounded")
    assert not any(
        s.text == "Three"
        for f in report.findings
        if f.kind is FindingKind.RIGHT_ONLY
        for s in f.right
    )
