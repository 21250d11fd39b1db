"""A police statement gives an age or a count of shots at a coarser precision than the other
article: "a man in his mid-30s" / "a 35-year-old man", "a teenager" / "a 16-year-old boy", "shot
several times" / "shot three times". The two tell one fact, neither a conflict nor a fact only
one article gives; an age outside the decade, and two exact counts, still conflict."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts, yellow

SHOT = "A {} was shot on Elm Street on Tuesday night and died at the scene."


def _number_findings(left: str, right: str) -> set[tuple[FindingKind, str, str]]:
    report = compare_texts(left, right)
    return {
        (f.kind, f.left[0].text if f.left else "", f.right[0].text if f.right else "")
        for f in report.findings
        if f.type is MentionType.NUMBER and not f.is_statement
    }


def test_a_man_in_his_mid_thirties_is_no_conflict_with_a_35_year_old_man() -> None:
    report = compare_texts(SHOT.format("man in his mid-30s"), SHOT.format("35-year-old man"))
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT], report.findings
    assert yellow(report) == []


def test_a_man_in_his_twenties_still_conflicts_with_a_35_year_old_man() -> None:
    found = _number_findings(SHOT.format("man in his 20s"), SHOT.format("35-year-old man"))
    assert any(kind is FindingKind.CONFLICT for kind, _, _ in found), found


def test_a_teenager_tells_a_sixteen_year_old_boy() -> None:
    report = compare_texts(SHOT.format("teenager"), SHOT.format("16-year-old boy"))
    assert "16-year-old" not in yellow(report)


def test_shot_several_times_agrees_with_shot_three_times() -> None:
    found = _number_findings(
        "The man was shot several times in the chest on Tuesday night.",
        "The man was shot three times in the chest on Tuesday night.",
    )
    assert (FindingKind.AGREE, "several times", "three times") in found, found


def test_stabbed_repeatedly_agrees_with_stabbed_five_times() -> None:
    found = _number_findings(
        "The man was stabbed repeatedly on Tuesday night, police said.",
        "The man was stabbed five times on Tuesday night, police said.",
    )
    assert (FindingKind.AGREE, "repeatedly", "five times") in found, found


def test_shot_twice_still_conflicts_with_shot_three_times() -> None:
    found = _number_findings(
        "The man was shot twice in the chest on Tuesday night.",
        "The man was shot three times in the chest on Tuesday night.",
    )
    assert (FindingKind.CONFLICT, "twice", "three times") in found, found
