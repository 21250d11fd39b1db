"""Counts of one kind of thing told with other words in two aligned sentences: "tens of thousands
of union members rallied" / "as many as 20,000 people took to the streets".

Two sentences that tell the same thing may count it with another noun ("people" for "union
members", "homes" for "houses") or another verb ("rallied" / "took to the streets"), so the
context words the figures hang on differ and no slot joins them. A linguist would still read one
count in both when the counted nouns name the same kind of thing (the same word, a near-synonym
in the sentence model's table, or the generic "people" for any group of people) and the two
counts play the same part in their sentences: both add to a count told before ("another five",
"20 more"), both hang on the same verb, or each is its sentence's only count of that kind. Two
values that cannot both hold are then a conflict quoting both wordings; bounds and vague words
("at least", "as many as", "tens of thousands") keep their ranges, so compatible ones agree.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.alignment.embed import default_table
from desktop.core.alignment.similarity import similarity
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    comparable_scale,
    is_age,
    locates,
    relation,
    specific,
    tally_sentences,
    tolls_told,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.wording import value_reason
from desktop.core.findings.counts.elided_nouns import elided_noun
from desktop.core.findings.counts.whole_counts import counts_a_whole, whole_against_part
from desktop.core.findings.events.happenings import happening
from desktop.core.lexicon import PERSON_NOUNS, VICTIM_NOUNS
from desktop.core.lexicon.counted_nouns import ANY_GROUP_NOUNS
from desktop.core.lexicon.further import FURTHER_AFTER, FURTHER_BEFORE, NOT_COUNTED_NOUNS
from desktop.core.lexicon.trade_nouns import COUNTED_THING
from desktop.core.model import FindingKind, Side

Refs = tuple[date | None, date | None]

_AT_ODDS = frozenset({Relation.BOUNDS, Relation.CLASH})
# Nouns that name people and nothing more: "people" may stand for any group of them.
_GENERIC_PEOPLE = frozenset(["people", "person"])
_PEOPLE = PERSON_NOUNS | ANY_GROUP_NOUNS | VICTIM_NOUNS
# Words a noun phrase puts between a figure and its noun: "three strong aftershocks", "tens of
# thousands of union members".
_NOUN_REACH = 4


@dataclass(frozen=True)
class Count:
    """A figure with the noun it counts, the verbs it hangs on and whether it adds to a count."""

    fact: Fact
    noun: str
    verbs: frozenset[str]
    further: bool  # "another five", "20 more": a batch added to one told before
    wording: str  # the figure with its marker and noun as written: "an additional six engines"


def count_of(analysis: Analysis, fact: Fact) -> Count | None:
    """The count a figure makes of a noun, or None for a figure that counts no thing."""
    number = fact.number
    if (
        number is None
        or fact.date is not None
        or number.dimension
        or number.high <= 1
        or is_age(fact)
        or fact.other_event
        or fact.generic
        or fact.coming
        or fact.held
        or fact.interval
        or locates(fact)
        or counts_a_whole(analysis, fact)  # "650" of "412 of the 650 seats"
    ):
        return None
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t for t in tokens if t.end <= fact.start]
    after = [t for t in tokens if t.start >= fact.end]
    marker = before[-1] if before and before[-1].lower in FURTHER_BEFORE else None
    further = marker is not None or _more_after(after)
    if (fact.part or fact.weak) and not (further and fact.part):
        return None  # "one of them", "the other eight": a part of a group, never its count
    noun_token = _noun_after(after)
    noun = _own_noun(fact, noun_token) or elided_noun(
        analysis, fact, (before, after), functools.partial(_noun_of, analysis)
    )
    if not noun or noun in NOT_COUNTED_NOUNS:
        return None
    verbs = {w for w, weight in fact.slot.items() if weight >= 1.0} - {noun, "age"}
    if not verbs:
        # A figure the parser left unattached: the verb before it ("called in an additional six").
        verb = next(
            (
                t.content
                for t in reversed(before)
                if t.content and not t.noun and t.lower not in FURTHER_BEFORE
            ),
            "",
        )
        verbs = {verb} - {""}
    start = marker.start if marker is not None else fact.start
    end = noun_token.end if noun_token is not None else fact.end
    wording = analysis.document.text[start:end]
    return Count(fact, noun, frozenset(happening(v) for v in verbs), further, wording)


def _noun_of(analysis: Analysis, fact: Fact) -> str:
    """The noun a figure counts by its own words: "people" of "about 38,500 people"."""
    tokens = analysis.sentence_tokens[fact.sentence]
    return _own_noun(fact, _noun_after([t for t in tokens if t.start >= fact.end]))


def _own_noun(fact: Fact, noun_token: Token | None) -> str:
    """The counted noun the extractor gave the figure, else the noun right after it."""
    return fact.counted.split(" and ")[0] or (noun_token.content if noun_token else "")


def _more_after(after: Sequence[Token]) -> bool:
    """ "20 more people", not "20 more than last year"."""
    return (
        bool(after)
        and after[0].lower in FURTHER_AFTER
        and not (len(after) > 1 and after[1].lower == "than")
    )


def _noun_after(after: Sequence[Token]) -> Token | None:
    """The last noun of the noun phrase a figure opens: "members" of "tens of thousands of union
    members", "aftershocks" of "three strong aftershocks"."""
    found = None
    for token in after[:_NOUN_REACH]:
        if token.noun and token.content:
            found = token
            continue
        if found is not None:
            break
        if token.lower in FURTHER_AFTER or token.lower == "of" or token.content:
            continue  # "20 more people", "tens of thousands of", "three strong aftershocks"
        break
    return found


def same_kind(a: str, b: str) -> bool:
    """Two counted nouns name the same kind of thing: one word, "people" for a group of people,
    a trade's two words for one thing (show/concert), or two words the sentence model's table
    sets this close (house/home, car/vehicle)."""
    if a == b:
        return True
    if (a in _GENERIC_PEOPLE and b in _PEOPLE) or (b in _GENERIC_PEOPLE and a in _PEOPLE):
        return True
    if COUNTED_THING.get(a, a) == COUNTED_THING.get(b, b):
        return True  # a trade's own words for one thing: "149 shows" / "149 concerts"
    return _cosine(*sorted((a, b))) >= tuning.KINDRED_NOUN


def people_noun(noun: str) -> bool:
    return noun in _PEOPLE


@functools.lru_cache(maxsize=4096)
def _cosine(a: str, b: str) -> float:
    table = default_table()
    if table is None:
        return 0.0  # no table: the word itself is the only test
    vectors = table.sentence_vectors([a, b])
    return similarity(vectors[0], vectors[1])


def as_one_slot(x: Count, y: Count) -> tuple[Fact, Fact]:
    """The two figures read as counts of one noun (and, when both add to a count, as whole
    counts of the batch they add)."""
    both = x.further and y.further
    return (
        replace(x.fact, counted=x.noun, part=x.fact.part and not both),
        replace(y.fact, counted=x.noun, part=y.fact.part and not both),
    )


def kindred_relation(x: Count, y: Count, refs: Refs) -> Relation | None:
    """How two counts of one kind relate, or None when they cannot be set against each other."""
    if x.further != y.further:
        return None  # "another five people" adds to a group; "20 people" is a whole
    if tolls_told(x.fact) != tolls_told(y.fact):
        return None  # "killed three people" / "Five people were at home": two groups
    fa, fb = as_one_slot(x, y)
    rel = relation(fa, fb, refs)
    if rel is Relation.CLASH and not ((specific(fa) or specific(fb)) and comparable_scale(fa, fb)):
        return None  # "hundreds" / "dozens" are not precise enough to contradict
    return rel


def kindred_draft(rel: Relation, x: Count, y: Count, refs: Refs, confidence: float) -> Draft:
    """One verdict on two counts of one kind, the conflict quoting both wordings."""
    if rel in (Relation.SAME, Relation.CONSISTENT):
        fa, fb = x.fact, y.fact
        reason = value_reason(rel, fa, fb, "", refs)
        strength = tuning.CONSISTENT_CONFIDENCE if rel is Relation.CONSISTENT else confidence
        return Draft(FindingKind.AGREE, report_type(fa), [fa], [fb], reason, strength)
    if rel is Relation.BOUNDS:
        reason = (
            f"The left says {x.wording!r}, the right {y.wording!r}: different bounds or "
            "estimates of one count. Both may be true at different times; check which is more "
            "recent."
        )
        confidence = tuning.BOUNDS_CONFIDENCE
    else:
        reason = (
            f"Different counts of the same thing: the left says {x.wording!r}, the right "
            f"{y.wording!r}."
        )
    return Draft(FindingKind.CONFLICT, report_type(x.fact), [x.fact], [y.fact], reason, confidence)


def kindred_counts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Counts of one kind of thing, playing one part, in two well-aligned sentences."""
    refs = (left.reference_date, right.reference_date)
    facts = (_by_sentence(left), _by_sentence(right))
    # A running tally, or a record that breaks down into parts ("58-3 with 51 wins coming by
    # way of knockout"), counts no one thing.
    tallies = (_tallies(left), _tallies(right))
    every = (_counts(left, claimable(left)), _counts(right, claimable(right)))
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.KINDRED_PAIR):
        if pair.left in tallies[0] or pair.right in tallies[1]:
            continue
        mine = _counts(left, ledger.free(Side.LEFT, facts[0].get(pair.left, [])))
        theirs = _counts(right, ledger.free(Side.RIGHT, facts[1].get(pair.right, [])))
        for x in mine:
            for y in theirs:
                if ledger.judged(Side.LEFT, x.fact) or ledger.judged(Side.RIGHT, y.fact):
                    continue
                if not same_kind(x.noun, y.noun) or not _same_part(x, y, mine, theirs):
                    continue
                rel = kindred_relation(x, y, refs)
                if rel is None or (
                    rel in _AT_ODDS
                    and (
                        _told_alike(x, y, every, refs)
                        or _beside_its_own(x, y, facts)
                        # "seven satellites destroyed" / "now has 52 satellites": a part
                        or whole_against_part((left, x.fact), (right, y.fact))
                    )
                ):
                    continue
                ledger.judge("kindred counts", [x.fact], [y.fact])
                drafts.append(kindred_draft(rel, x, y, refs, tuning.KINDRED_CONFIDENCE))
    return drafts


def _told_alike(x: Count, y: Count, every: tuple[list[Count], list[Count]], refs: Refs) -> bool:
    """Either article gives the other's count of this kind elsewhere in the very same value
    ("tens of thousands of union members rallied" / "tens of thousands of people joined ...
    as many as 20,000 people took to the streets of Athens"): by its own account its second
    figure counts another crowd (one city's, one moment's), so the two are not set against
    each other."""
    for count, others in ((x, every[1]), (y, every[0])):
        for other in others:
            if (
                other.fact is y.fact
                or other.fact is x.fact
                or not same_kind(count.noun, other.noun)
            ):
                continue
            if kindred_relation(count, other, refs) is Relation.SAME:
                return True
    return False


def _beside_its_own(
    x: Count, y: Count, facts: tuple[dict[int, list[Fact]], dict[int, list[Fact]]]
) -> bool:
    beside = (facts[0].get(x.fact.sentence, []), facts[1].get(y.fact.sentence, []))
    return figure_beside_its_own(x.fact, y.fact, *beside)


def figure_beside_its_own(
    a: Fact, b: Fact, beside_a: Sequence[Fact], beside_b: Sequence[Fact]
) -> bool:
    """Either sentence gives the other's very figure beside its own count: "has 2,944 cores,
    compared with 2,560 for the older GTX 1080" / "the GTX 1080 had 2,560 cores". The sentence
    sets two things side by side, and the other article's count is of the second one, whatever
    noun the figure goes without. ``beside_a`` and ``beside_b`` are the facts of each figure's
    sentence."""
    for own, other, beside in ((a, b, beside_a), (b, a, beside_b)):
        if any(f is not own and f.key == other.key for f in beside):
            return True
    return False


def _same_part(x: Count, y: Count, mine: list[Count], theirs: list[Count]) -> bool:
    """Both add to a count told before, or hang on one verb, or each is its sentence's only
    count of that kind."""
    if x.further and y.further:
        return True
    if x.verbs & y.verbs:
        return True
    return (
        sum(same_kind(c.noun, x.noun) for c in mine) == 1
        and sum(same_kind(c.noun, y.noun) for c in theirs) == 1
    )


def _tallies(analysis: Analysis) -> frozenset[int]:
    records = {
        f.sentence for f in analysis.facts if f.number is not None and f.number.dimension == "tally"
    }
    return tally_sentences(analysis) | records


def _by_sentence(analysis: Analysis) -> dict[int, list[Fact]]:
    out: dict[int, list[Fact]] = {}
    for fact in claimable(analysis):
        out.setdefault(fact.sentence, []).append(fact)
    return out


def _counts(analysis: Analysis, facts: list[Fact]) -> list[Count]:
    return [c for f in facts if (c := count_of(analysis, f)) is not None]
