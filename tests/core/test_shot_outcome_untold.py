"""A shooting alone does not tell whether the victim lived: "was shot" contradicts no death."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType, Report

STORY = (
    "Deputy Mark Ellison {fate} outside an apartment building in Lakewood on Tuesday, the "
    "sheriff said. Police arrested a man nearby."
)


def compare(left_fate: str, right_fate: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=STORY.format(fate=left_fate), date="2024-05-08"),
        Document(source="right.txt", text=STORY.format(fate=right_fate), date="2024-05-08"),
    )


def fate_conflicts(report: Report) -> list[str]:
    return [
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and f.type is MentionType.PERSON
        and "happened to" in f.reason
    ]


def status_verdicts(report: Report) -> list[str]:
    return [
        row.verdict
        for card in report.people
        for row in card.comparisons
        if row.kind == "status" and "Ellison" in card.name
    ]


def test_shot_in_one_article_and_killed_in_the_other_is_no_contradiction() -> None:
    report = compare("was shot in the head", "was killed")
    assert fate_conflicts(report) == []
    assert "conflict" not in status_verdicts(report)


def test_wounded_in_one_article_and_killed_in_the_other_still_conflicts() -> None:
    report = compare("was wounded", "was killed")
    assert fate_conflicts(report)
    assert "conflict" in status_verdicts(report)
