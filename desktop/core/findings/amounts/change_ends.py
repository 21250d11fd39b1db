"""A change of a sum told by its two ends in one article and by its size in the other: "The S2
now sells for $399, down from $499" / "The older S2 gets a price cut of $100". Both state one
fact, the change, though no figure is written on both sides; a linguist would not call the $100
untold, nor the $399 and $499.

The ends are two sums of one currency in one sentence, joined as the new and the old ("$399,
down from $499", "up from", "from $499 to $399"); the size is a sum of that currency beside a
word of change (``lexicon/change_words.py``) that equals their difference exactly. Each side's
candidates must be the only ones: a story with two such changes pairs neither.
"""

from __future__ import annotations

import itertools
import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.change_words import CHANGE_WORDS
from desktop.core.model import FindingKind, MentionType, Side

# What stands between the new end and the old one: "$399, down from $499", "$399 (up from
# $349)"; and between the old and the new: "from $499 to $399".
_NEW_THEN_OLD = re.compile(r"\s*[,(]?\s*(?:down|up)\s+from\s*", re.I)
_OLD_THEN_NEW = re.compile(r"\s+to\s*", re.I)
_FROM = re.compile(r"\bfrom\s*$", re.I)
# How many characters around a size its word of change may stand: "a price cut of $100", "$100
# cheaper"; a few words either side.
_CHANGE_REACH = 25
_WORD = re.compile(r"[a-z]+")

Ends = tuple[Fact, Fact]  # (new, old)


def change_ends(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on a change each article tells its own way, left's ends against right's size
    or the other way round."""
    drafts = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        ends = _ends(mine, ledger, side)
        sizes = _sizes(theirs, ledger, side.other)
        for new, old in ends:
            matches = [s for s in sizes if _is_size_of(s, new, old)]
            if len(matches) != 1 or len([e for e in ends if _is_size_of(matches[0], *e)]) != 1:
                continue  # two changes of that size: which is which is not told
            size = matches[0]
            if ledger.judged(side.other, size) or ledger.judged(side, new):
                continue
            told, other = [new, old], [size]
            lefts, rights = (told, other) if side is Side.LEFT else (other, told)
            ledger.judge("change ends", lefts, rights)
            reason = (
                f"Both articles give the same change: the {side.value} from {old.text!r} to "
                f"{new.text!r}, the {side.other.value} by {size.text!r}."
            )
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.MONEY,
                    lefts,
                    rights,
                    reason,
                    tuning.APART_FACT_CONFIDENCE,
                )
            )
    return drafts


def _sums(analysis: Analysis, ledger: Ledger, side: Side) -> list[Fact]:
    return [
        f
        for f in ledger.free(side, analysis.facts)
        if f.type is MentionType.MONEY and f.number is not None and f.number.exact
    ]


def _ends(analysis: Analysis, ledger: Ledger, side: Side) -> list[Ends]:
    text = analysis.document.text
    sums = _sums(analysis, ledger, side)
    out = []
    for a, b in itertools.pairwise(sums):
        if a.sentence != b.sentence or a.number is None or b.number is None:
            continue
        if a.number.dimension != b.number.dimension:
            continue
        between = text[a.end : b.start]
        if _NEW_THEN_OLD.fullmatch(between):
            out.append((a, b))
        elif _OLD_THEN_NEW.fullmatch(between) and _FROM.search(text, max(0, a.start - 6), a.start):
            out.append((b, a))
    return out


def _sizes(analysis: Analysis, ledger: Ledger, side: Side) -> list[Fact]:
    text = analysis.document.text.lower()
    out = []
    for fact in _sums(analysis, ledger, side):
        around = text[max(0, fact.start - _CHANGE_REACH) : fact.end + _CHANGE_REACH]
        if CHANGE_WORDS & set(_WORD.findall(around)):
            out.append(fact)
    return out


def _is_size_of(size: Fact, new: Fact, old: Fact) -> bool:
    s, n, o = size.number, new.number, old.number
    if s is None or n is None or o is None or s.dimension != n.dimension:
        return False
    return abs(abs(o.low - n.low) - s.low) < 0.005 * max(s.low, 1.0) and s.low > 0
