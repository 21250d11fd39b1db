"""The day one lead gives the event is told by the other lead's "yesterday".

One report opens "The Interior Department yesterday finalized rules ...", the other "Secretary
Dirk Kempthorne announced major changes Thursday ...". Each lead dates the story's event; the
alignment pairs each lead with another sentence, but the leads still tell one happening. With no
date on the first page, no calendar places its "yesterday": compared at the precision both give,
it does not differ from Thursday, so Thursday is no fact the first article lacks. A lead that
names another weekday contradicts it, and that stays in view. A lead saying "on Dec. 11" with no
year and no page date shares no precision with "Thursday": neither is marked, unless a year
makes Dec. 12 a Friday.
"""

from __future__ import annotations

from tests.factories import compare_texts, marks_of

_YESTERDAY = (
    "Wildlife rules rewritten\n\n"
    "The Interior Department yesterday finalized rules changing the way it reviews dams, letting "
    "other agencies decide on their own whether a project harms a species.\n\n"
    "Secretary Dirk Kempthorne called the move a clarification of the law.\n\n"
    "Environmental groups said they would sue."
)
_THURSDAY = (
    "Species law weakened\n\n"
    "Secretary Dirk Kempthorne announced major changes Thursday to the Endangered Species Act.\n\n"
    "Under the rules, agencies may skip a scientific review by the wildlife service.\n\n"
    "Environmental groups said they would fight the changes in court."
)


def test_thursday_in_one_lead_is_the_yesterday_of_the_other_undated_lead() -> None:
    assert not marks_of(compare_texts(_YESTERDAY, _THURSDAY), "Thursday")


def test_a_weekday_the_other_lead_contradicts_is_not_hidden() -> None:
    other_day = _YESTERDAY.replace("yesterday finalized", "finalized on Tuesday")
    report = compare_texts(other_day, _THURSDAY)
    assert marks_of(report, "Thursday") or any(
        f.kind.value == "conflict" and any("Thursday" in s.text for s in f.right)
        for f in report.findings
    )


# A calendar day with no year against a weekday: no calendar says which weekday Dec. 11 was.
_DEC_11 = _YESTERDAY.replace("yesterday finalized", "on Dec. 11 finalized")


def test_dec_11_with_no_year_and_thursday_share_no_precision_and_neither_is_marked() -> None:
    report = compare_texts(_DEC_11, _THURSDAY)
    assert not marks_of(report, "Dec. 11")
    assert not marks_of(report, "Thursday")


def test_a_year_that_makes_the_day_a_friday_leaves_thursday_in_view() -> None:
    report = compare_texts(_DEC_11.replace("Dec. 11", "Dec. 12, 2008"), _THURSDAY)
    assert marks_of(report, "Thursday") or any(
        f.kind.value == "conflict" and any("Thursday" in s.text for s in f.right)
        for f in report.findings
    )
