"""A shooting or a blow alone does not tell whether the victim lived: "was shot" or "was hit by
a car" contradicts no death."""

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


def test_hit_by_a_car_against_died_at_the_hospital_is_no_conflict_over_her_fate() -> None:
    from tests.factories import compare_texts, conflict_texts

    died = (
        "Mother killed in hit-and-run\n\n"
        "Raj Chohan, 42, was crossing the street on Sunday when she was hit by a silver car. "
        "She died at the hospital. Police arrested the driver."
    )
    hit = (
        "Hit-and-run driver charged\n\n"
        "Officers arrested the driver who hit her a few blocks away on Sunday. "
        "Raj Chohan was hit by a gray car near 117th Street."
    )
    assert not conflict_texts(compare_texts(died, hit))
    hurt = hit.replace("was hit by a gray car", "was hurt by a gray car and is in stable condition")
    assert any("died" in a for a, _ in conflict_texts(compare_texts(died, hurt)))
