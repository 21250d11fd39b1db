"""One article gives two sources' figures for one thing ("Tehran's center put the magnitude at
5.9; the USGS said 6.1"), the other one: that figure agrees with the first, and clashes with the
second only when it is credited to the second's source ("the USGS said 5.9" / "the USGS said
6.1"); told bare or credited to Tehran's center, it leaves the USGS's 6.1 to the other article."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report

LEFT = (
    "A strong earthquake struck southern Iran on Sunday, killing 10 people and injuring 80.\n\n"
    "The seismological center in Tehran said the quake had a magnitude of 5.9."
)
RIGHT = (
    "An earthquake hit southern Iran on Sunday, killing 10 people and injuring 80. The U.S. "
    "Geological Survey said it had a magnitude of 6.1.\n\n"
    "Tehran's seismological center said the quake had a magnitude of 5.9."
)


def _compare(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=right)
    )


def _verdicts(report: Report, kind: FindingKind) -> set[tuple[str, ...]]:
    return {tuple(s.text for s in (*f.left, *f.right)) for f in report.findings if f.kind is kind}


def test_a_magnitude_credited_to_the_survey_clashes_with_the_surveys_other_figure() -> None:
    left = LEFT.replace("The seismological center in Tehran", "The U.S. Geological Survey")
    report = _compare(left, RIGHT)
    assert ("5.9", "6.1") in _verdicts(report, FindingKind.CONFLICT)


def test_a_magnitude_credited_to_tehran_is_no_clash_with_the_surveys_figure() -> None:
    report = _compare(LEFT, RIGHT)
    assert ("5.9", "5.9") in _verdicts(report, FindingKind.AGREE)
    assert not _verdicts(report, FindingKind.CONFLICT)


def test_a_magnitude_told_bare_is_no_clash_with_a_figure_the_other_credits_to_a_survey() -> None:
    left = LEFT.replace("The seismological center in Tehran said the quake had", "The quake had")
    report = _compare(left, RIGHT)
    assert not _verdicts(report, FindingKind.CONFLICT)


def test_a_figure_both_articles_give_alike_and_alone_stays_an_agreement() -> None:
    right = RIGHT.replace(" The U.S. Geological Survey said it had a magnitude of 6.1.", "")
    report = _compare(LEFT, right)
    assert ("5.9", "5.9") in _verdicts(report, FindingKind.AGREE)
    assert not _verdicts(report, FindingKind.CONFLICT)
