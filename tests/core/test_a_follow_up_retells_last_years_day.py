"""A follow-up written months after a shooting retells it by its day alone ("killed in the home
on August 8th", printed the next May): that is last year's August 8, the Saturday the first
report gives, so no mark says the first report's "Saturday" is a day the follow-up lacks. A
court date the follow-up names ahead ("is scheduled for Sept. 20") stays the coming day."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, MentionType, Report
from tests.factories import yellow


def _compare(left: str, right: str, left_date: str, right_date: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=left_date),
        Document(source="right.txt", text=right, date=right_date),
    )


_FIRST = (
    "Eight killed in home\n\nA gunman killed eight people in a home on Saturday, deputies said. "
    "Deputies surrounded the house for hours. Neighbors said they had not heard any arguments "
    "at the home before Saturday."
)


def _dates(report: Report) -> dict[str, str]:
    return {m.text: m.value for m in report.right.mentions if m.type is MentionType.DATE}


def test_a_follow_up_the_next_may_tells_the_saturday_of_last_august() -> None:
    follow_up = (
        "New details in killings\n\nSearch warrants show the gunman had a violent past. "
        "He killed eight people inside the home on August 8th, deputies said."
    )
    report = _compare(_FIRST, follow_up, "2015-08-10", "2016-05-02")
    assert _dates(report)["August 8th"] == "2015-08-08"
    assert "Saturday" not in yellow(report)


def test_a_court_date_the_follow_up_names_ahead_stays_the_coming_day() -> None:
    follow_up = (
        "Gunman held without bond\n\nThe man charged with killing eight people in a home "
        "remains held without bond. His next court date is scheduled for Sept. 20."
    )
    report = _compare(_FIRST, follow_up, "2015-08-10", "2016-07-02")
    assert _dates(report)["Sept. 20"] == "2016-09-20"


def test_a_day_a_few_weeks_ahead_stays_the_coming_one() -> None:
    follow_up = "Vigil for victims\n\nA vigil for the eight victims is held at the home Aug. 30."
    report = _compare(_FIRST, follow_up, "2015-08-10", "2015-08-12")
    assert _dates(report)["Aug. 30"] == "2015-08-30"


def test_a_day_on_a_verb_in_the_present_months_ahead_stays_the_coming_one() -> None:
    preview = "Oscars set\n\nThe Academy Awards ceremony is on Feb. 22 in Los Angeles."
    report = _compare(_FIRST, preview, "2015-08-10", "2008-12-10")
    assert _dates(report)["Feb. 22"] == "2009-02-22"
