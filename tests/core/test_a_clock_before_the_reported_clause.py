"""A clock between a present-tense "say" and the clause it reports dates the clause: in
"Investigators say around 10:15am, a gunman walked up to a man", 10:15 is when the gunman struck,
not when anyone spoke, and agrees with the other article's "at 10:15 a.m." (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts
from tests.factories import compare_texts as compare


def _shooting(sentence: str) -> str:
    return (
        "Gunman kills man on Memorial Drive\n\n"
        f"{sentence} Nine people were hurt before officers arrived at the tire shop."
    )


LEFT = _shooting(
    "The gunman was killed by an officer at the scene, which unfolded at 13200 Memorial at "
    "10:15 a.m."
)


def test_a_clock_before_the_clause_a_present_say_reports_dates_the_shooting() -> None:
    right = _shooting(
        "Investigators say around 10:15am, a gunman walked up to a man in the parking lot and "
        "shot him."
    )
    assert ({"10:15 a.m."}, {"10:15am"}) in agreed_texts(compare(LEFT, right), MentionType.TIME)


def test_a_clock_on_a_past_said_stays_the_time_of_the_statement() -> None:
    # "said at 10:15 a.m., in a briefing, ..." tells when the statement was made: the same clock
    # is no time of the shooting.
    right = _shooting(
        "Investigators said at 10:15 a.m., in a briefing, that a gunman walked up to a man in the "
        "parking lot and shot him."
    )
    assert agreed_texts(compare(LEFT, right), MentionType.TIME) == []
