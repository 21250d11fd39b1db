"""The count of one counted noun, compared across the articles.

"walked into the employee lounge where the three victims were" / "worked on the third floor with
the six victims": the sentences tell different things and need not align, but a story has one
number of its victims. When each article counts a noun with exactly one figure wherever it does
(every "victims" it counts is three; every one in the other is six), and the two figures clash,
the articles count the same thing differently. Bare nouns for anyone ("people", "men") and units
of time count different groups in one story ("three people shot", "six people evacuated") and are
left to the comparison of tolls; so are parts of a group, ages, vague figures and figures of
another event.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.assembly import Draft
from desktop.core.findings.claims import Relation, claimable, is_age, relation, specific
from desktop.core.findings.comparison import value_draft
from desktop.core.findings.ledger import Ledger
from desktop.core.findings.tuning import COUNTED_NOUN_STRENGTH
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.counting import BARE_COUNTED_NOUNS
from desktop.core.model import Side


def counted_noun_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    ours, theirs = _counts(left, Side.LEFT, ledger), _counts(right, Side.RIGHT, ledger)
    drafts: list[Draft] = []
    for noun in sorted(ours.keys() & theirs.keys()):
        a_facts, b_facts = ours[noun], theirs[noun]
        if len({f.key for f in a_facts}) != 1 or len({f.key for f in b_facts}) != 1:
            continue  # an article giving two counts of its victims tells of two groups
        fa, fb = a_facts[0], b_facts[0]
        rel = relation(fa, fb, refs)
        if rel not in (Relation.CLASH, Relation.BOUNDS):
            continue
        ledger.judge("counted noun", a_facts, b_facts)
        draft = value_draft(rel, fa, fb, noun, refs, COUNTED_NOUN_STRENGTH)
        draft.left, draft.right = list(a_facts), list(b_facts)
        drafts.append(draft)
    return drafts


def _counts(analysis: Analysis, side: Side, ledger: Ledger) -> dict[str, list[Fact]]:
    """The article's counts by the noun each counts; any count of a noun already judged takes
    the noun out (its verdict stands for the article's count of it)."""
    out: dict[str, list[Fact]] = defaultdict(list)
    judged: set[str] = set()
    for fact in claimable(analysis):
        noun = fact.counted
        if not noun or noun in GENERIC_SLOT_WORDS or noun in BARE_COUNTED_NOUNS:
            continue
        if fact.number is None or fact.date is not None or fact.number.dimension:
            continue
        if fact.weak or fact.part or fact.other_event or is_age(fact) or not specific(fact):
            judged.add(noun)  # "one of the victims": the noun is counted in another way too
            continue
        if ledger.judged(side, fact):
            judged.add(noun)
            continue
        out[noun].append(fact)
    return {noun: facts for noun, facts in out.items() if noun not in judged}
