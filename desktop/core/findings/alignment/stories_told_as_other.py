"""A story one article reports as its own that the other article tells as another happening: "A
5.6 magnitude earthquake hit the island on Sunday, injuring five people" / "Monday's quake was the
second in 24 hours. Earlier on Sunday a 5.6 quake jolted the island".

The second article ties Sunday's 5.6 quake to a happening other than its own (``event_ties``); the
first article's lead tells that very quake, by the same day and the same figure. Its story is the
other's earlier happening, so its figures and days are that happening's: they meet the figures the
other article ties to it, never the figures of the other article's own story (Monday's 5.2 quake,
its three injured). The story's own day (the first its opening gives) and a figure of its opening
must both recur in one sentence of the other article: a count or a day alone may recur by chance,
and a day a running toll counts from ("since July 8") is no happening of its own. Ages stay a
person's own.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claims import is_age, lead_sentences
from desktop.core.model import MentionType


def mark_stories_told_as_other(left: Analysis, right: Analysis) -> None:
    """Marks as another happening's every figure and day of an article whose lead tells what a
    sentence of the other article ties to another happening, by its day and one of its figures."""
    told = [a for a, b in ((left, right), (right, left)) if _lead_told_as_other(a, b)]
    for analysis in told:
        for fact in analysis.facts:
            if (fact.number is not None or fact.date is not None) and not is_age(fact):
                fact.other_event = True


def _lead_told_as_other(mine: Analysis, theirs: Analysis) -> bool:
    tied: dict[int, list[Fact]] = {}
    for fact in theirs.facts:
        if fact.other_event and not is_age(fact):
            tied.setdefault(fact.sentence, []).append(fact)
    lead = lead_sentences(mine)
    opening = [f for f in mine.facts if f.sentence < lead and not f.other_event and not is_age(f)]
    days = sorted(
        (f for f in opening if f.type is MentionType.DATE and f.date is not None), key=_at
    )
    if not days:
        return False
    # The story's own day is the first its opening gives ("took effect on Friday"), not the
    # start of a span it runs from ("killed since the fighting began on July 8").
    story_day = days[0].text.lower()
    return any(
        story_day in {f.text.lower() for f in facts if f.date is not None}
        and _recurs(opening, facts)
        for facts in tied.values()
    )


def _at(fact: Fact) -> int:
    return fact.start


def _recurs(opening: list[Fact], tied: list[Fact]) -> bool:
    """Some figure of the opening is written as one the tied sentence gives."""
    theirs = {f.number.display() for f in tied if f.number is not None}
    return any(f.number.display() in theirs for f in opening if f.number is not None)
