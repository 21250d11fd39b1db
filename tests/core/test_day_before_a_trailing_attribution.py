"""A journalist compares two obituaries: one says a friend reports he "died Thursday", the other
"died at his home in Santa Rosa, California, Thursday, the Press Democrat newspaper reported".
The day set off before the trailing attribution dates the death, not the newspaper's report, so
the two agree on it; a day after the verb of saying ("the newspaper reported Wednesday") still
dates the report only, and clashes with no day of the death."""

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "The former FBI official who revealed himself as Deep Throat 30 years after he tipped off "
    "reporters to the Watergate scandal has died. Mark Felt was 95. A family friend who wrote "
    "the Vanity Fair article says he died Thursday."
)


def _right(tail: str) -> str:
    return (
        "W. Mark Felt, who remained anonymous for more than three decades as the source known "
        "as Deep Throat in the Watergate scandal, has died. Felt died at his home in Santa Rosa, "
        f"California, {tail}, citing his grandson Nick Jones."
    )


def _agreed_days(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.DATE
    ]


def test_a_day_before_the_newspaper_reported_agrees_with_the_day_he_died() -> None:
    report = compare_stories(_LEFT, _right("Thursday, the Press Democrat newspaper reported"))
    assert _agreed_days(report) == [({"Thursday"}, {"Thursday"})]
    assert conflict_texts(report) == []


def test_a_day_after_the_newspaper_reported_dates_only_the_report() -> None:
    report = compare_stories(_LEFT, _right("the Press Democrat newspaper reported Wednesday"))
    assert conflict_texts(report) == []
    assert _agreed_days(report) == []
