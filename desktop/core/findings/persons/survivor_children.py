"""The children an obituary's list of survivors names: "Rennick is survived by his wife and a son"
/ "He is survived by his wife and a daughter".

A list of survivors names the family the dead leave, as the family gave it, in full: a son in
one article's list and a daughter in the other's, with no child of the first kind in the second
list nor of the second in the first, are two accounts of one family. When either list names
children with no sex ("three children", "a stepson" is named as a son), or an article gives two
lists, nothing is set against anything. A count of sons against a count of sons is a figure the
figure passes weigh.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of, may_hold_case_blind_in
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.survivors import CHILD_NOUNS, SURVIVOR_OPENERS, UNSEXED_CHILD_NOUNS
from desktop.core.model import FindingKind, MentionType

_OPENER = re.compile(rf"\b(?:{'|'.join(re.escape(o) for o in SURVIVOR_OPENERS)})\b", re.I)
# The openers without the word boundaries, looked for in the lower-cased sentence first.
_OPENER_CUE = re.compile(any_of(o.lower() for o in SURVIVOR_OPENERS))
_CHILD = re.compile(
    rf"\b(?:{'|'.join(sorted([*CHILD_NOUNS, *UNSEXED_CHILD_NOUNS], key=len, reverse=True))})\b",
    re.I,
)


def survivor_children(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _children(left), _children(right)
    if ours is None or theirs is None:
        return []
    sexes = (
        {CHILD_NOUNS[f.text.lower()] for f in ours},
        {CHILD_NOUNS[f.text.lower()] for f in theirs},
    )
    if sexes[0] & sexes[1]:
        return []
    a, b = ours[0], theirs[0]
    if not ledger.take("survivor children", a, b):
        return []
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.OTHER,
            [a],
            [b],
            f"The lists of survivors differ: the left names a {a.text!r}, the right a {b.text!r}, "
            "and neither names a child of the other's kind.",
            tuning.SURVIVOR_CHILD_CONFIDENCE,
        )
    ]


def _children(analysis: Analysis) -> list[Fact] | None:
    """The children the article's one list of survivors names by sex, or None when it gives no
    list, two lists, or a list with children of no sex."""
    text = analysis.document.text
    lists = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        if not tokens:
            continue
        if not may_hold_case_blind_in(_OPENER_CUE, text, tokens[0].start, tokens[-1].end):
            continue
        opener = _OPENER.search(text, tokens[0].start, tokens[-1].end)
        if opener is None:
            continue
        found = [m for m in _CHILD.finditer(text, opener.end(), tokens[-1].end)]
        if found:
            lists.append((sentence, found))
    if len(lists) != 1:
        return None
    sentence, found = lists[0]
    if any(m.group().lower() in UNSEXED_CHILD_NOUNS for m in found):
        return None
    return [_fact(m, sentence) for m in found]


def _fact(match: re.Match[str], sentence: int) -> Fact:
    fact = Fact(match.start(), match.end(), match.group(), MentionType.OTHER, "", sentence)
    fact.key = fact.value = f"survivor:{CHILD_NOUNS[match.group().lower()]}"
    return fact
