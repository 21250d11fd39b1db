"""A judge one article names in full and the other by her title and hyphened surname: "Judge Ruth
Okafor-Holt also fined him" / "Justice Okafor-Holt ordered him to pay a fine". "Justice" and
one surname, hyphen and all, name the person who holds the post, not a body, so both articles
name her and neither carries a yellow mark; a judge of another name keeps the mark
(hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, one_sided_texts


def _stories(judge: str) -> tuple[str, str]:
    left = (
        "The former mayor of Dunmere was jailed for six years on Monday for fraud.\n"
        "Judge Ruth Okafor-Holt also fined him 200,000 euros.\n"
        "He had denied the charges."
    )
    right = (
        "A court in Dunmere on Monday jailed the town's former mayor for six years for fraud.\n"
        f"Justice {judge} ordered him to pay a fine of 200,000 euros.\n"
        "He had denied the charges."
    )
    return left, right


def test_a_judge_by_title_and_hyphened_surname_is_named_on_both_sides() -> None:
    marks = one_sided_texts(compare_stories(*_stories("Okafor-Holt")))
    assert "Ruth Okafor-Holt" not in marks and "Justice Okafor-Holt" not in marks


def test_a_judge_of_another_name_keeps_the_mark() -> None:
    report = compare_stories(*_stories("Mensah-Lind"))
    assert "Ruth Okafor-Holt" in one_sided_texts(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
