"""A vote told as a tally and as the count of one side: "The House passed the bill 301 to 150" /
"with 310 lawmakers voting in favor".

A tally of a measure that passed gives the votes for it first (a tally is read larger first, see
values.py), and the votes against second. The count of one side in the other article's aligned
sentence ("310 in favor", "150 voted against") is that figure told alone: the same number agrees,
another conflicts. Only a passing tally is read so ("passed", "approved", "confirmed"); a measure
defeated 301 to 150 had its 301 against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.align import SentencePair, strongest_first
from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft, report_type
from desktop.core.findings.ledger import Ledger
from desktop.core.model import FindingKind, Side
from desktop.core.values import TALLY_BASE

# "310 lawmakers voting in favor", "150 voted against", "with 310 votes for": a figure, perhaps
# who cast the votes, perhaps "voted"/"voting", and the side.
_SIDE_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})\s+(?:[a-z]+\s+)?(?:vot(?:ed|ing)\s+|votes?\s+)?"
    r"(?P<side>in\s+favou?r|for|against|opposed)\b",
    re.I,
)
# A tally of a measure that passed: its first figure is the votes for it.
_PASSED = re.compile(r"\b(?:pass|approv|adopt|confirm|ratif|endors|clear)\w*", re.I)


def vote_side_findings(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    tallies = (_tallies(left), _tallies(right))
    counts = (_side_counts(left), _side_counts(right))
    if not (tallies[0] and counts[1]) and not (tallies[1] and counts[0]):
        return []
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        for side, tally_at, count_at in (
            (Side.LEFT, (left, pair.left), (right, pair.right)),
            (Side.RIGHT, (right, pair.right), (left, pair.left)),
        ):
            index = 0 if side is Side.LEFT else 1
            told = tallies[index].get(tally_at[1], [])
            sides = counts[1 - index].get(count_at[1], [])
            if len(told) != 1 or not sides or tallies[1 - index].get(count_at[1]):
                continue
            drafts += _compare(told[0], sides, side, ledger)
    return drafts


def _compare(
    tally: Fact, sides: list[tuple[Fact, bool]], side: Side, ledger: Ledger
) -> list[Draft]:
    assert tally.number is not None
    value = round(tally.number.low)
    ayes, noes = divmod(value, TALLY_BASE)
    drafts = []
    for count, yes in sides:
        if ledger.judged(side, tally) or ledger.judged(side.other, count):
            continue
        assert count.number is not None
        expected = ayes if yes else noes
        kind = FindingKind.AGREE if count.number.low == expected else FindingKind.CONFLICT
        which = "for" if yes else "against"
        reason = (
            f"The {side.value} gives the vote as {tally.text!r}, {expected} {which}; the other "
            f"article counts {count.text!r} {which}."
        )
        left, right = ([tally], [count]) if side is Side.LEFT else ([count], [tally])
        ledger.judge("vote sides", left, right)
        drafts.append(
            Draft(kind, report_type(tally), left, right, reason, tuning.VOTE_SIDE_CONFIDENCE)
        )
    return drafts


def _tallies(analysis: Analysis) -> dict[int, list[Fact]]:
    """Each sentence's tallies of a measure that passed."""
    out: dict[int, list[Fact]] = {}
    text = analysis.document.text
    for fact in analysis.facts:
        if fact.number is None or fact.number.dimension != "tally" or fact.other_event:
            continue
        bounds = analysis.sentences[fact.sentence]
        if _PASSED.search(text, bounds.start, bounds.end):
            out.setdefault(fact.sentence, []).append(fact)
    return out


def _side_counts(analysis: Analysis) -> dict[int, list[tuple[Fact, bool]]]:
    """Each sentence's counts of one side of a vote: (the figure, for the measure)."""
    starts = {f.start: f for f in analysis.facts if f.number is not None and not f.other_event}
    out: dict[int, list[tuple[Fact, bool]]] = {}
    for match in _SIDE_COUNT.finditer(analysis.document.text):
        fact = starts.get(match.start("n"))
        if fact is None:
            continue
        yes = match.group("side").lower().split()[-1] not in ("against", "opposed")
        out.setdefault(fact.sentence, []).append((fact, yes))
    return out
