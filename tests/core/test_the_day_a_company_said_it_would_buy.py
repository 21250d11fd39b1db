"""A day set between a verb of saying and the clause it reports is the day of the saying: "Harrow
Foods said on Monday it would buy Pellam Dairy" agrees with the other article's "the two
companies announced on Monday", not with "Pellam stock rose 25 percent on Monday". A day inside
the reported clause ("said it would close the deal on Monday") stays the deal's day."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts

_RIGHT = (
    "Pellam Dairy has agreed to be taken over by the food group Harrow Foods, the two companies "
    "announced on Monday. Harrow will pay $48 for each Pellam share. Pellam stock rose 25 "
    "percent on Monday, and Harrow fell 3 percent."
)
_ANNOUNCED = _RIGHT.index("Monday")


def _agreed_day_starts(report: Report) -> set[int]:
    return {
        s.start
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.DATE
        for s in f.right
        if s.text == "Monday"
    }


def test_the_day_harrow_said_it_would_buy_is_the_day_the_companies_announced_it() -> None:
    report = compare_texts(
        "Harrow Foods said on Monday it would buy Pellam Dairy for $48 a share in cash, a deal "
        "that values the yogurt maker at about $3.2 billion. Pellam shares jumped.",
        _RIGHT,
    )
    assert _ANNOUNCED in _agreed_day_starts(report)


def test_a_day_inside_the_reported_clause_is_not_the_day_of_the_saying() -> None:
    report = compare_texts(
        "Harrow Foods said it would complete its purchase of Pellam Dairy for $48 a share on "
        "Monday. Pellam shares jumped.",
        _RIGHT,
    )
    assert _ANNOUNCED not in _agreed_day_starts(report)
