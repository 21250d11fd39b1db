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

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import TALLY_BASE
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, Side

# "310 lawmakers voting in favor", "150 voted against", "with 310 votes for", "Nine council members
# voted in favor and two against": after a figure, up to two words of who cast the votes, perhaps
# "voted"/"voting", and the side.
_SIDE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:vot(?:ed|ing)|votes?)\s+(?P<side>in\s+favou?r|for|against|opposed)"
    r"|(?P<bare>in\s+favou?r|against|opposed))\b",
    re.I,
)
# "by 201 votes to 150": a tally told in words, the votes for the measure first.
_AYES_TO = re.compile(r"\s+votes?\s+to\s+\d", re.I)
_TO_NOES = re.compile(r"\bvotes?\s+to\s+$", re.I)
# A tally of a measure that passed: its first figure is the votes for it.
_PASSED = re.compile(r"\b(?:pass|approv|adopt|confirm|ratif|endors|clear)\w*", re.I)
# A sentence that calls its tally a vote: "The vote was 9-2".
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)


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
    drafts += _lone_vote(tallies[0], counts[1], Side.LEFT, ledger)
    drafts += _lone_vote(tallies[1], counts[0], Side.RIGHT, ledger)
    return drafts


def _lone_vote(
    tallies: dict[int, list[Fact]],
    counts: dict[int, list[tuple[Fact, bool]]],
    side: Side,
    ledger: Ledger,
) -> list[Draft]:
    """ "The vote was 9-2" / "Nine council members voted in favor and two against": an article
    that tells one vote as a tally, and another that tells one vote by its sides and gives no
    tally, tell the same vote, however their sentences align."""
    told = [f for facts in tallies.values() for f in facts]
    if len({f.key for f in told}) != 1 or len(counts) != 1:
        return []
    return _compare(told[0], next(iter(counts.values())), side, ledger)


def _compare(
    tally: Fact, sides: list[tuple[Fact, bool]], side: Side, ledger: Ledger
) -> list[Draft]:
    assert tally.number is not None
    value = round(tally.number.low)
    ayes, noes = divmod(value, TALLY_BASE)
    drafts: list[Draft] = []
    if ledger.judged(side, tally):
        return drafts
    for count, yes in sides:
        if ledger.judged(side.other, count):
            continue  # the tally stays open to the other side's count: "9 for and 2 against"
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
        # "The council approved the budget ... The vote was 9-2.": a tally the sentence calls a
        # vote is of the measure the sentence before or the article's opening says passed.
        bounds = analysis.sentences[fact.sentence]
        told = (
            (max(0, fact.sentence - 1), 0) if _VOTE.search(text, bounds.start, bounds.end) else ()
        )
        if any(
            _PASSED.search(text, analysis.sentences[i].start, analysis.sentences[i].end)
            for i in (fact.sentence, *told)
        ):
            out.setdefault(fact.sentence, []).append(fact)
    return out


def _side_counts(analysis: Analysis) -> dict[int, list[tuple[Fact, bool]]]:
    """Each sentence's counts of one side of a vote: (the figure, for the measure)."""
    text = analysis.document.text
    out: dict[int, list[tuple[Fact, bool]]] = {}
    for fact in analysis.facts:
        if fact.number is None or fact.number.dimension or fact.other_event:
            continue
        yes = _side(text, fact)
        if yes is not None:
            out.setdefault(fact.sentence, []).append((fact, yes))
    return out


def _side(text: str, fact: Fact) -> bool | None:
    """Whether the figure counts the votes for the measure, against it, or no side (None)."""
    after = text[fact.end : fact.end + _REACH]
    if _AYES_TO.match(after):
        return True
    if _TO_NOES.search(text[max(0, fact.start - _REACH) : fact.start]):
        return False
    match = _SIDE_AFTER.match(after)
    if match is None:
        return None
    side = match.group("side") or match.group("bare")
    return side.lower().split()[-1] not in ("against", "opposed")


# Characters around a figure that hold the words of its side of the vote.
_REACH = 40
