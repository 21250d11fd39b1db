"""An article printed weeks after the other dates its news "today": that day comes after the
other article was printed, so the first article cannot have told of it. The two leads tell two
stages of one story (an order, then the rule struck down), not one happening dated twice. Two
pages printed a day apart still date one happening, and two days for it stay a conflict
(hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report

_LEFT = (
    "The governor signed an order yesterday that suspends the state's new rule on river dams "
    "while experts review it.\n"
    "Environmental groups praised the order and said the rule had weakened protection for fish."
)
_RIGHT = (
    "The state overturned its new rule on river dams today, restoring the old protection for "
    "fish.\n"
    "Environmental groups praised the decision and said the rule had weakened protection for "
    "fish."
)


def _compare(left_date: str, right_date: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=_LEFT, date=left_date),
        Document(source="right.txt", text=_RIGHT, date=right_date),
    )


def _day_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and any(s.text.lower() in ("yesterday", "today") for s in (*f.left, *f.right))
    ]


def test_a_later_pages_today_is_no_other_day_for_the_first_pages_news() -> None:
    # Printed 4 March and 28 April: "today" on the later page is weeks after the first was printed.
    assert _day_conflicts(_compare("2024-03-04", "2024-04-28")) == []


def test_pages_printed_close_together_still_clash_on_the_day() -> None:
    # Printed 4 and 5 March: "yesterday" is 3 March, "today" 5 March, a day a page printed late
    # on the 4th may already date by the next: one happening given two days.
    assert _day_conflicts(_compare("2024-03-04", "2024-03-05")) != []


def test_a_day_to_come_both_pages_give_still_agrees() -> None:
    # "will be held on December 15" on pages of October and November: a day still to come on
    # both, after either page, is no later news and is still one day told twice.
    left = "The country will hold its presidential election on December 15, 2013, officials said."
    right = "The presidential election will be held on December 15 2013, the commission said."
    report = compare_documents(
        Document(source="left.txt", text=left, date="2013-10-01"),
        Document(source="right.txt", text=right, date="2013-11-20"),
    )
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and any("December 15" in s.text for s in f.left)
    ]
    assert agreed, [(f.kind, f.reason) for f in report.findings]
