"""Figures and dates compared across the whole article: the same count told in different places.

Every left figure picks its best agreeing and best clashing partner; each right figure then keeps
only the clash with the left figure that fits it best, so "about 50 hurt" is set against "80 hurt"
and not also against "10 killed" in a sentence the parser muddled. A clash far from any aligned
sentence counts only when a headline or lead figure is involved: that is where a story's main
facts stand, and elsewhere two figures with similar words around them are often two facts.
A clash between two figures no pass has judged holds only when the articles dropped the other way
round give it too (a journalist who swaps them must see the same conflicts): "16th straight fight"
is borne out by the other article's "16 fights in a row", so it is not set against that article's
"13 title fights in a row" whichever article stands on the left.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.slot_words import MEASURED
from desktop.core.figures.numbers.values import dates_compatible
from desktop.core.findings import tuning
from desktop.core.findings.amounts.lone_amounts import amount_key, lone_same_amount
from desktop.core.findings.amounts.measured_nouns import measure_different_nouns
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    aged_alike,
    claimable,
    comparable_scale,
    dates_a_telling,
    is_age,
    is_time,
    is_value,
    one_person_aged,
    overlap,
    relation,
    same_toll,
    several_aged,
    slot_name,
    specific,
    tally_sentences,
    written_date,
)
from desktop.core.findings.bookkeeping.comparison import AGREED, ALLOWED, value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.across_repeats import extend_with_repeats, join_right_mentions
from desktop.core.findings.counts.borne_out import bears_out, borne_out_there
from desktop.core.findings.counts.care_parts import groups_apart
from desktop.core.findings.counts.day_counts import day_within_span
from desktop.core.findings.counts.numeral_alike import numeral_of_another_thing
from desktop.core.findings.counts.part_deeds import deed_part
from desktop.core.findings.counts.second_figures import (
    credited_apart,
    second_figures,
    second_source_drafts,
    second_sourced_figures,
)
from desktop.core.findings.counts.tallies_apart import tallies_apart
from desktop.core.findings.counts.told_parts import parts_told
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.findings.datetimes.days.coarse_dates import day_and_its_month, year_and_its_day
from desktop.core.findings.datetimes.days.set_apart_days import day_set_apart
from desktop.core.findings.datetimes.spans.deed_years import years_of_a_repeated_deed
from desktop.core.findings.datetimes.spans.other_quarters import other_quarters
from desktop.core.findings.datetimes.spans.unit_only_lengths import lengths_alike_by_unit_only
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.findings.persons.named_ages import unnamed_same_age
from desktop.core.model import Side

_Pick = tuple[float, Fact, Relation]
_Refs = tuple[date | None, date | None]
_Choice = tuple[Fact, _Pick | None, _Pick | None]


def value_findings(
    left: Analysis, right: Analysis, scores: np.ndarray, ledger: Ledger
) -> list[Draft]:
    refs = (left.reference_date, right.reference_date)
    lefts = _lefts(left, ledger)
    rights = [f for f in ledger.free(Side.RIGHT, claimable(right)) if _countable(f)]
    frequency = Counter(word for fact in lefts + rights for word in fact.slot)
    choices = _choices((left, lefts), (right, rights), scores, ledger)
    # The right's figure is another source's value, for every left figure alike.
    second_sourced = second_sourced_figures(choices, (left, right))
    drafts: list[Draft] = []
    conflicts: dict[tuple[str, str], Draft] = {}
    agreed: dict[tuple[int, int], Draft] = {}
    for fa, best_ok, best_bad in choices:
        agreed_before = ledger.judged(Side.LEFT, fa)  # reopened for a clash only
        if best_bad is not None and _span(best_bad[1]) not in second_sourced:
            score, fb, rel = best_bad
            ledger.judge("across", [fa], [fb])
            # One finding per clash: "80" in headline and body against "about 50" and "50".
            group = conflicts.get(("right", fb.key)) or conflicts.get(("left", fa.key))
            if group is not None:
                _add(group.left, fa)
                _add(group.right, fb)
                continue
            draft = value_draft(rel, fa, fb, slot_name(fa, fb, frequency), refs, score)
            conflicts[("right", fb.key)] = conflicts[("left", fa.key)] = draft
            drafts.append(draft)
            # The right may give both figures ("5.9, but the USGS said 6.1"): show the match too.
        if best_ok is None or best_ok[0] < tuning.VALUE_MATCH or agreed_before:
            continue
        score, fb, rel = best_ok
        if not ledger.judged(Side.RIGHT, fb):
            ledger.judge("across", [fa], [fb])
            draft = value_draft(rel, fa, fb, slot_name(fa, fb, frequency), refs, score)
            agreed[_span(fb)] = draft
            drafts.append(draft)
        elif _span(fb) in agreed:
            # Its partner already agrees with another left figure ("10" in headline and body).
            _add(agreed[_span(fb)].left, fa)
            ledger.judge("across", [fa])
    # A right mention whose best partner is an agreed left figure joins it too, as a left one
    # does: the same quotes whichever article is on the left.
    join_right_mentions(list(agreed.values()), rights, _best_left(lefts, scores, refs), ledger)
    extend_with_repeats(drafts, left, right, ledger)
    return drafts + second_source_drafts(rights, second_sourced, ledger)


def _best_left(
    lefts: list[Fact], scores: np.ndarray, refs: _Refs
) -> Callable[[Fact], tuple[float, Fact] | None]:
    """A right figure's best agreeing left partner, scored as a left figure scores its own."""
    mirror, swapped, no = _Candidates(lefts, scores.T), (refs[1], refs[0]), frozenset[Any]()

    def best(fb: Fact) -> tuple[float, Fact] | None:  # crowds, tallies, days apart: clashes'
        ok, _ = _best_partners(fb, mirror.near(fb), scores.T, swapped, set(), (no, no), (no, no))
        return None if ok is None else (ok[0], ok[1])

    return best


def _choices(
    left_figures: tuple[Analysis, list[Fact]],
    right_figures: tuple[Analysis, list[Fact]],
    scores: np.ndarray,
    ledger: Ledger,
) -> list[_Choice]:
    """Each left figure with its best agreeing partner and the clash it keeps: the best clashing
    partner, unless that right figure fits another left figure's clash better. Each side comes
    with its figures to pair (``_lefts``, the free right ones), read once by the caller."""
    (left, lefts), (right, rights) = left_figures, right_figures
    refs = (left.reference_date, right.reference_date)
    candidates = _Candidates(rights, scores)
    lone_candidates = _LoneCandidates(rights)
    # A day is borne out by any left mention of it, with or without a verdict already.
    days = [f for f in left.facts if f.date is not None and not f.weak]
    facts = (left.facts, right.facts)
    explained = _explained(lefts + days, candidates, refs, facts)
    explained |= parts_told(left, rights)  # "the other three boats" / "The three boats"
    # Ages the article gives to several people of one description ("a 25-year-old man ... a
    # 36-year-old man"): the word names no one in particular.
    tallies = (tally_sentences(left), tally_sentences(right))
    crowded = {
        _span(f)
        for analysis in (left, right)
        for f in analysis.facts
        if several_aged(f, analysis.facts) or _listed_age(f, analysis.facts)
    }
    # "resumed after being halted on Sunday": the day of the happening the sentence sets apart.
    apart = (
        frozenset(_span(f) for f in lefts if day_set_apart(f, left)),
        frozenset(_span(f) for f in rights if day_set_apart(f, right)),
    )
    choices: list[_Choice] = []
    best_clash_for: dict[tuple[int, int], tuple[float, str]] = {}
    for fa in lefts:
        near = candidates.near(fa)
        if ledger.judged_by(Side.LEFT, fa) == AGREED:
            near = second_figures(_agreed_partners(fa, right, ledger), near)
            near = [fb for fb in near if not credited_apart((left, fa), (right, fb))]
        elif ledger.judged_by(Side.LEFT, fa) == ALLOWED:
            near = _beside_no_bound(fa, near, right, ledger, refs)
        best_ok, best_bad = _best_partners(fa, near, scores, refs, crowded, tallies, apart)
        if best_ok is None or best_ok[0] < tuning.VALUE_MATCH:
            lone = lone_candidates.of(fa)
            best_ok = _lone_partner(fa, lone, (left, right), refs, ledger) or best_ok
        if best_bad is not None and (
            _span(best_bad[1]) in explained
            or ages_of_others(left, fa, right, best_bad[1])
            or measure_different_nouns(left, fa, right, best_bad[1])
            or whole_against_part((left, fa), (right, best_bad[1]))
            or tallies_apart(fa, best_bad[1])  # a half's shots / the game's
            or years_of_a_repeated_deed(left, fa, right, best_bad[1])  # "in 2007" / "in 2001"
            or groups_apart(fa, left, best_bad[1], right)  # "Two remain hospitalized" / "six"
            or day_within_span((left, fa), (right, best_bad[1]))  # Saturday's / the unrest's
            or other_quarters(fa, left, best_bad[1], right)  # this quarter's sales / the last's
            or _day_given_as_it_stands(fa, best_ok)
            or borne_out_there(fa, candidates.near(fa), refs, facts)
        ):
            best_bad = None  # ... or "one victim, 24" / "the other victim, 31": two people
        if best_bad is not None:
            previous = best_clash_for.get(_span(best_bad[1]))
            if previous is None or best_bad[0] > previous[0]:
                best_clash_for[_span(best_bad[1])] = (best_bad[0], fa.key)
        choices.append((fa, best_ok, best_bad))
    return [
        (fa, ok, bad if bad is None or best_clash_for[_span(bad[1])][1] == fa.key else None)
        for fa, ok, bad in choices
    ]


def _day_given_as_it_stands(fa: Fact, best_ok: _Pick | None) -> bool:
    """A date the other article gives as it stands, well placed to be its partner, is borne
    out there; another date of the other article is then of another happening, not a clash:
    "complete the purchase on or around June 30, after a vote by shareholders on May 14" /
    "The deal is due to close on June 30. Investors vote on it on May 21" sets nothing against
    June 30 (agree45). A figure may still clash beside its match: "5.9, but the USGS said 6.1"."""
    return (
        fa.date is not None
        and best_ok is not None
        and best_ok[0] >= tuning.VALUE_MATCH
        and best_ok[1].key == fa.key
    )


def _countable(fact: Fact) -> bool:
    """A figure strong enough to pair, or a part told with its deed ("two of the victims were
    killed"): a count of those that did it."""
    return is_value(fact) and (not fact.weak or deed_part(fact))


def _lefts(left: Analysis, ledger: Ledger) -> list[Fact]:
    """The left figures to pair: those without a verdict, and those reopened for a clash."""
    lefts = [f for f in ledger.free(Side.LEFT, claimable(left)) if _countable(f)]
    # "injuring 80" allows "at least 50" but not the same article's "about 50 hurt"; and a
    # figure the other article gives too may still clash with a second figure it gives for that
    # thing: "5.9" agrees with "Tehran's center put it at 5.9", not with "the USGS said 6.1".
    reopened = [f for f in claimable(left) if ledger.judged_by(Side.LEFT, f) in (ALLOWED, AGREED)]
    return lefts + [f for f in reopened if not f.weak]


def _beside_no_bound(
    fact: Fact,
    near: list[Fact],
    right: Analysis,
    ledger: Ledger,
    refs: tuple[date | None, date | None],
) -> list[Fact]:
    """ "added 12,400 jobs" / "added more than 12,000 jobs, with construction adding about 3,000":
    the sentence whose bound allows the figure tells that count; its other figures tell parts or
    other things, never a second account of it."""
    bounds = {
        f.sentence
        for f in right.facts
        if ledger.judged(Side.RIGHT, f)
        and f.number is not None
        and f.number.bound in ("lower", "upper")
        and relation(fact, f, refs) is Relation.CONSISTENT
        and overlap(fact.slot, f.slot) >= tuning.CONFLICT_SLOT
    }
    return [f for f in near if f.sentence not in bounds]


def _agreed_partners(fact: Fact, right: Analysis, ledger: Ledger) -> list[Fact]:
    """The other article's mentions of the very figure, judged already (its agreed partner)."""
    return [f for f in right.facts if f.key == fact.key and ledger.judged(Side.RIGHT, f)]


def _span(fact: Fact) -> tuple[int, int]:
    return (fact.start, fact.end)


def _add(facts: list[Fact], fact: Fact) -> None:
    if all(_span(f) != _span(fact) for f in facts):
        facts.append(fact)


def _best_partners(
    fa: Fact,
    rights: list[Fact],
    scores: np.ndarray,
    refs: tuple[date | None, date | None],
    crowded: set[tuple[int, int]],
    tallies: tuple[frozenset[int], frozenset[int]],
    apart: tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]],
) -> tuple[_Pick | None, _Pick | None]:
    best_ok: _Pick | None = None
    best_bad: _Pick | None = None
    for fb in rights:
        rel = relation(fa, fb, refs) or unnamed_same_age(fa, fb, refs)
        if rel is None:
            continue
        near = float(scores[fa.sentence, fb.sentence])
        # "we had 45 minutes" / "on for ten minutes": the minute alone ties no two lengths.
        slot = 0.0 if lengths_alike_by_unit_only(fa, fb) else overlap(fa.slot, fb.slot)
        # The word a figure hangs on ("injuring 80" / "50 hurt") says more than words nearby.
        score = 0.6 * slot + 0.6 * near + tuning.SAME_HEAD_BONUS * _same_head(fa, fb)
        if rel in (Relation.SAME, Relation.CONSISTENT):
            if fa.key == fb.key:
                # The very same figure is strong evidence on its own; the same date or clock
                # time more so.
                score += 0.45 if fa.date is not None or is_time(fa) else 0.15
            if best_ok is None or score > best_ok[0]:
                best_ok = (score, fb, rel)
            continue
        lead = min(fa.sentence, fb.sentence) < tuning.LEAD_SENTENCES
        if is_age(fa) and not _one_person(fa, fb, crowded):
            continue
        if dates_a_telling(fa) or dates_a_telling(fb):
            continue  # two statements or stories, each on its own day
        if fa.number is not None and not is_age(fa) and _in_tally(fa, fb, tallies):
            continue
        same_slot = (
            (
                (slot >= tuning.CONFLICT_SLOT or _same_measure(fa, fb))
                and (near >= tuning.CONFLICT_NEAR or lead)
            )
            or (same_toll(fa, fb) and specific(fa) and specific(fb))
        ) and ((specific(fa) or specific(fb)) and comparable_scale(fa, fb))
        dated_alike = (
            _dated_alike(fa, fb, near) and _span(fa) not in apart[0] and _span(fb) not in apart[1]
        )
        if (same_slot or dated_alike) and (best_bad is None or score > best_bad[0]):
            best_bad = (max(score, tuning.CONFLICT_SCORE), fb, rel)
    return best_ok, best_bad


def _lone_partner(
    fa: Fact,
    rights: list[Fact],
    articles: tuple[Analysis, Analysis],
    refs: tuple[date | None, date | None],
    ledger: Ledger,
) -> _Pick | None:
    """The other article's only mention of the very same amount with its unit (lone_amounts),
    or of the month of the only day it gives in that month, or of that day (coarse_dates)."""
    left, right = articles
    for fb in rights:
        if (
            lone_same_amount(fa, fb, left, right, ledger)
            and relation(fa, fb, refs) is Relation.SAME
        ):
            return (tuning.VALUE_MATCH, fb, Relation.SAME)
        if (
            day_and_its_month(fa, fb, left, right) or year_and_its_day(fa, fb, left, right)
        ) and not (fa.other_event or fb.other_event):
            return (tuning.VALUE_MATCH, fb, Relation.SAME)
    return None


class _LoneCandidates:
    """The right-hand facts ``_lone_partner`` may pair with a left one, in their order: the very
    same figure (a lone amount is the same key) or a date of the same year (a day and its month,
    a year and its day, share the year). Asked for each left figure, the pairs of all others
    would be quadratic."""

    def __init__(self, rights: list[Fact]) -> None:
        self._rights = rights
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_year: dict[int, list[int]] = defaultdict(list)
        for i, fact in enumerate(rights):
            self._by_key[amount_key(fact)].append(i)
            if fact.date is not None and fact.date.year is not None:
                self._by_year[fact.date.year].append(i)

    def of(self, fact: Fact) -> list[Fact]:
        found = set(self._by_key.get(amount_key(fact), ()))
        if fact.date is not None and fact.date.year is not None:
            found.update(self._by_year.get(fact.date.year, ()))
        return [self._rights[i] for i in sorted(found)]


def _one_person(fa: Fact, fb: Fact, crowded: set[tuple[int, int]]) -> bool:
    """Two ages across the articles are one person's when a name or a kin word says so, or when
    both leads introduce the one person the story is about by the same word ("an 8-year-old boy"
    / "an 11-year-old boy") and neither article ages another of that description. Deeper in the
    articles "a 25-year-old man" and "a 30-year-old man" may be a victim and a suspect."""
    if _span(fa) in crowded or _span(fb) in crowded:
        return False
    if one_person_aged(fa, fb):
        return True
    both_lead = max(fa.sentence, fb.sentence) < tuning.LEAD_SENTENCES
    return both_lead and not fa.owner and not fb.owner and aged_alike(fa, fb)


def _in_tally(fa: Fact, fb: Fact, tallies: tuple[frozenset[int], frozenset[int]]) -> bool:
    """Either count adds up several events ("six killed in shootings across the city")."""
    return fa.sentence in tallies[0] or fb.sentence in tallies[1]


def _listed_age(fact: Fact, facts: list[Fact]) -> bool:
    """One of several people a sentence ages ("a 24-year-old woman and a 36-year-old man")."""
    if not is_age(fact) or fact.owner:
        return False
    return any(f is not fact and is_age(f) and f.sentence == fact.sentence for f in facts)


def _same_measure(a: Fact, b: Fact) -> bool:
    """Both figures give the level of the same subject ("turnout reached 93.87 percent" /
    "turnout was almost 90%"): one measure, however different the words around it."""
    return any(
        weight == MEASURED and b.slot.get(word) == MEASURED for word, weight in a.slot.items()
    )


def _same_head(a: Fact, b: Fact) -> bool:
    heads = {w for w, weight in a.slot.items() if weight >= 1.0}
    return any(b.slot.get(w, 0.0) >= 1.0 for w in heads)


def _dated_alike(fa: Fact, fb: Fact, near: float) -> bool:
    """Two closely aligned sentences that date the same thing to different months or days.

    ("convicted in June 1998 of aggravated sexual assault" / "in June 1999 ... for aggravated
    sexual assault"): the wording says it is one event, so the dates must agree.
    """
    if fa.date is None or fb.date is None or near < tuning.DATED_ALIKE:
        return False
    return all(d.year is not None and d.month is not None for d in (fa.date, fb.date))


class _Candidates:
    """The right-hand figures that could possibly pair with a left one, found through indexes.

    A pair scores only through a shared slot word, the very same value, or a near-identical
    sentence; checking every pair of figures in two long documents would be quadratic.
    """

    def __init__(self, rights: list[Fact], scores: np.ndarray) -> None:
        self.order = {_span(f): i for i, f in enumerate(rights)}
        self.by_word: dict[str, list[Fact]] = defaultdict(list)
        self.by_key: dict[str, list[Fact]] = defaultdict(list)
        self.by_sentence: dict[int, list[Fact]] = defaultdict(list)
        for fact in rights:
            self.by_sentence[fact.sentence].append(fact)
            self.by_key[fact.key].append(fact)
            for word in fact.slot:
                self.by_word[word].append(fact)
        self.scores = scores
        self._close: dict[tuple[int, float], list[int]] = {}  # (sentence, floor) -> sentences

    def near(self, fa: Fact) -> list[Fact]:
        found: dict[tuple[int, int], Fact] = {}
        for word in fa.slot:
            for fact in self.by_word.get(word, ()):
                found[_span(fact)] = fact
        for fact in self.by_key.get(fa.key, ()):
            found[_span(fact)] = fact
        if self.scores.size:
            floor = tuning.DATED_ALIKE if fa.date is not None else 0.7
            for j in self._close_to(fa.sentence, floor):
                for fact in self.by_sentence.get(j, ()):
                    found[_span(fact)] = fact
        return sorted(found.values(), key=lambda f: self.order[_span(f)])

    def _close_to(self, sentence: int, floor: float) -> list[int]:
        """The right-hand sentences scoring ``floor`` or more with a left one, looked up once
        per sentence: its figures ask in turn, each twice."""
        close = self._close.get((sentence, floor))
        if close is None:
            row = self.scores[sentence]
            close = self._close[(sentence, floor)] = [int(j) for j in np.nonzero(row >= floor)[0]]
        return close


def _explained(
    lefts: list[Fact], candidates: _Candidates, refs: _Refs, facts: tuple[list[Fact], list[Fact]]
) -> set[tuple[int, int]]:
    """Right-hand figures that some left figure of the same slot bears out: never a clash partner.

    Parses of "10 killed and at least 50 injured" hang both figures on one verb; a figure that
    already agrees with its own counterpart must not be blamed for contradicting another.
    """
    out: set[tuple[int, int]] = set()
    for fa in lefts:
        for fb in candidates.near(fa):
            if _span(fb) in out:
                continue
            rel = relation(fa, fb, refs)
            if (
                # "three aftershocks" bears out no "three people killed" (numeral_alike).
                (fa.key == fb.key and not numeral_of_another_thing(fa, fb))
                or bears_out(fa, fb, rel, facts)
                # "recovering Wednesday night from Tuesday's shooting" / "in court on
                # Wednesday": a day both articles name is no evidence against the other day.
                or _same_day_written(fa, fb, refs)
            ):
                out.add(_span(fb))
    return out


def _same_day_written(fa: Fact, fb: Fact, refs: tuple[date | None, date | None]) -> bool:
    """Both name the same day at the precision both give ("Wednesday night" / "on Wednesday"),
    whatever calendar day a weekday was guessed to fall on."""
    if fa.date is None or fb.date is None or not (specific(fa) and specific(fb)):
        return False
    written = written_date(fa, refs[0]), written_date(fb, refs[1])
    if written[0] is None or written[1] is None:
        return False
    return dates_compatible(written[0], written[1]) is True
