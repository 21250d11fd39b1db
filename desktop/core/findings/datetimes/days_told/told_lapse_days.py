"""A lapse of days since a happening told by the calendar day of that happening, in the sentence
that tells the same thing: "died Thursday night - nine days after suffering a heart attack" /
"died Thursday evening after having suffered a heart attack on Dec. 2".

Both sentences date one happening, the heart attack: the one by the days that passed until the
death, the other by its day of the month. Neither gives the other's precision (the death's
calendar day is in neither), so compared at the precision both give they do not differ, and
neither is a fact the other article lacks. The happening must be the same words on both sides
("after suffering a heart attack" / "a heart attack on Dec. 2"): a lapse since one thing says
nothing of the day of another.

Only inside two sentences shown as one statement (aligned at least ``STATEMENT_AGREE``).
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partner_indices
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.month_spans import LAPSE_UNIT_DAYS
from desktop.core.model import MentionType

_LAPSE = re.compile(
    r"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:" + "|".join(LAPSE_UNIT_DAYS) + r")\s*$", re.I
)
# "after suffering a heart attack", "after having suffered the stroke": the happening's words.
_SINCE = re.compile(
    r"\s+(?:after|since)\s+(?:having\s+)?(?:[a-z]+(?:ing|ed)\s+)?(?:(?:a|an|the|his|her|its|their)"
    r"\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)",
    re.I,
)
# "a heart attack on Dec. 2": the happening's last word right before the day.
_DATED = re.compile(r"\b(?P<head>[a-z]+)\s+on\s+$", re.I)


def lapse_told_by_its_day(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This fact is a lapse of days since a happening and a sentence told as one with it gives
    that happening's day of the month, or the other way round."""
    if fact.said_on or fact.other_event:
        return False
    text = mine.document.text
    since = _since(text, fact)
    head = None if since is not None else _dated_head(text, fact)
    if since is None and head is None:
        return False
    their_text = theirs.document.text
    for j in statement_partner_indices(fact, aligned):
        for other in facts_of(theirs, j):
            if since is not None and _dated_head(their_text, other) in since:
                return True
            if head is not None and head in (_since(their_text, other) or ()):
                return True
    return False


def _since(text: str, fact: Fact) -> tuple[str, ...] | None:
    """The words of the happening a lapse of days counts from ("heart", "attack"), or None when
    the fact is no such lapse."""
    if fact.type not in (MentionType.QUANTITY, MentionType.DATE, MentionType.TIME):
        return None
    if not _LAPSE.search(text[fact.start : fact.end]):
        return None
    match = _SINCE.match(text, fact.end)
    return None if match is None else tuple(match.group("what").lower().split())


def _dated_head(text: str, fact: Fact) -> str | None:
    """The last word of the happening a day of the month dates ("attack" of "a heart attack on
    Dec. 2"), or None when the fact is no such day."""
    day = fact.date
    if fact.type is not MentionType.DATE or day is None or day.month is None or day.day is None:
        return None
    match = _DATED.search(text, max(0, fact.start - 40), fact.start)
    return None if match is None else match.group("head").lower()
