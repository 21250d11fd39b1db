"""The injured of an earlier quake, told by a verb joined with "and" to the one its month dates
("struck the mainland in September, killing seven people and injuring 40"), are that quake's,
never a clash with this quake's injured; the same sentence dated to this quake's day still
clashes (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts

PAGE = "2008-11-10"
LEFT = (
    "Quake shakes island\n\n"
    "A moderate earthquake shook the island on Sunday, officials said. "
    "A stronger quake struck the mainland nearby {when}, killing seven people and injuring 40. "
    "Rescue teams were sent from the port."
)
RIGHT = (
    "Earthquake hits island\n\n"
    "A moderate earthquake shook the island on Sunday, officials said. "
    "The quake struck the island on Sunday, killing seven people and injuring 12. "
    "Rescue teams were sent from the port."
)


def injured_conflicts(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any(s.text == "40" for s in f.left)
    ]


def test_the_injured_of_a_quake_in_september_are_no_clash_with_sundays() -> None:
    left = LEFT.format(when="in September")
    assert not injured_conflicts(compare_texts(left, RIGHT, PAGE))


def test_the_injured_of_sundays_quake_told_twice_still_clash() -> None:
    left = LEFT.format(when="on Sunday")
    found = injured_conflicts(compare_texts(left, RIGHT, PAGE))
    assert any(f.right[0].text == "12" for f in found), found
