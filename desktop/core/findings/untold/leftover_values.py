"""Figures and dates one article gives that the other lacks anywhere.

A yellow mark says: the other article does not report this fact anywhere. So a figure or date is
one-sided only when its value does not appear on the other side at all, in any form, and is not
part of a sentence both articles tell. Names are judged in ``one_sided``.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import iter_after
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.amounts.told_measures import unit_follows
from desktop.core.findings.amounts.told_same_figure import counted_otherwise
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claimable import on_the_page
from desktop.core.findings.bookkeeping.claims import restated, same_slot
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.untold.one_sided import Partners, only
from desktop.core.findings.untold.told_values import value_told
from desktop.core.model import MentionType, Side
from desktop.core.naming.link import NAME_TYPES


def leftover_values(
    left: Analysis,
    right: Analysis,
    ledger: Ledger,
    partners: tuple[Partners, Partners] = ({}, {}),
    related: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {}),
) -> list[Draft]:
    """Figures and dates with no counterpart: one-sided unless the same value appears anywhere,
    in any form (``told``), or a day or time is part of a sentence both articles tell
    (``partners``: each side's sentence -> the other side's sentences aligned with it;
    ``related``: those and the sentences related to it, for a year counted from the page)."""
    drafts: list[Draft] = []
    for side, mine, theirs, aligned, near in (
        (Side.LEFT, left, right, partners[0], related[0]),
        (Side.RIGHT, right, left, partners[1], related[1]),
    ):
        their_keys = {f.key for f in theirs.facts}
        their_text = theirs.document.text.lower()
        groups: list[list[Fact]] = []
        for fact in ledger.free(side, mine.facts):
            if (
                fact.weak and not _listed_figure(fact, mine.document.text)
            ) or fact.type in NAME_TYPES:
                continue
            ledger.judge("leftover", **{side.value: [fact]})
            # "three others were wounded" beside "Three people were killed" on both sides: the
            # same figure on the other side counts something else, so it tells nothing of this.
            apart = counted_otherwise(fact, theirs)
            if (
                on_the_page(fact, mine)  # "call Crime Stoppers at 555-7867"
                or (not apart and (fact.key in their_keys or _written_there(fact, their_text)))
                or restated(fact, mine)  # the amount before the brackets carries the claim
                or _conversion_judged(fact, mine, side, ledger)  # "62 miles (100 km)"
                or value_told(fact, (mine, theirs), aligned, near, apart)
            ):
                # the same figure stands on the other side too: say nothing rather than guess
                continue
            # "seven villages" three times over is one fact, not three.
            group = next(
                (g for g in groups if g[0].key == fact.key and same_slot(g[0], fact)), None
            )
            if group is None:
                groups.append([fact])
            else:
                group.append(fact)
        drafts.extend(
            only(side, group, apart=counted_otherwise(group[0], theirs)) for group in groups
        )
    return drafts


def _conversion_judged(fact: Fact, mine: Analysis, side: Side, ledger: Ledger) -> bool:
    """ "The quake struck 62 miles (100 km) off the coast" / "100 kilometres offshore": a figure
    and its conversion in brackets are one figure, so when a comparing pass has already given
    the conversion a verdict, the figure it converts is no fact the other article leaves out."""
    text = mine.document.text
    for other in facts_of(mine, fact.sentence):
        opening = text.rfind("(", max(0, other.start - 2), other.start + 1)
        if opening < 0 or other.start <= fact.end or text[fact.end : opening].strip():
            continue
        if restated(other, mine) and ledger.judged_by(side, other) not in (None, "leftover"):
            return True
    return False


def _listed_figure(fact: Fact, text: str) -> bool:
    """ "six rifles, 12 magazines and about 300 rounds": figures listed side by side are each a
    fact of their own, though none counts the whole group. A part taken out of a group ("two of
    them", "the other eight") and a lone "one" stay too vague to report alone, but "another
    five people" adds a batch of its own and is a fact; a percentage is
    always a share of something ("60 percent of those polled") and is a fact as it stands, and so
    is a part of a whole the article counts ("have lost eight of 10", "200 of the 300 homes")."""
    if not fact.part or fact.number is None or fact.number.high <= 1:
        return False
    if fact.type is MentionType.PERCENT:
        return True
    before = text[max(0, fact.start - 8) : fact.start].lower().split()
    after = text[fact.end : fact.end + 4].lower().split()
    if after and after[0] == "of":
        return _of_counted_whole(fact.number.high, text, fact.end)
    return not (before and before[-1] == "other")


# "eight of 10", "200 of the 300 homes", "nine of its 12 games": the whole the part is taken from.
_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|his|her|their)\s+)?(?P<whole>[\w,]+)", re.I)


def _of_counted_whole(part: float, text: str, end: int) -> bool:
    """The part is taken out of a whole the article counts, larger than the part."""
    match = _WHOLE.match(text, end)
    whole = None if match is None else parse_number(match.group("whole"))
    return whole is not None and whole.exact and whole.low > part


def _written_there(fact: Fact, their_text: str) -> bool:
    """The other article writes the very same words ("6.1", "Sunday"), parsed or not."""
    words = fact.text.lower().strip()
    if len(words) < 2 and not words.isdigit():
        return False
    if words not in their_text:
        return False  # the pattern is these very characters: no need to build and run it
    pattern = compiled(re.escape(words) + r"(?![\w]|[.,]\d)")
    return any(
        not unit_follows(fact, their_text, m.end())  # "to seven" / "a seven-yard pass"
        for m in iter_after(_NO_FIGURE_BEFORE, pattern, their_text)
    )


_NO_FIGURE_BEFORE = re.compile(r"(?<![\w.,])")
