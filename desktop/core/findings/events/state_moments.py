"""A state told before the happening against the state it left: the conflict is withdrawn.

A value may tell a state that a happening changes (a boxer's record, a team's standing), and a
report of the happening may give it at either moment: "entered the fight 30-1" tells the record
going in, "improved to 31-1" the record coming out. The two are one record at two moments, not
two accounts of one value, so they are compared only with a value of the same moment. Both
sides must mark their moment (``lexicon/state_moments.py``): a value with no mark may be either,
and "the toll rose to 10" / "three people killed" stays a conflict.
"""

from __future__ import annotations

import re
from enum import Enum

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.lexicon.state_moments import AFTER_STATE_PHRASES, BEFORE_STATE_PHRASES
from desktop.core.model import FindingKind

# How many words may stand between a moment's mark and its value: "entered the fight 30-1"
# (two), "entered Saturday's bout with a 30-1" (four). Set by hand on the story tests: a fifth
# word reaches across to another clause ("entered the house, police found 3").
_MARK_REACH = 4
# Words that end the mark's reach: a new clause or list item starts ("entered the house and
# found 3").
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|where|when|who|which)\b", re.IGNORECASE)


class _Moment(Enum):
    BEFORE = "before"
    AFTER = "after"


def _mark(phrases: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{words})\b((?:\s+\S+){{0,{_MARK_REACH}}})\s*$", re.IGNORECASE)


_MARKS = (
    (_Moment.BEFORE, _mark(BEFORE_STATE_PHRASES)),
    (_Moment.AFTER, _mark(AFTER_STATE_PHRASES)),
)


def without_other_moments(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts between a state told before the happening and one told after."""
    return [d for d in drafts if not _two_moments(d, left, right)]


def _two_moments(draft: Draft, left: Analysis, right: Analysis) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    a = {moment_of(left, f) for f in draft.left}
    b = {moment_of(right, f) for f in draft.right}
    if len(a) != 1 or len(b) != 1:
        return False
    (ma,), (mb,) = a, b
    return ma is not None and mb is not None and ma is not mb


def moment_of(analysis: Analysis, value: Fact) -> _Moment | None:
    """The moment a value's own words tell it at, or None when they tell none."""
    sentence = analysis.sentences[value.sentence]
    before = analysis.document.text[sentence.start : value.start]
    for moment, pattern in _MARKS:
        found = pattern.search(before)
        if found and not _CLAUSE_BREAK.search(found.group(1)):
            return moment
    return None
