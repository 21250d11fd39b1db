"""A share of a group the other article gives in words: "Ninety percent of the 288 candidates
come from the Democratic Party" / "Almost all of the 288 candidates came from ... the
Democratic Party". A yellow mark says the other article does not report this fact anywhere; a
share told as "almost all", "most" or "about half" of the same group is the same fact at a
coarser precision, when the percentage lies in what the words allow (lexicon VAGUE_SHARES).

Only inside the sentence shown as one statement with this one, and only of the same group (the
noun after "of"): "most of the residents" says nothing of "60 percent of those polled"."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.lexicon.shares import VAGUE_SHARES
from desktop.core.model import MentionType

# "of the 288 candidates", "of its members", "of those polled": the group a share is taken of.
_OF_GROUP = r"\s+of\s+(?:the|its|their|his|her|those|these|all)?\s*(?:[\d,.]+\s+)?([a-z]+)"
_MY_GROUP = re.compile(_OF_GROUP, re.I)
_THEIR_SHARES = re.compile(
    r"\b(" + any_of(VAGUE_SHARES) + r")"
    + _OF_GROUP,
    re.I,
)  # fmt: skip


def share_told_in_words(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A percentage of a group, told by a share in words of the same group in the partner."""
    if fact.type is not MentionType.PERCENT or fact.number is None:
        return False
    mine_group = _MY_GROUP.match(mine.document.text, fact.end)
    if mine_group is None:
        return False
    group = _stem(mine_group.group(1))
    low, high = fact.number.low, fact.number.high
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, partners):
        for match in _THEIR_SHARES.finditer(text, sentence.start, sentence.end):
            first, last = VAGUE_SHARES[match.group(1).lower()]
            if _stem(match.group(2)) == group and first <= low and high <= last:
                return True
    return False


def _stem(noun: str) -> str:
    """ "candidates" and "candidate" are one group."""
    return noun.lower().removesuffix("s")
