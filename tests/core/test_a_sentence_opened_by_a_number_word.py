""" "Fifteen people were hospitalized after a train came off the tracks": under a headline the
small parser cut the sentence after "Fifteen", so the count lost its words and was never set
against "injuring 12 passengers". A lowercase word after a word continues its sentence."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Crash\n\nA train derailed near Lyon on Monday, injuring 12 passengers, officials said.\n"


def test_fifteen_hospitalized_is_not_twelve_injured() -> None:
    report = compare_stories(
        LEFT,
        "Crash\n\nFifteen people were hospitalized after a train came off the tracks near Lyon on "
        "Monday, officials said.\n",
    )
    assert ({"12"}, {"Fifteen"}) in conflict_texts(report)


def test_twelve_hospitalized_is_no_conflict() -> None:
    report = compare_stories(
        LEFT,
        "Crash\n\nTwelve people were hospitalized after a train came off the tracks near Lyon on "
        "Monday, officials said.\n",
    )
    assert conflict_texts(report) == []
