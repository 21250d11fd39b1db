"""The reverse default: one figure each of one kind, in two sentences that tell the same thing,
is one claim. "The storm killed 12 people" / "Eleven people died in the storm"; "shares fell 4
percent" / "the stock lost 6 percent"; "a 40 km detour" / "a 25-kilometre detour".

The passes before this one compare two figures only where a rule names their wording, and another
writer words the same fact another way. This pass runs last, on the figures no rule decided: in
each aligned sentence pair (at or above ``tuning.CLAIM_PAIR``), and in each sentence's single best
partner when the two share a named person or body or the noun the figures count, a sentence that
gives exactly one figure of a kind (the same unit, money, an age, a length of time, or a count of
the same noun or toll) is set against the other's one figure of that kind. Compatible (equal,
rounded, a bound the other meets) is an agreement; otherwise a conflict quoting both wordings,
unless the existing relation says they measure different things or a general reason sets them
apart (``claims_apart``: another time, a rate, a part, two holders, a change against a state).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.changes.company_measures import two_measures
from desktop.core.findings import tuning
from desktop.core.findings.amounts.measured_nouns import measure_different_nouns
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    comparable_scale,
    is_age,
    relation,
    restated,
    slot_name,
    specific,
    tolls_told,
)
from desktop.core.findings.bookkeeping.claims_apart import set_apart, told
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.care_parts import groups_apart
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.findings.datetimes.spans.other_quarters import other_quarters
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.lexicon.counted_families import COUNTED_FAMILIES
from desktop.core.model import MentionType, Side

Kind = tuple[str, str]
Kinds = dict[int, dict[Kind, list[Fact]]]


def kind_of(fact: Fact) -> Kind | None:
    """What a figure measures, at the grain two figures must share to be one claim: an age, a
    length of time, money, one unit, or a count of one toll or one noun. None for a figure that
    says neither (a bare number with no noun)."""
    number = fact.number
    if number is None or fact.date is not None:
        return None
    if is_age(fact):
        return ("age", "")
    if fact.key.startswith("duration:"):
        return ("duration", "")  # "18 months" / "two years": one length, two units
    if fact.type is MentionType.MONEY:
        return ("money", "")  # two currencies are compared at a rate (currency_sums)
    if number.dimension:
        return ("unit", number.dimension)
    tolls = tolls_told(fact)
    if len(tolls) == 1:
        return ("toll", next(iter(tolls)))  # "12 killed" / "11 people died": the dead
    if fact.counted:
        return ("count", COUNTED_FAMILIES.get(fact.counted, fact.counted))
    return None


def _kinds(analysis: Analysis) -> Kinds:
    """Each sentence's figures by kind, judged or not: a sentence with two figures of a kind
    gives no one figure of it, whatever a rule decided of the other."""
    out: Kinds = defaultdict(lambda: defaultdict(list))
    for fact in claimable(analysis):
        if fact.weak or fact.number is None or restated(fact, analysis):
            continue
        kind = kind_of(fact)
        if kind is not None:
            out[fact.sentence][kind].append(fact)
    return out


def one_claim_default(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
    links: dict[str, str],
    ledger: Ledger,
) -> list[Draft]:
    """Verdicts on the lone figures of one kind no rule decided, in sentences that pair."""
    refs = (left.reference_date, right.reference_date)
    ours, theirs = _kinds(left), _kinds(right)
    drafts: list[Draft] = []
    for pair in _partners(pairs, scores, ours, theirs):
        mine, other = ours[pair.left], theirs[pair.right]
        for kind in sorted(mine.keys() & other.keys()):
            if len(mine[kind]) != 1 or len(other[kind]) != 1:
                continue
            fa, fb = mine[kind][0], other[kind][0]
            if ledger.judged(Side.LEFT, fa) or ledger.judged(Side.RIGHT, fb):
                continue
            if pair.score < tuning.CLAIM_PAIR and not (
                _only_mates(kind, pair, ours, theirs, scores)
                and (kind[0] in ("toll", "count") or _anchored(fa, fb, left, right, links))
            ):
                continue  # a sum in a sentence that shares only its topic with the other
            rel = _relation(fa, fb, (left, right), refs, links)
            if rel is None or (rel is Relation.SAME and fa.key != fb.key):
                # "90-day" / "three-month": one length in two units, which this pass cannot word
                # without quoting a figure one side does not write; left to the one-sided pass.
                continue
            ledger.judge("one claim", [fa], [fb])
            strength = tuning.ONE_CLAIM_STRENGTH + pair.score / 2
            drafts.append(value_draft(rel, fa, fb, slot_name(fa, fb), refs, strength))
    return drafts


def _relation(
    fa: Fact,
    fb: Fact,
    analyses: tuple[Analysis, Analysis],
    refs: tuple[object, object],
    links: dict[str, str],
) -> Relation | None:
    left, right = analyses
    # "600 jobs" / "800 layoffs": one family of nouns is one noun to the relation.
    same_noun = replace(fb, counted=fa.counted) if _one_family(fa, fb) else fb
    rel = relation(fa, same_noun, refs)  # type: ignore[arg-type]
    if rel is None:
        return None  # two happenings, two holders, a part, an age of another: the rules' own
    if rel is Relation.CLASH and not ((specific(fa) or specific(fb)) and comparable_scale(fa, fb)):
        return None  # "hundreds" / "dozens" are no figures to contradict
    if (
        measure_different_nouns(left, fa, right, fb)
        or whole_against_part((left, fa), (right, fb))
        or two_measures(fa.slot, fb.slot)  # "profit rose 18%" / "revenue rose 11%"
        or other_quarters(fa, left, fb, right)
        or groups_apart(fa, left, fb, right)
        or ages_of_others(left, fa, right, fb)
        or set_apart(told(left, fa), told(right, fb), links)
    ):
        return None
    return rel


def _one_family(a: Fact, b: Fact) -> bool:
    return a.counted != b.counted and COUNTED_FAMILIES.get(a.counted, a.counted) == (
        COUNTED_FAMILIES.get(b.counted, b.counted)
    )


def _anchored(fa: Fact, fb: Fact, left: Analysis, right: Analysis, links: dict[str, str]) -> bool:
    """Below the bar, two sentences speak of one thing when they name one person or body, or the
    two figures hang on one noun."""
    heads_a = {w for w, weight in fa.slot.items() if weight >= 1.0}
    if heads_a & {w for w, weight in fb.slot.items() if weight >= 1.0}:
        return True
    keys_b = {f.key for f in right.facts if f.sentence == fb.sentence and f.key}
    return any(
        links.get(f.key, "") in keys_b
        for f in left.facts
        if f.sentence == fa.sentence and f.key and f.type in _ANCHORS
    )


_ANCHORS = frozenset({MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE})


def _partners(
    pairs: Sequence[SentencePair], scores: np.ndarray, ours: Kinds, theirs: Kinds
) -> Iterator[SentencePair]:
    """The aligned pairs at the bar claims are compared at, strongest first; then the pairs of
    sentences with figures that score at least ``tuning.ONE_CLAIM_PARTNER`` below that bar."""
    yield from strongest_first(pairs, tuning.CLAIM_PAIR)
    loose = [
        SentencePair(i, j, float(scores[i, j]))
        for i in ours
        for j in theirs
        if i < scores.shape[0]
        and j < scores.shape[1]
        and tuning.ONE_CLAIM_PARTNER <= scores[i, j] < tuning.CLAIM_PAIR
    ]
    yield from strongest_first(loose)


def _only_mates(
    kind: Kind, pair: SentencePair, ours: Kinds, theirs: Kinds, scores: np.ndarray
) -> bool:
    """Below the bar, each sentence is the only one near the other that gives a figure of the
    kind: "cut about 600 jobs" meets "the loss of 800 jobs" when no other sentence near either
    counts jobs."""
    near_right = [
        j for j in theirs if kind in theirs[j] and scores[pair.left, j] >= tuning.ONE_CLAIM_PARTNER
    ]
    near_left = [
        i for i in ours if kind in ours[i] and scores[i, pair.right] >= tuning.ONE_CLAIM_PARTNER
    ]
    return near_right == [pair.right] and near_left == [pair.left]
