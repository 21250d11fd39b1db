"""A step set for later ("is to be sentenced May 3") and a step already taken ("a jury recommended
on April 3 that he be executed") are two happenings of one story: their days never clash. Two
days for the one arranged step still do (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Jury backs death for killer of deputy\n\n"
    "A jury has recommended the death penalty for Marco Delgado, who shot a county deputy "
    "during a traffic stop two years ago. "
    "The jury recommended on April 3 that Delgado be executed. "
    "Relatives of the deputy wept in the courtroom."
)
RIGHT = (
    "Deputy's killer should die, jury says\n\n"
    "Jurors recommended a death sentence for Marco Delgado, who killed a county deputy during a "
    "traffic stop two years ago. "
    "Delgado is to be formally sentenced {day} by Judge Ruth Carver. "
    "Relatives of the deputy wept in the courtroom."
)


def date_conflicts(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any(s.text[:1].isupper() for s in f.left + f.right)
    ]


def test_a_sentencing_set_for_may_3_is_no_clash_with_the_jurys_april_3() -> None:
    report = compare(LEFT, RIGHT.format(day="May 3"))
    found = [f for f in date_conflicts(report) if "April 3" in " ".join(s.text for s in f.left)]
    assert not found, found


def test_two_days_for_one_arranged_sentencing_show_a_conflict() -> None:
    left = LEFT.replace(
        "The jury recommended on April 3 that Delgado be executed.",
        "Delgado is to be formally sentenced May 10 by Judge Ruth Carver.",
    )
    found = date_conflicts(compare(left, RIGHT.format(day="May 3")))
    assert any("May 10" in f.left[0].text and "May 3" in f.right[0].text for f in found), found
