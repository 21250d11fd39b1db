"""A figure both articles give alike may still clash with a second figure the other article gives
for the same thing: "The seismological center said the magnitude was 5.9" / "Tehran's center put
it at 5.9 ... the U.S. Geological Survey said it was 6.1".

When one article reports two sources' figures for one thing and the other reports one, the one
agrees with its match and contradicts the other. Only a figure of the same thing as the agreed
partner counts (its slot, told in another sentence): "shooting three co-workers" agreed with "shot
three co-workers" says nothing against "killing two" in that sentence. Nor does a figure whose
clause names its own party (a team, a company) where the partner's names none or another: "City won
the title with 89 points. Arsenal finished on 87 points" gives Arsenal's points, not a second
account of City's.

A second figure the other article credits to a source of its own ("but the U.S. Geological Survey
said it was 6.1") is that source's value: it clashes with a figure credited to the same source
("IRNA and the U.S. Geological Survey said 5.9"), never with one told bare ("rocked by a
magnitude-5.9 earthquake") or credited to another (Tehran's center): two sources' values are two
values, and the article that gives both agrees with the other on the one they share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import overlap
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.untold.one_sided import only
from desktop.core.model import MentionType, Side

# Who can be a figure's source: a body or a person named in its sentence.
_SOURCES = frozenset([MentionType.ORGANISATION, MentionType.PERSON])
# A figure with the partner it agrees or clashes with: (score, partner, relation).
_Pick = tuple[float, Fact, Relation]


def second_figures(partners: Sequence[Fact], near: Iterable[Fact]) -> list[Fact]:
    """Of the other article's figures ``near`` a figure it gives alike in ``partners``, those of
    a partner's slot in another sentence than that partner's."""
    return [
        fb
        for fb in near
        if any(
            fb.sentence != p.sentence
            and overlap(fb.slot, p.slot) >= tuning.CONFLICT_SLOT
            and not (fb.party and fb.party != p.party)
            and fb.missed == p.missed  # "out for 14 games" is no second count of "30 games"
            for p in partners
        )
    ]


def credited_apart(mine: tuple[Analysis, Fact], theirs: tuple[Analysis, Fact]) -> bool:
    """The other article credits its second figure to a source that the figure's own sentence does
    not name: "but the U.S. Geological Survey said it was 6.1" against a bare "magnitude-5.9
    earthquake" or "the seismological center in Tehran said 5.9". Its source is the last body or
    person named before it in its sentence; a figure with none before it is credited to nobody."""
    (analysis, fact), (other, second) = mine, theirs
    before = [
        f for f in facts_of(other, second.sentence) if f.type in _SOURCES and f.end <= second.start
    ]
    if not before:
        return False
    source = max(before, key=lambda f: f.end).key
    return all(f.key != source for f in facts_of(analysis, fact.sentence))


def second_sourced_figures(
    choices: Sequence[tuple[Fact, _Pick | None, _Pick | None]], analyses: tuple[Analysis, Analysis]
) -> set[tuple[int, int]]:
    """The right figures that clash with a left figure the right gives too, credited to a source
    the left does not name: "magnitude-5.9" / "Tehran said 5.9, but the USGS said 6.1"
    (credited_apart)."""
    return {
        _span_of(best_bad[1])
        for fa, best_ok, best_bad in choices
        if best_bad is not None
        and best_ok is not None
        and best_ok[2] is Relation.SAME
        and credited_apart((analyses[0], fa), (analyses[1], best_bad[1]))
    }


def second_source_drafts(
    rights: list[Fact], second_sourced: set[tuple[int, int]], ledger: Ledger
) -> list[Draft]:
    """Another source's figure the right alone gives: its own fact, never a later pass's clash
    with some other left figure."""
    drafts = []
    for fb in rights:
        if _span_of(fb) in second_sourced and not ledger.judged(Side.RIGHT, fb):
            ledger.judge("second source", right=[fb])
            drafts.append(only(Side.RIGHT, [fb]))
    return drafts


def _span_of(fact: Fact) -> tuple[int, int]:
    return (fact.start, fact.end)
