"""A fact-checker compares two reports on a recaptured fugitive: one calls him "a convicted
burglar recaptured last month", the other says he was "convicted in March 2001". The month dates
the recapture; "convicted" before "burglar" says what the man is, not when he was convicted, so
the two dates are no conflict. An article that says he "was convicted last month" does date the
conviction, and still conflicts with March 2001."""

from tests.factories import compare_stories, day_conflicts

_RIGHT = (
    "Harlan was serving a 40-year sentence after being convicted in March 2001 of armed robbery "
    "in Dallas County."
)


def test_a_participle_standing_as_its_nouns_adjective_is_not_dated_by_the_month() -> None:
    report = compare_stories(
        "The escape of John Harlan, a convicted burglar recaptured last month after six days on "
        "the run, has led to the firing of four guards, officials said.",
        _RIGHT,
    )
    assert day_conflicts(report) == []


def test_a_conviction_the_month_dates_still_conflicts_with_another_year() -> None:
    report = compare_stories(
        "The escape of John Harlan, who was convicted last month of burglary, has led to the "
        "firing of four guards, officials said.",
        _RIGHT,
    )
    assert day_conflicts(report) == [({"last month"}, {"March 2001"})]
