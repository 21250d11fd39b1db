"""Goals told as a count of times: "Messi scored twice" / "Messi scored two goals", "scored three
times" / "scored three goals". A scorer's count of times is the count of the goals: the two
agree when the figures do and clash when they differ ("scored twice" / "scored three goals").
"""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.counts.how_often import counts_of_times, times_fact
from desktop.core.lexicon.games import SCORED_NOUNS, SCORING_VERBS
from desktop.core.model import Side


def goals_in_pair(
    analyses: tuple[Analysis, Analysis], pair: SentencePair, ledger: Ledger
) -> list[tuple[Relation, Fact, Fact, str]]:
    """A scorer's one count of times in one sentence against the one count of goals scored in
    the other: how the two relate, the two as facts, and the noun counted."""
    sentences = (pair.left, pair.right)
    sides = (Side.LEFT, Side.RIGHT)
    for times_at in (0, 1):
        goals_at = 1 - times_at
        counts = counts_of_times(analyses[times_at], sentences[times_at])
        if len(counts) != 1 or counts[0].verb not in SCORING_VERBS:
            continue
        if counts_of_times(analyses[goals_at], sentences[goals_at]):
            continue  # times against times is how_often's
        goals = [
            f
            for f in facts_of(analyses[goals_at], sentences[goals_at])
            if f.number is not None
            and any(f.slot.get(verb, 0.0) >= 1.0 for verb in SCORING_VERBS)
            and any(f.slot.get(noun, 0.0) >= 1.0 for noun in SCORED_NOUNS)
        ]
        if len(goals) != 1 or ledger.judged(sides[goals_at], goals[0]):
            continue
        goal = goals[0]
        assert goal.number is not None
        told = counts[0].number
        rel = number_relation(
            NumberValue(told.low, told.high, "", told.exact, told.bound),
            NumberValue(
                goal.number.low, goal.number.high, "", goal.number.exact, goal.number.bound
            ),
        )
        if rel is None:
            continue
        times = times_fact(
            analyses[times_at], sentences[times_at], counts[0], ledger, sides[times_at]
        )
        facts = (times, goal) if times_at == 0 else (goal, times)
        ledger.judge("aligned", [facts[0]], [facts[1]])
        noun = next(n for n in SCORED_NOUNS if goal.slot.get(n, 0.0) >= 1.0)
        return [(rel, facts[0], facts[1], noun)]
    return []
