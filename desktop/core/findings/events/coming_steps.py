"""Words of a happening an article tells only as to come: "the name of the suspect would be
released after he is formally charged", "he is expected to be charged Tuesday".

A report that a step will come, or that something waits until it comes, says it has not come
yet: it does not tell that the step was taken. So an article whose only "charged" stands in such
a clause does not report the charge the other article says was laid ("A man has been charged
with first-degree murder"), and that charge stays a happening only one article reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.lexicon.events import (
    COMING_LEADS,
    COMING_MODALS,
    COMING_SUBORDINATORS,
    PRESENT_AUXILIARIES,
)

# How many words before a happening's word its modal or clause opener may stand: "would be
# formally charged" (3), "after he is formally charged" (4).
_REACH = 4


def done_words(analysis: Analysis) -> frozenset[str]:
    """The article's content words but those of happenings it tells only as to come."""
    done: set[str] = set()
    for tokens in analysis.sentence_tokens:
        for n, t in enumerate(tokens):
            # One mention told as done is enough: a word already in is not read again.
            if t.content and t.content not in done and not told_as_coming(tokens, n):
                done.add(t.content)
    return frozenset(done)


def told_as_coming(tokens: Sequence[Token], n: int) -> bool:
    """The word at ``n`` follows a modal of the future ("will be charged"), a word of expectation
    and its "to" ("expected to be charged") or a clause opener with a present verb ("after he
    is charged"), within its clause."""
    before: list[str] = []
    for tok in reversed(tokens[max(0, n - _REACH - 1) : n]):
        if not tok.lower[:1].isalnum() and tok.lower not in ("'ll", "'s"):
            break  # a comma or a full stop: another clause
        before.insert(0, tok.lower)
    if any(w in COMING_MODALS for w in before[-_REACH:]):
        return True
    if any(a in COMING_LEADS and b == "to" for a, b in pairwise(before)):
        return True
    before = before[-_REACH:]
    return any(w in COMING_SUBORDINATORS for w in before) and any(
        w in PRESENT_AUXILIARIES for w in before
    )
