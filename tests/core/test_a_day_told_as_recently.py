"""The day a man lost his job is told by the other report's "recently let go".

One report says "A former employee recently let go from his job opened fire at an office party";
the other that "Kirkpatrick had been let go from the firm on Thursday". "Recently" places the
firing in the last days without naming the day: compared at the precision both give, the two
cannot differ, so Thursday is no fact the first report lacks. A report that says nothing of when
he lost his job leaves Thursday marked.
"""

from __future__ import annotations

from tests.factories import compare_stories, marks_of

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
