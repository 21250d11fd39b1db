"""One article dates a strike by its start ("began a strike on Monday morning"), the other by its
end ("the strike ended Monday evening"); one says the polls opened at 7 a.m., the other that they
closed at 8 p.m. A start and an end are two moments of one happening, so a journalist sees no
contradiction in them. Two starts on two days still conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_BEGAN = (
    "Dock strike\n\n"
    "Dock workers in Halden began a strike on Monday morning over pay, the union said. "
    "Ships were left waiting outside the harbour."
)


def _other(verb_and_day: str) -> str:
    return (
        "Port strike\n\n"
        f"The strike by dock workers in Halden over pay {verb_and_day}, the union said. "
        "Ships were left waiting outside the harbour."
    )


def test_a_strike_begun_monday_morning_is_the_one_that_ended_monday_evening() -> None:
    assert not conflict_texts(compare_stories(_BEGAN, _other("ended Monday evening")))


def test_a_strike_begun_monday_morning_did_not_begin_tuesday_morning() -> None:
    report = compare_stories(_BEGAN, _other("began Tuesday morning"))
    assert ({"Monday morning"}, {"Tuesday morning"}) in conflict_texts(report)


def _polls(sentence: str) -> str:
    return f"Town votes on new bridge\n\n{sentence} Turnout was high, the town clerk said."


def test_polls_opening_at_seven_and_closing_at_eight_tell_one_vote() -> None:
    report = compare_stories(
        _polls("Polls opened at 7 a.m. on Thursday for the referendum on the Vell bridge."),
        _polls("Polls for the referendum on the Vell bridge closed at 8 p.m. on Thursday."),
    )
    assert not conflict_texts(report)


def test_polls_opening_at_seven_did_not_open_at_nine() -> None:
    report = compare_stories(
        _polls("Polls opened at 7 a.m. on Thursday for the referendum on the Vell bridge."),
        _polls("Polls for the referendum on the Vell bridge opened at 9 a.m. on Thursday."),
    )
    assert conflict_texts(report)
