"""The day a man lost his job is told by the other report's "recently let go".

One report says "A former employee recently let go from his job opened fire at an office party";
the other that "Kirkpatrick had been let go from the firm on Thursday". "Recently" places the
firing in the last days without naming the day: compared at the precision both give, the two
cannot differ, so Thursday is no fact the first report lacks. A report that says nothing of when
he lost his job leaves Thursday marked. "Fired last week" tells "fired on Thursday" at a week's
precision where no page date places either; in a page of a Tuesday, "fired earlier this week"
names other days than the Thursday before.
"""

from __future__ import annotations

from tests.factories import compare_stories, compare_texts, marks_of

_RECENTLY = (
    "Gunman kills boss at office party\n\n"
    "A former employee recently let go from his job opened fire at an office Christmas party, "
    "killing one person, police said.\n\n"
    "The victim was the company's chief executive.\n\n"
    "The suspect surrendered to police after two hours."
)
_THURSDAY = (
    "Boss shot dead at Christmas party\n\n"
    "A gunman shot and killed the head of a health products firm at the office Christmas party, "
    "police said.\n\n"
    "Officer Tim Fanning said Eric Kirkpatrick had been let go from the firm on Thursday.\n\n"
    "Kirkpatrick gave himself up after two hours of talks."
)


def test_let_go_on_thursday_is_told_by_recently_let_go() -> None:
    assert not marks_of(compare_stories(_RECENTLY, _THURSDAY), "Thursday")


def test_a_report_silent_on_when_he_lost_his_job_leaves_thursday_marked() -> None:
    silent = _RECENTLY.replace("recently let go from his job", "who had worked there for years")
    assert marks_of(compare_stories(silent, _THURSDAY), "Thursday")


# The other report dates the firing by a span of the last days: "was fired last week".
_LAST_WEEK = _RECENTLY.replace(
    "The victim was the company's chief executive.",
    "The gunman had been fired last week, police said.",
)


def test_fired_on_thursday_is_told_by_fired_last_week_where_no_page_date_places_either() -> None:
    report = compare_texts(_LAST_WEEK, _THURSDAY.replace("let go", "fired"))
    assert not marks_of(report, "Thursday")


def test_fired_earlier_this_week_does_not_tell_the_thursday_before() -> None:
    this_week = _LAST_WEEK.replace("last week", "earlier this week")
    assert marks_of(compare_stories(this_week, _THURSDAY.replace("let go", "fired")), "Thursday")
