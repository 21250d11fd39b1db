"""A month told through the article's own date against a month the other article names for the
same deed: "was found guilty last month" in an article of April 4, 2009 is March 2009, which "In
April 2009 the gunman was found guilty" contradicts; read in an article of May 2009 it is April,
and a month of another deed says nothing (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report

LEFT = (
    "Gunman who killed deputy to be executed\n\n"
    "A man who shot a sheriff's deputy outside a bowling alley in 2006 will be executed, a judge "
    "ruled. In April 2009 the gunman was found guilty of murder by a jury in Millbrook. The "
    "deputy, a father of two, had served for nine years."
)


def _right(sentence: str) -> str:
    return (
        "Judge orders death for deputy's killer\n\n"
        "A judge on Friday ordered the execution of the man who shot a sheriff's deputy outside a "
        f"bowling alley in 2006. {sentence} The deputy, a father of two, had served for nine years."
    )


def _compare(right: str, right_date: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=LEFT, date="2009-06-20"),
        Document(source="right.txt", text=right, date=right_date),
    )


def _date_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and "in an article dated" in f.reason
    ]


GUILTY_LAST_MONTH = "The gunman was found guilty of murder by a jury in Millbrook last month."


def test_last_month_of_an_april_article_against_april_shows_a_conflict() -> None:
    found = _date_conflicts(_compare(_right(GUILTY_LAST_MONTH), "2009-04-04"))
    assert found == [({"April 2009"}, {"last month"})]


def test_last_month_of_a_may_article_is_april_and_stays_silent() -> None:
    assert not _date_conflicts(_compare(_right(GUILTY_LAST_MONTH), "2009-05-10"))


def test_last_month_of_another_deed_stays_silent() -> None:
    arrested = "The gunman was arrested by deputies in Millbrook last month."
    assert not _date_conflicts(_compare(_right(arrested), "2009-04-04"))
