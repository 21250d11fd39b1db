"""A day or a figure the sentence ties to another happening than its own says nothing of the
day or the figure the other article gives the story: the day of a halt that flights resumed
"after", the day of a vote a bill "mandating" troops is still "due to" get, the rounds of a
fight "when the pair met in 2019". Told of the same happening, they still clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RESUMED = (
    "Aftershocks jolt island\n\n"
    "A strong aftershock shook the island on Monday, a day after a quake killed ten people. "
    "Flights from and into the island airport were resumed Monday morning."
)
_HALTED = (
    "Quake survivors get aid\n\n"
    "Rescue workers handed out blankets on Monday to survivors of a quake that killed ten "
    "people on the island. Airport chief Ali Reza said operations at the airport had resumed "
    "after being halted on Sunday."
)


def test_the_day_flights_were_halted_is_not_the_day_they_resumed() -> None:
    assert conflict_texts(compare_stories(_RESUMED, _HALTED)) == []


def test_two_days_the_flights_resumed_still_clash() -> None:
    right = _HALTED.replace("had resumed after being halted on Sunday", "had resumed on Sunday")
    assert conflict_texts(compare_stories(_RESUMED, right)) == [({"Monday morning"}, {"Sunday"})]


def test_a_halt_told_in_a_loosely_matching_sentence_is_not_the_day_flights_resumed() -> None:
    left = _RESUMED.replace(
        "Flights from and into the island airport were resumed Monday morning.",
        "Flights at the island airport resumed Monday morning, the airport chief said.",
    )
    right = _HALTED.replace(
        "said operations at the airport had resumed",
        "was quoted by state radio as saying that operations had resumed",
    )
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_month_dated_after_being_convicted_still_meets_the_month_of_the_sentence() -> None:
    left = (
        "Convicted rapist escapes\n\n"
        "A convicted rapist escaped from a prison van on Monday. He was serving a life sentence "
        "after being convicted in June 2018 of aggravated sexual assault in Brazos County."
    )
    right = (
        "Inmate escapes from van\n\n"
        "A convicted rapist escaped from a prison van on Monday. Between 2010 and 2017, he was "
        "in and out of prison until he returned to prison in June 2019 to serve a life sentence "
        "for aggravated sexual assault."
    )
    assert conflict_texts(compare_stories(left, right)) == [({"June 2018"}, {"June 2019"})]


_DUE_TO_VOTE = (
    "Parliament to vote on troops for Norland\n\n"
    "The Vestrian parliament is due to debate and vote on a bill mandating the deployment of "
    "troops to Norland on Thursday after the Norland government asked for support."
)
_AIR_RAID = (
    "Fighting rages in Norland as Vestria votes on troops\n\n"
    "Three civilians were killed on Wednesday in an air raid on a town south of the Norland "
    "capital, a government spokesman said."
)


def test_a_vote_still_to_come_is_not_dated_against_an_air_raid() -> None:
    assert conflict_texts(compare_stories(_DUE_TO_VOTE, _AIR_RAID)) == []


def test_two_days_of_a_vote_taken_still_clash() -> None:
    left = _DUE_TO_VOTE.replace("is due to debate and vote", "debated and voted")
    right = (
        "Vestria votes on troops for Norland\n\n"
        "The Vestrian parliament voted on Wednesday on a bill mandating the deployment of troops "
        "to Norland, a government spokesman said."
    )
    assert conflict_texts(compare_stories(left, right)) == [({"Thursday"}, {"Wednesday"})]


_SIX_ROUNDS = (
    "Marek Novak stops Dale Porter in six rounds\n\n"
    "Marek Novak stopped Dale Porter in six rounds in Vienna on Saturday to keep his world title."
)


def _met(when: str) -> str:
    return (
        "Novak beats Porter again\n\n"
        "Marek Novak beat Dale Porter in Vienna on Saturday to keep his world title. When the "
        f"pair met in {when}, Novak stopped Porter in 11 rounds."
    )


def test_the_rounds_of_a_meeting_years_ago_are_that_fights() -> None:
    assert conflict_texts(compare_stories(_SIX_ROUNDS, _met("2019"))) == []


def test_the_rounds_of_a_meeting_this_year_still_clash() -> None:
    assert conflict_texts(compare_stories(_SIX_ROUNDS, _met("2024"))) == [({"six"}, {"11"})]
