"""The short line a page sets under its headline, "Suspect had been fired last week by the Troy
company", sums up the story as the headline does: when the other article's opening tells of the
same shooting, the line is no "sentence nothing on the other side tells" (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Gunman kills one at accounting office\n\n"
    "Suspect had been fired last week by the Troy company\n\n"
    "An accounting firm employee shot and killed a woman on Monday at the office building where "
    "he worked, police said. He was arrested hours later."
)
RIGHT = (
    "Three shot in office shooting in Troy\n\n"
    "A gunman shot three people at an office building in Troy on Monday morning, police said. "
    "The shooter was a former employee of the accounting firm. He was arrested later that day."
)


def _left_only_statements(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.STATEMENT
        for s in f.left
    ]


def test_the_line_under_the_headline_is_told_by_the_other_opening() -> None:
    marked = _left_only_statements(compare(LEFT, RIGHT))
    assert not any("had been fired" in s for s in marked)


def test_a_line_under_the_headline_on_another_matter_stays_one_sided() -> None:
    left = LEFT.replace(
        "Suspect had been fired last week by the Troy company",
        "Mayor promises new parking rules for the harbour district",
    )
    marked = _left_only_statements(compare(left, RIGHT))
    assert any("parking rules" in s for s in marked)
