"""How many people live in a place: "Qeshm island, home to 120,000 people", "Zarand, a town of
about 15,000 people", "a city of 2 million".

Such a figure is the place's population, a fact about that place, not about the event: it is
never set against a figure of the story (a toll, a magnitude, a crowd), and two of them tell the
same thing only when they are the populations of one place. A conflict between a population and
any other figure, or between the populations of two places, is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable, number_relation
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side

_UNKNOWN = ""
_HEDGES = r"(?:about|some|around|nearly|almost|roughly|approximately|more than|over|an estimated)"


def without_foreign_populations(
    drafts: list[Draft], left: Analysis, right: Analysis
) -> list[Draft]:
    """The drafts but conflicts that set a place's population against another figure."""
    return [d for d in drafts if not _unlike(d, left, right)]


def _unlike(draft: Draft, left: Analysis, right: Analysis) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    ours = {_owner(left, f) for f in draft.left if _population(left, f)}
    theirs = {_owner(right, f) for f in draft.right if _population(right, f)}
    if not ours and not theirs:
        return False
    if not ours or not theirs:
        return True  # a population against a figure of the story
    known = (ours | theirs) - {_UNKNOWN}
    return len(known) > 1 and not ours & theirs


def _population(analysis: Analysis, fact: Fact) -> bool:
    """The figure follows "home to" or "a town (city, island ...) of"."""
    if fact.number is None or fact.number.dimension:
        return False
    before = analysis.document.text[max(0, fact.start - 40) : fact.start]
    return _BEFORE.search(before) is not None


def _owner(analysis: Analysis, fact: Fact) -> str:
    """The place the population is of: the last place its sentence names before it, outside a
    relative clause that holds the population ("the island, which lies off Bandar Abbas and is
    home to 100,000 people" is the island's, not Bandar Abbas's)."""
    start = analysis.sentences[fact.sentence].start
    clause = _RELATIVE.search(analysis.document.text, start, fact.start)
    end = fact.start
    while clause is not None:
        end = clause.start()
        clause = _RELATIVE.search(analysis.document.text, clause.end(), fact.start)
    places = [
        f.key
        for f in analysis.facts
        if f.sentence == fact.sentence and f.type is MentionType.PLACE and f.end <= end
    ]
    return places[-1] if places else _UNKNOWN


_RELATIVE = re.compile(r",\s+(?:which|where)\b", re.I)


def population_pairs(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """ "Qeshm island, home to 120,000 people" / "the island ... is home to about 100,000
    people": the one population each of two related sentences gives, of one place (or of a place
    only one of them names), is one figure told twice, however the rest of the sentences differ.
    """
    refs = (left.reference_date, right.reference_date)
    drafts: list[Draft] = []
    # Read once per comparison, not once per sentence pair: claimable() scans every fact.
    mine, yours = _populations(left), _populations(right)
    for pair in strongest_first(pairs, tuning.CONFLICT_NEAR):
        ours = mine.get(pair.left, [])
        theirs = yours.get(pair.right, [])
        if len(ours) != 1 or len(theirs) != 1:
            continue
        a, b = ours[0], theirs[0]
        owners = {_owner(left, a), _owner(right, b)} - {_UNKNOWN}
        kinds = {_kind(left, a), _kind(right, b)}
        if len(owners) > 1 or len(kinds) > 1 or _UNKNOWN in kinds:
            continue  # "Bandar Abbas, a city of 500,000" / "the island ... home to 100,000"
        if ledger.judged(Side.LEFT, a) or ledger.judged(Side.RIGHT, b):
            continue
        assert a.number is not None and b.number is not None
        rel = number_relation(a.number, b.number)
        if rel is None:
            continue
        ledger.judge("population", [a], [b])
        drafts.append(value_draft(rel, a, b, "population", refs, 0.6 + pair.score / 2))
    return drafts


def _kind(analysis: Analysis, fact: Fact) -> str:
    """The kind of place the population is of, by the noun that says it: "a city of 500,000"
    is a city's, "Qeshm island, home to" and "the island, which ... is home to" an island's."""
    start = analysis.sentences[fact.sentence].start
    text = analysis.document.text
    named = _KIND_OF.search(text, max(start, fact.start - 40), fact.start)
    if named is not None:
        return named.group(1).lower()
    openers = list(_OPENER.finditer(text, start, fact.start))
    return openers[-1].group(1).lower() if openers else _UNKNOWN


_KIND_OF = re.compile(
    rf"\b(town|city|village|island|country|nation|province|state|county|district|community"
    rf"|region|suburb|capital|municipality|port)\s+of\s+(?:{_HEDGES}\s+)?$",
    re.I,
)
# The noun an apposition or a relative clause tells the population of: "Qeshm island, home
# to", "the island, which is ... home to".
_OPENER = re.compile(r"(\w+),\s+(?:which|where|home\s+to)\b", re.I)


def _populations(analysis: Analysis) -> dict[int, list[Fact]]:
    """Sentence -> the populations it gives."""
    found: dict[int, list[Fact]] = {}
    for f in claimable(analysis):
        if not f.other_event and _population(analysis, f):
            found.setdefault(f.sentence, []).append(f)
    return found


_BEFORE = re.compile(
    rf"(?:\bhome to|\b(?:town|city|village|island|country|nation|province|state|county|district"
    rf"|community|region|suburb|capital|municipality|port)\s+of)\s+(?:{_HEDGES}\s+)?$",
    re.I,
)
