"""Two estimates of one count, one inside the other ("some 35" / "between 30 and 40"), and a
vague count beside a figure it allows ("dozens" / "about 40") are never a conflict; two
different floors ("at least three" / "at least five") still are (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare


def kinds_on(report: Report, left_word: str) -> set[FindingKind]:
    return {f.kind for f in report.findings if any(left_word in s.text for s in f.left)}


def test_a_figure_inside_the_other_articles_range_agrees() -> None:
    report = compare(
        "Stand collapses\n\nBetween 30 and 40 people were hurt when the stand collapsed on Sunday.",
        "Stand collapses\n\nSome 35 people were injured when the stand collapsed on Sunday.",
    )
    assert not any(f.kind is FindingKind.CONFLICT for f in report.findings)
    assert FindingKind.AGREE in kinds_on(report, "30")


def test_dozens_against_about_forty_in_a_sentence_told_alike_is_no_conflict() -> None:
    report = compare(
        "Stand collapses\n\nDozens of people were hurt when the stand collapsed on Sunday.",
        "Stand collapses\n\nAbout 40 people were injured when the stand collapsed on Sunday.",
    )
    assert not any(f.kind is FindingKind.CONFLICT for f in report.findings)


def test_two_different_floors_for_the_dead_still_conflict() -> None:
    report = compare(
        "Quake kills\n\nAt least three people were killed when the quake hit on Sunday.",
        "Quake kills\n\nAt least five people were killed when the quake hit on Sunday.",
    )
    assert FindingKind.CONFLICT in kinds_on(report, "three")


def test_about_forty_beside_dozens_in_a_sentence_told_alike_is_not_yellow() -> None:
    report = compare(
        "Stand collapses\n\nDozens of people were hurt when the stand collapsed on Sunday.",
        "Stand collapses\n\nAbout 40 people were injured when the stand collapsed on Sunday.",
    )
    assert not any(
        f.kind is FindingKind.RIGHT_ONLY and any("40" in s.text for s in f.right)
        for f in report.findings
    )
