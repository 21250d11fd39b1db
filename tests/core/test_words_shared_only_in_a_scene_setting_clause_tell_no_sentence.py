"""Two rare words a sentence shares with the other article only inside the clause that sets its
scene ("Metro stations were shut as union members rallied before the vote on the pension
reform") tell when it happened, not what its main clause says: the journalist still sees that
sentence marked as told in one article only. The other article's sentence, whose main clause
tells the vote, is told in part (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, untold_sentences

LEFT = (
    "Thousands of workers marched through the capital on Wednesday during a general strike. "
    "Parliament is due to vote on the pension reform on Thursday night. "
    "The unions said the cuts would hurt the poorest families."
)
RIGHT = (
    "A general strike shut down the capital on Wednesday. "
    "Metro stations were shuttered and the airport stood deserted as tens of thousands of "
    "union members rallied on the eve of the vote on the pension reform. "
    "Union leaders warned that the cuts would hurt poor families."
)
SHUTTERED = (
    "Metro stations were shuttered and the airport stood deserted as tens of thousands of "
    "union members rallied on the eve of the vote on the pension reform."
)


def test_stations_shut_while_unions_rallied_before_a_vote_stay_one_sided() -> None:
    assert SHUTTERED in untold_sentences(compare_stories(LEFT, RIGHT))


def test_the_vote_told_in_a_main_clause_is_told_in_part() -> None:
    untold = untold_sentences(compare_stories(LEFT, RIGHT))
    assert not any(sentence.startswith("Parliament is due") for sentence in untold)
