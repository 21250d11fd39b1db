"""Claims compared where the articles speak of the same thing: inside aligned sentence pairs.

Every well-aligned pair has its claims of one kind compared one by one: a weekday against a
weekday, the count of dead against the count of dead, the person in a role against the person in
it (``named``). The day each lead gives the event is compared in ``lead_days``; near-identical
sentences went first (``swaps``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.changes.company_measures import two_measures
from desktop.core.findings import tuning
from desktop.core.findings.amounts.currency_sums import rate_note
from desktop.core.findings.amounts.measured_nouns import measure_different_nouns
from desktop.core.findings.amounts.subject_figures import said_of_one_subject
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.checked_clashes import checked_clash
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    comparable_scale,
    different_things_counted,
    family,
    is_age,
    is_time,
    one_dated_thing,
    one_toll_told,
    overlap,
    relation,
    restated,
    several_aged,
    slot_name,
    specific,
    tally_sentences,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.lone_figures import grain, lone_in_sentence, same_unit
from desktop.core.findings.bookkeeping.missed_counts import counts_the_parser_missed
from desktop.core.findings.bookkeeping.pair_order import pair_order
from desktop.core.findings.bookkeeping.wording import hedged, value_reason
from desktop.core.findings.counts.care_parts import groups_apart
from desktop.core.findings.counts.count_frames import framed_relation, same_count_frame
from desktop.core.findings.counts.how_often import times_in_pair
from desktop.core.findings.counts.named_beside import counted_with_named, named_worded
from desktop.core.findings.counts.ordinal_pairs import ordinals_in_pair
from desktop.core.findings.counts.other_groups import set_apart_clash
from desktop.core.findings.counts.tallies_apart import tallies_apart
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.findings.datetimes.clocks.lone_clocks import lone_clocks
from desktop.core.findings.datetimes.days.calendar_days import two_bare_months
from desktop.core.findings.datetimes.days.set_apart_days import day_set_apart
from desktop.core.findings.datetimes.spans.labelled_years import one_labelled_happening
from desktop.core.findings.datetimes.spans.lone_spans import length_against_bare_span
from desktop.core.findings.datetimes.spans.other_quarters import other_quarters
from desktop.core.findings.events.causes import causes_in_pair
from desktop.core.findings.events.vehicle_colours import colours_in_pair
from desktop.core.findings.events.weapons import weapons_in_pair
from desktop.core.findings.locations.regions import regions_in_pair
from desktop.core.findings.names.named import names_in_pair, same_words_before
from desktop.core.findings.names.named_bodies import bodies_in_pair
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.findings.persons.named_ages import unnamed_same_age
from desktop.core.findings.sport.goal_times import goals_in_pair
from desktop.core.model import FindingKind, MentionType, Side

Refs = tuple[date | None, date | None]

# The ledger's name for a verdict that one figure only allows the other ("at least 50" / "80").
ALLOWED = "allowed"
# ... and for the very same figure in two aligned sentences: the other article may give a second
# figure for that thing ("5.9, Tehran's center said" / "the USGS said 6.1"), see across.py.
AGREED = "aligned alike"


def by_sentence(facts: Iterable[Fact], *, weak: bool = False) -> dict[int, list[Fact]]:
    out: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        if weak or not fact.weak:
            out[fact.sentence].append(fact)
    return out


def value_draft(rel: Relation, a: Fact, b: Fact, slot: str, refs: Refs, strength: float) -> Draft:
    """One verdict on two claims of one slot, worded with both wordings."""
    kind = (
        FindingKind.AGREE if rel in (Relation.SAME, Relation.CONSISTENT) else FindingKind.CONFLICT
    )
    confidence = {
        Relation.SAME: min(0.95, 0.5 + strength / 2),
        Relation.CONSISTENT: tuning.CONSISTENT_CONFIDENCE,
        Relation.BOUNDS: tuning.BOUNDS_CONFIDENCE,
        Relation.CLASH: min(0.95, max(strength, tuning.CONFLICT_SCORE)),
    }[rel]
    if rel is Relation.CLASH and (hedged(a) or hedged(b)):
        # "about 6.0" / "6.1": never corroboration, but a rounding or a revision may hold both.
        confidence = min(confidence, tuning.HEDGED_CLASH_CONFIDENCE)
    note = rate_note(a, b, rel, refs)  # two currencies: the rate band they were compared at
    if note and rel is Relation.CLASH:
        confidence = min(confidence, tuning.CURRENCY_CLASH_CONFIDENCE)
    if rel is Relation.CLASH and (apart := set_apart_clash(a, b)):
        note, confidence = note + apart[0], min(confidence, apart[1])  # "five other" / "four"
    reason = value_reason(rel, a, b, slot, refs) + note
    return Draft(kind, report_type(a), [a], [b], reason, confidence)


# --- claims of one slot inside aligned sentences --------------------------------------------------


def aligned_claims(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    links: dict[str, str],
    ledger: Ledger,
) -> list[Draft]:
    """Compare what two well-aligned sentences say of the same thing, claim by claim.

    "sank off the coast on Sunday" / "... on Monday" is a conflict on the weekday; "killing one
    man" / "killing four men" on the count; "coach Sean Miller" / "head coach Sean Parker" on the
    person in the role. Best-aligned pairs go first, so each claim meets its closest partner.
    """
    refs = (left.reference_date, right.reference_date)
    left_facts, right_facts = (
        by_sentence(claimable(left), weak=True),
        by_sentence(claimable(right), weak=True),
    )
    linked_right = set(links.values())
    linked = (set(links), linked_right)
    keys = (by_key(left.facts), by_key(right.facts))
    tallies = (tally_sentences(left), tally_sentences(right))
    drafts: list[Draft] = []
    told_ordinals: set[tuple[Side, int]] = set()  # ordinals a closer pair gives alike
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        # "shot twice" / "shot three times": counts of times, in sentences that may hold no fact.
        drafts += [
            value_draft(rel, a, b, verb, refs, 0.6 + pair.score / 2)
            for rel, a, b, verb in times_in_pair((left, right), pair, ledger)
        ]
        # "scored twice" / "scored two goals": a scorer's count of times counts the goals.
        drafts += [
            value_draft(rel, a, b, noun, refs, 0.6 + pair.score / 2)
            for rel, a, b, noun in goals_in_pair((left, right), pair, ledger)
        ]
        drafts += causes_in_pair((left, right), pair, ledger)  # "died of pneumonia" / "of a stroke"
        drafts += weapons_in_pair((left, right), pair, ledger)  # "a shotgun" / "a handgun"
        drafts += colours_in_pair((left, right), pair, ledger)  # "a silver Honda" / "a black"
        # "the sixth round" / "the fourth round": one place in one series.
        drafts += [
            value_draft(rel, a, b, noun, refs, 0.6 + pair.score / 2)
            for rel, a, b, noun in ordinals_in_pair((left, right), pair, ledger, told_ordinals)
        ]
        mine = ledger.free(Side.LEFT, left_facts.get(pair.left, []))
        theirs = ledger.free(Side.RIGHT, right_facts.get(pair.right, []))
        if not mine or not theirs:
            continue
        if pair.left in tallies[0] or pair.right in tallies[1]:
            # "six killed in shootings across the city": a tally, set against no one toll.
            mine = [f for f in mine if not _tallied(f)]
            theirs = [f for f in theirs if not _tallied(f)]
        drafts += _values_in_pair(mine, theirs, pair, refs, ledger, keys, (left, right))
        drafts += [
            value_draft(rel, a, b, slot, refs, 0.6 + pair.score / 2)
            for rel, a, b, slot in counts_the_parser_missed(
                (left, right), pair, mine, theirs, refs, ledger
            )
        ]
        drafts += names_in_pair(mine, theirs, links, linked_right, (left, right), pair, ledger)
        drafts += regions_in_pair(mine, theirs, links, linked_right, (left, right), pair, ledger)
        # "at Betty Ford Center" / "the Betty Brennan Treatment Center"
        drafts += bodies_in_pair(mine, theirs, linked, (left, right), pair, ledger)
    return drafts


def _values_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    pair: SentencePair,
    refs: Refs,
    ledger: Ledger,
    keys: tuple[dict[str, list[Fact]], dict[str, list[Fact]]],
    analyses: tuple[Analysis, Analysis],
) -> list[Draft]:
    drafts = []
    for kind in ("value", "date"):
        a_side = [f for f in mine if family(f) == kind and not ledger.judged(Side.LEFT, f)]
        b_side = [f for f in theirs if family(f) == kind and not ledger.judged(Side.RIGHT, f)]
        restated_pairs: list[tuple[Fact, Fact]] = []
        candidates: list[tuple[float, Fact, Fact, Relation, bool]] = []
        for fa in a_side:
            for fb in b_side:
                rel = relation(fa, fb, refs) or unnamed_same_age(fa, fb, refs)
                # The frame of words, not the parser's attachment, says what both count.
                framed = rel is None
                rel = rel or framed_relation(fa, fb, analyses, pair, refs)
                if rel is None:
                    continue
                rel = counted_with_named(rel, fa, fb, analyses)  # "the pilot and two" / "Three"
                conversions = restated(fa, analyses[0]), restated(fb, analyses[1])
                if all(conversions):
                    # Two conversions of one amount: neither a conflict nor a one-sided fact.
                    restated_pairs.append((fa, fb))
                    continue
                if any(conversions):
                    continue  # the amount before the brackets carries the claim: compare that
                slot = overlap(fa.slot, fb.slot)
                lone = lone_in_sentence(fa, a_side, refs[0], analyses[0]) and lone_in_sentence(
                    fb, b_side, refs[1], analyses[1]
                )
                if fa.date is not None and fb.date is not None:
                    lone = lone and grain(fa, refs[0]) == grain(fb, refs[1])
                    lone = lone and not (
                        day_set_apart(fa, analyses[0]) or day_set_apart(fb, analyses[1])
                    )  # "resumed after being halted on Sunday": the halting's day
                # The very same figure in two matching sentences is one claim, however the words
                # around it differ ("five hurt" / "Five Wounded"); a different one needs the slot.
                same = rel is Relation.SAME and fa.key == fb.key and specific(fa)
                if (
                    slot < tuning.CONFLICT_SLOT
                    and not same
                    and not (
                        lone
                        and (same_unit(fa, fb) or one_toll_told(fa, fb))
                        and not two_measures(fa.slot, fb.slot)  # revenue / profit
                        and not length_against_bare_span(fa, fb)  # "two years left" / "3-year deal"
                    )
                    and not same_words_before(fa, fb, analyses, pair)
                    and not same_count_frame(fa, fb, analyses, pair)
                    and not said_of_one_subject(fa, fb, analyses, pair)  # "Turnout was 41%"
                    and not one_labelled_happening(fa, fb, a_side, b_side)
                    and not one_dated_thing(fa, fb)  # "a 2013 release date" / "a 2012 release"
                    and not lone_clocks(fa, fb, mine, theirs, analyses)
                ):
                    continue
                if rel is Relation.CLASH and not (
                    (
                        specific(fa)
                        or specific(fb)
                        or (is_time(fa) and is_time(fb))
                        or (
                            lone and two_bare_months(fa, fb, analyses, pair)
                        )  # "in January" / "in February"
                    )
                    and comparable_scale(fa, fb)
                ):
                    continue  # "9 p.m." / "11 p.m." are precise; "hundreds" / "dozens" are not
                if rel in (Relation.CLASH, Relation.BOUNDS) and (
                    counted_apart(fa, keys[1].get(fa.key, ()), fb, keys[0].get(fa.key, ()))
                    or counted_apart(fb, keys[0].get(fb.key, ()), fa, keys[1].get(fb.key, ()))
                    or several_aged(fa, analyses[0].facts)
                    or several_aged(fb, analyses[1].facts)
                    or _listed_ages(fa, a_side, fb, b_side)
                    or ages_of_others(analyses[0], fa, analyses[1], fb)
                    or measure_different_nouns(analyses[0], fa, analyses[1], fb)
                    or whole_against_part((analyses[0], fa), (analyses[1], fb))
                    or tallies_apart(fa, fb)  # "9 of his 14 shots" / "21 of 38 shots"
                    # "its profit rose 18 percent" / "revenue rose 11 percent": one verb of change,
                    # two measures of a company, two figures; never two accounts of one.
                    or two_measures(fa.slot, fb.slot)
                    or other_quarters(fa, analyses[0], fb, analyses[1])  # "the third quarter"
                    or groups_apart(fa, analyses[0], fb, analyses[1])  # "Two remain hospitalized"
                ):
                    continue
                if fa.weak != fb.weak and rel is not Relation.CLASH and fa.key != fb.key:
                    continue
                score = slot + (1.0 if rel is Relation.SAME else 0.0)
                candidates.append((score, fa, fb, rel, framed))
        for fa, fb in sorted(restated_pairs, key=lambda p: pair_order(0.0, p[0], p[1])):
            ledger.take("restated", fa, fb)
        # Whichever article is on the left, each claim meets the same partner: the best-scoring
        # pairs are taken first, and a tie is broken by both claims together (see pair_order),
        # never by which side is walked first (stop 56, bench.symmetry).
        candidates.sort(key=lambda c: pair_order(c[0], c[1], c[2]))
        for _, fa, fb, rel, framed in candidates:
            if ledger.judged(Side.LEFT, fa) or ledger.judged(Side.RIGHT, fb):
                continue
            # A bound that merely allows the other figure settles nothing: the figure stays open
            # to a clash with a plain figure of the same count elsewhere (see across.py).
            verdict = {Relation.CONSISTENT: ALLOWED, Relation.SAME: AGREED}.get(rel, "aligned")
            ledger.judge(verdict, [fa], [fb])
            strength = 0.6 * overlap(fa.slot, fb.slot) + 0.6 * pair.score
            # Framed counts share a context word the parser gave one of them wrongly: name none.
            slot_word = "" if framed else slot_name(fa, fb)
            # Matching sentences may tell two stages of the story: a clash says what to check.
            draft = checked_clash(rel, value_draft(rel, fa, fb, slot_word, refs, strength))
            drafts.append(named_worded(draft, fa, fb, analyses))
    return drafts


def _tallied(fact: Fact) -> bool:
    """A figure a roundup sentence adds up: a count of people or happenings ("twelve killed so
    far this year"). An age is no tally, nor a sum of money or a share: "dropped to $1.9 billion
    from $2.1 billion in the same period last year" gives two sums of two periods."""
    if fact.number is None or is_age(fact):
        return False
    return fact.type not in (MentionType.MONEY, MentionType.PERCENT)


def _listed_ages(fa: Fact, mine: list[Fact], fb: Fact, theirs: list[Fact]) -> bool:
    """ "A 24-year-old woman and a 36-year-old man" / "A 29-year-old man and a 28-year-old
    woman": sentences that age several people list them in any order and need not name the
    same ones, so an age is set against another only when each is its sentence's one age (or
    both are given beside the same name)."""
    if not is_age(fa) or (fa.owner and fa.owner == fb.owner):
        return False
    return sum(is_age(f) for f in mine) > 1 or sum(is_age(f) for f in theirs) > 1


def by_key(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """The facts grouped by their key (one name, one figure), in text order."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        out[fact.key].append(fact)
    return dict(out)


def counted_apart(
    fact: Fact, same_value: Iterable[Fact], clashing: Fact, own_same_value: Iterable[Fact] = ()
) -> bool:
    """The other side gives this very value elsewhere, for something else than the figure that
    clashes with it ("10 killed" apart from "50 hurt"): the two figures count different things.
    When that other mention counts what the clashing figure counts ("One man was shot" beside
    "killing four men"; "hosted in 2007" beside "hosted in 2006"), the other side gives two
    values for one thing, and the clash stands. A mention that leaves out the part the clash is
    about is not the very value: "around 7 p.m." gives no day, so it does not set "7 p.m.
    Wednesday night" apart from "Monday night". Nor does a value this side also gives for what
    the other mention counts (``own_same_value``): with "five killed" on both sides, this side's
    "Five were injured" is a second figure of its own, not the toll read twice."""
    others = [
        other
        for other in same_value
        if other is not clashing
        and not (fact.date is not None and other.date is None)
        # "two and three jobs" is no other reading of "two women": it counts another kind
        and not different_things_counted(fact, other)
    ]
    if not others:
        return False
    heads = _heads(clashing)
    if any(heads & _heads(o) for o in others):
        return False
    counted_there = set().union(*(_heads(o) for o in others))
    return not any(
        own is not fact and counted_there & _heads(own) and not heads & _heads(own)
        for own in own_same_value
    )


def _heads(fact: Fact) -> set[str]:
    """What the figure counts, by the words it hangs on with full weight."""
    return {w for w, weight in fact.slot.items() if weight >= 1.0}
