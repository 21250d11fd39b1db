"""Counts of one kind of thing told with other nouns and verbs in sentences that tell the same
thing: "union members rallied" / "people took to the streets" count one crowd; a bound or a
vague word that allows the other figure still agrees (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Unions strike over budget cuts in Athens.\n"
    "Underground stations were shut on Tuesday as 50,000 union members rallied in central Athens "
    "against the budget cuts on the eve of the vote."
)


def test_a_crowd_counted_as_members_and_as_people_is_one_count() -> None:
    right = (
        "Unions strike over budget cuts in Athens.\n"
        "Police said 8,000 people took to the streets of central Athens on Tuesday against the "
        "budget cuts on the eve of the vote."
    )
    report = compare_stories(LEFT, right)
    assert conflict_texts(report) == [({"50,000"}, {"8,000"})]
    reason = conflicts(report)[0].reason
    assert "'50,000 union members'" in reason and "'8,000 people'" in reason


def test_tens_of_thousands_allow_about_thirty_thousand() -> None:
    left = LEFT.replace("50,000 union members", "tens of thousands of union members")
    right = (
        "Unions strike over budget cuts in Athens.\n"
        "Police said about 30,000 people took to the streets of central Athens on Tuesday "
        "against the budget cuts on the eve of the vote."
    )
    assert not conflict_texts(compare_stories(left, right))


def test_tens_of_thousands_against_as_many_as_twenty_thousand_are_two_sizes() -> None:
    left = LEFT.replace("50,000 union members", "tens of thousands of union members")
    right = (
        "Unions strike over budget cuts in Athens.\n"
        "Police said as many as 20,000 people took to the streets of central Athens on Tuesday "
        "against the budget cuts on the eve of the vote."
    )
    found = conflicts(compare_stories(left, right))
    assert [({s.text for s in f.left}, {s.text for s in f.right}) for f in found] == [
        ({"tens of thousands"}, {"as many as 20,000"})
    ]
    assert "Both may be true" in found[0].reason


def test_people_and_buses_are_not_one_kind_of_thing() -> None:
    right = (
        "Unions strike over budget cuts in Athens.\n"
        "Police said 80 buses brought protesters to central Athens on Tuesday against the "
        "budget cuts on the eve of the vote."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_a_crowd_told_in_few_shared_words_is_still_one_count() -> None:
    """The sentences share little more than the day and the city: they pair, but loosely."""
    left = (
        "Unions strike over budget cuts in Athens.\n"
        "Underground stations were shut and the airport deserted on Tuesday as 50,000 union "
        "members rallied on the eve of a vote on the cuts."
    )
    right = (
        "Unions strike over budget cuts in Athens.\n"
        "Police said 8,000 people took to the streets of Athens on Tuesday as rallies kicked off "
        "across the country."
    )
    assert conflict_texts(compare_stories(left, right)) == [({"50,000"}, {"8,000"})]
