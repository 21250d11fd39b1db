"""Each fact gets one verdict, and the word lists say what a linguist would."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact, slot_word
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import MentionType, Side


def fact(start: int, end: int) -> Fact:
    return Fact(start, end, "x" * (end - start), MentionType.NUMBER, "CARDINAL", 0)


def test_a_judged_fact_and_anything_inside_it_have_their_verdict_on_that_side_only() -> None:
    ledger = Ledger()
    one_man = fact(10, 17)
    ledger.judge("aligned", left=[one_man])
    assert ledger.judged(Side.LEFT, one_man)
    assert ledger.judged(Side.LEFT, fact(10, 13))  # "one" inside the stand-in "one man"
    assert not ledger.judged(Side.RIGHT, fact(10, 13))
    assert not ledger.judged(Side.LEFT, fact(17, 20))
    assert ledger.judged_by(Side.LEFT, one_man) == "aligned"
    assert ledger.free(Side.LEFT, [one_man, fact(30, 32)]) == [fact(30, 32)]


def test_prices_that_fell_are_no_death_toll_but_the_killed_are() -> None:
    assert slot_word("fall") != "death"
    assert slot_word("plunge") != "death"
    assert slot_word("killed") == "death"
    assert slot_word("Kills") == "death"
