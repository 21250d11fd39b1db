"""A rate is the rate of the stretch of play its sentence counts.

"Teixeira hit .358 with 13 homers in 54 games with the Angels" / "Playing in a combined 157 games
with the Angels and Braves, Teixeira had ... a career-best .308 average": the first rate is over
the 54 games after a trade, the second over the whole season. Two sentences that count the games
(starts, appearances) of their rates differently give the rates of two stretches, which never
contradict each other; a sentence that counts none says nothing of its stretch, and its rate is
compared as before.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.sport_rates import STRETCH_NOUNS


def stretches_apart(mine: tuple[Analysis, Fact], theirs: tuple[Analysis, Fact]) -> bool:
    """Both rates' sentences count the games they are over, and the counts differ."""
    counts = _games(*mine), _games(*theirs)
    return bool(counts[0]) and bool(counts[1]) and not counts[0] & counts[1]


def _games(analysis: Analysis, rate: Fact) -> set[tuple[float, float]]:
    return {
        _span(f.number)
        for f in facts_of(analysis, rate.sentence)
        if f.number is not None and f.counted in STRETCH_NOUNS
    }


def _span(number: NumberValue) -> tuple[float, float]:
    return (number.low, number.high)
