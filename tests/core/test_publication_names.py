"""A journalist reads an obituary sourced to "the Press Democrat newspaper": one newspaper, shown
as one name the other article lacks, never a body "Press" and a group of Democrats; a single
name before "newspaper" ("a Chicago newspaper") still says where the paper is from."""

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

_LEFT = "Mark Felt has died, a family friend says."


def _marks(report: Report) -> dict[str, MentionType]:
    return {
        s.text: f.type
        for f in report.findings
        if f.kind is FindingKind.RIGHT_ONLY and not f.is_statement
        for s in f.right
    }


def test_the_press_democrat_newspaper_is_one_newspaper() -> None:
    report = compare_stories(
        _LEFT, "Felt died at his home in Santa Rosa, the Press Democrat newspaper reported."
    )
    marks = _marks(report)
    assert marks.get("Press Democrat") is MentionType.ORGANISATION
    assert "Democrat" not in marks


def test_a_chicago_newspaper_still_names_the_city() -> None:
    report = compare_stories(_LEFT, "Felt died at his home, a Chicago newspaper reported.")
    assert _marks(report).get("Chicago") is MentionType.PLACE
