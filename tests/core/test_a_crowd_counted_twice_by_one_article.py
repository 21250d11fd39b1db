"""An article that tells the other's vague count in the same words ("tens of thousands of people
joined the strike") and also a figure of one city's crowd ("as many as 20,000 people took to the
streets of Athens") keeps the two apart itself: the city's figure is not set against the other
article's count. Without that sentence of its own, the two sizes still stand against each other."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Unions strike over budget cuts in Athens.\n"
    "Underground stations were shut on Tuesday as tens of thousands of union members rallied in "
    "central Athens against the budget cuts on the eve of the vote."
)
CITY = (
    "Police said as many as 20,000 people took to the streets of central Athens on Tuesday "
    "against the budget cuts on the eve of the vote."
)
RIGHT = (
    "Unions strike over budget cuts in Athens.\n"
    "Police clashed with protesters across Greece as tens of thousands of people joined a "
    "24-hour walkout. " + CITY
)
RIGHT_COUNTING_MONEY = (
    "Unions strike over budget cuts in Athens.\n"
    "The unions said the strike cost tens of thousands of euros a day. " + CITY
)


def test_a_city_crowd_is_not_set_against_the_national_crowd_both_articles_count_alike() -> None:
    assert not conflict_texts(compare_stories(LEFT, RIGHT))


def test_the_same_words_counting_another_kind_of_thing_leave_the_two_sizes_at_odds() -> None:
    found = conflict_texts(compare_stories(LEFT, RIGHT_COUNTING_MONEY))
    assert found == [({"tens of thousands"}, {"as many as 20,000"})], found
