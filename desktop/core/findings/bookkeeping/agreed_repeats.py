"""A count or a weekday an article tells again belongs to the agreement already given on it.

"Police said three children were home alone", "The three children were alone inside the
apartment", "the three young children were alone": once one mention of the three children agrees
with the other article's "leaving the three young children alone", the article's other mentions
of three children are that same claim, and the reader sees them marked as agreed, not left
unmarked. So for a weekday: "gathered after school Tuesday" agreed with "gathered Tuesday
afternoon", and the same article's "gathering Tuesday at about 4 p.m." dates the same gathering.

A repeat joins only when the article gives that thing no other value: an article counting "three
children" in one place and "two children" in another, or dating the gathering Tuesday and
Wednesday, does not say which mention the agreement is about. Tolls have their own repeats
(``repeats``); conflicts keep the mentions they were given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import Relation, claimable, relation, tally_sentences
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.pair_order import mirrored_walk
from desktop.core.findings.datetimes.days.event_days import dated_happenings, happenings_weekday
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.model import FindingKind, Side

_AGREEING = (Relation.SAME, Relation.CONSISTENT)


def agreed_repeats(
    drafts: Sequence[Draft], left: Analysis, right: Analysis, ledger: Ledger
) -> None:
    """Add to each agreement on a count or a weekday the other mentions of that same claim."""
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    walk = mirrored_walk(drafts)  # a repeat two agreements could take: the same one either order
    for side, analysis, pick in ((Side.LEFT, left, 0), (Side.RIGHT, right, 1)):
        facts = [f for f in claimable(analysis) if f.sentence not in tally_sentences(analysis)]
        # Each count's words read once, not once per agreement: some 80 agreements each walked
        # the article's 2,000 facts on two long articles.
        counts = [(f, _nouns(f)) for f in facts if _countable(f)]
        days = dated_happenings(analysis, side, Ledger(), refs[pick])
        for draft in walk:
            if draft.kind is not FindingKind.AGREE or not draft.left or not draft.right:
                continue
            told = (draft.left, draft.right)[pick]
            anchor = told[0]
            if _countable(anchor):
                repeats = _count_repeats(anchor, counts)
                mate = (draft.right, draft.left)[pick][0]
                repeats += [f for f in _claim_repeats(mate, anchor, counts) if f not in repeats]
            elif happenings_weekday(anchor, refs[pick]):
                repeats = _day_repeats(anchor, days, refs[pick])
            else:
                continue
            for other in repeats:
                if not ledger.judged(side, other):
                    told.append(other)
                    ledger.judge("agreed repeat", **{side.value: [other]})


def _countable(fact: Fact) -> bool:
    return fact.number is not None and not (
        fact.part or fact.weak or fact.other_event or fact.generic or is_age(fact)
    )


def _nouns(fact: Fact) -> set[str]:
    """The words the count hangs on most, past the words too common to say what it counts."""
    return {w for w, weight in fact.slot.items() if weight >= 1.0} - GENERIC_SLOT_WORDS


def _count_repeats(anchor: Fact, facts: list[tuple[Fact, set[str]]]) -> list[Fact]:
    """The article's other counts of just what the anchor counts (the same words they hang on),
    when every such count is the anchor's figure: "three children" told again, never beside
    another "two children". "2 children ... shot" counts the shot among them, a count apart."""
    nouns = _nouns(anchor)
    if not nouns:
        return []
    counts = [f for f, its_nouns in facts if its_nouns == nouns]
    if any(f.number != anchor.number for f in counts):
        return []
    return [f for f in counts if f.sentence != anchor.sentence]


def _claim_repeats(mate: Fact, anchor: Fact, facts: list[tuple[Fact, set[str]]]) -> list[Fact]:
    """The article's counts of just what the other article's agreed count counts, with the
    same figure: the claim the other makes, told here in its words. "their eighth straight win"
    agreed with this article's "eight games" (unbeaten in eight) is this article's "eighth
    straight win" too. None when the article gives that thing another figure anywhere."""
    if not _countable(mate) or mate.number != anchor.number:
        return []
    nouns = _nouns(mate)
    if not nouns or nouns == _nouns(anchor):
        return []  # the anchor's own repeats, found already
    # One article may hang the count on a verb the other leaves out ("to clinch their eighth
    # straight win" / "their eighth straight win of the season"): one set of words holds the other.
    counts = [f for f, its_nouns in facts if _nested(its_nouns, nouns)]
    if any(f.number != anchor.number for f in counts):
        return []
    return [f for f in counts if f.start != anchor.start]


def _nested(these: set[str], those: set[str]) -> bool:
    return bool(these) and (these <= those or those <= these)


def _day_repeats(anchor: Fact, days: dict[str, list[Fact]], reference: date | None) -> list[Fact]:
    """The article's other mentions of the anchor's weekday for a happening it dates, when the
    article dates that happening with no other weekday nor another part of the day."""
    found: list[Fact] = []
    refs = (reference, reference)
    for dated in days.values():
        if not any(f.start == anchor.start for f in dated):
            continue
        if any(relation(anchor, f, refs) not in _AGREEING for f in dated if f is not anchor):
            continue
        found += [f for f in dated if f.start != anchor.start and f not in found]
    return found
