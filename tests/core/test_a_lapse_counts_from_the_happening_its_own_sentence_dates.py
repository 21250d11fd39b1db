"""A lapse counts from the happening its own sentence tells. "Sentenced on Friday ... convicted
of the May 2011 spree that ended with his arrest the next day" dates the arrest a day after the
spree of May 2011, not on the Saturday after the sentencing; the other article's "the May 12,
2011, spree" is no clash. Where the sentence dates nothing, the lapse still counts from the day
the story named just before it."""

from __future__ import annotations

from tests.factories import compare_stories, day_conflicts

_SPREE = (
    "A judge on Friday sentenced the man who killed three people during a bank robbery to life "
    "in prison with no chance of parole. The man, Carl Dorne, 41, was found guilty last month of "
    "murder in the May 2011 spree that began at a bank in Orvano and ended with his arrest the "
    "next day in a nearby town."
)

_DATED = (
    "A judge in Orvano sentenced Carl Dorne Friday to multiple life sentences for his deadly 2011 "
    "spree at an Orvano bank. Judge Anna Pell sentenced Dorne to life without parole for the May "
    "12, 2011, spree that left three people dead, the Orvano Herald reported."
)


def test_the_next_day_after_a_spree_dated_by_its_month_is_not_the_day_after_the_sentencing() -> (
    None
):
    assert not day_conflicts(compare_stories(_SPREE, _DATED))


_RESCUE = (
    "Miner rescued\n\n"
    "A miner was trapped on Friday when a tunnel collapsed at the Greyrock pit. "
    "Rescuers reached him the next day. He was taken to hospital with a broken leg."
)


def test_the_next_day_in_a_sentence_dating_nothing_still_counts_from_the_day_before_it() -> None:
    other = (
        "Miner freed\n\n"
        "A miner trapped by a tunnel collapse at the Greyrock pit was rescued on Monday. "
        "Rescuers had dug through rock for hours. He was taken to hospital with a broken leg."
    )
    assert day_conflicts(compare_stories(_RESCUE, other))
