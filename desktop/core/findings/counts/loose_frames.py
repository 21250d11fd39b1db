"""Figures in the same frame of words in loosely aligned sentences, compared.

"opened fire at a Vancouver office Christmas party Friday, killing one man" / "opened fire at an
office Christmas party yesterday, killing four people": two reporters tell the opening happening
in their own words, so the sentences align only loosely, too loosely for their claims to be
compared one by one (``comparison``). But some frames of words say what a figure is whatever else
the sentence tells:

* a count right after the same verb ("killing" / "killing", "shooting" / "shot") that counts the
  same noun (or two nouns for people) fills one place in the story (``count_frames``);
* a lone physical measure beside a figure both sentences give is the one measure of the thing
  both speak of ("a top speed of 4.8 gigahertz" / "runs at up to 4.6 GHz", ``loose_lone_measures``);
* a year written right before the same name labels that thing ("his 2013 Toyota Camry" / "a grey
  2012 Toyota Camry"), as "the 2004 tsunami" names its year.

Only sentences that speak of the same part of the story (aligned at all and one of them in the
lead, or loosely aligned) are read so; a figure tied to another event never is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.amounts.loose_lone_measures import lone_measure_clash
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    comparable_scale,
    relation,
    several_aged,
    specific,
)
from desktop.core.findings.bookkeeping.comparison import (
    by_key,
    by_sentence,
    counted_apart,
    value_draft,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.count_frames import framed_relation
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.findings.datetimes.days.calendar_days import lone_calendar_days
from desktop.core.model import Side


def loose_frames(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Clashing figures in one frame of words in sentence pairs too loose for ``aligned_claims``."""
    loose = [p for p in pairs if p.score < tuning.CLAIM_PAIR and _related(p)]
    if not loose:
        return []
    analyses = (left, right)
    figures = (by_sentence(_figures(left), weak=True), by_sentence(_figures(right), weak=True))
    keys = (by_key(left.facts), by_key(right.facts))
    drafts: list[Draft] = []
    for pair in strongest_first(loose):
        told = figures[0].get(pair.left, []), figures[1].get(pair.right, [])
        for fa in ledger.free(Side.LEFT, told[0]):
            for fb in ledger.free(Side.RIGHT, told[1]):
                if ledger.judged(Side.LEFT, fa):
                    break
                lone = lone_measure_clash(fa, fb, analyses, told)  # "4.8 gigahertz" / "4.6 GHz"
                if lone is None and lone_calendar_days(fa, fb, told):  # "trial for June 9"
                    lone = _days_clash(fa, fb, (left.reference_date, right.reference_date))
                if (lone or _framed_clash(fa, fb, analyses, pair)) and not (
                    counted_apart(fa, keys[1].get(fa.key, ()), fb, keys[0].get(fa.key, ()))
                    or counted_apart(fb, keys[0].get(fb.key, ()), fa, keys[1].get(fb.key, ()))
                    or several_aged(fa, left.facts)
                    or several_aged(fb, right.facts)
                    # "four seasons as director" / "19 seasons with the club": a part of it
                    or whole_against_part((left, fa), (right, fb))
                ):
                    ledger.judge("framed figure", [fa], [fb])
                    refs = (left.reference_date, right.reference_date)
                    strength = 0.6 * pair.score
                    rel = lone or Relation.CLASH
                    drafts.append(value_draft(rel, fa, fb, "", refs, strength))
    return drafts


def _days_clash(fa: Fact, fb: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    """Two calendar days of one thing clash whether or not a sentence tells its day as still to
    come: "set his trial for June 9" / "The trial will start on June 16" date one trial."""
    rel = relation(replace(fa, coming=False), replace(fb, coming=False), refs)
    return rel if rel is Relation.CLASH else None


def _framed_clash(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    refs = (analyses[0].reference_date, analyses[1].reference_date)
    if fa.date is None and fb.date is None:
        rel = framed_relation(fa, fb, analyses, pair, refs)
        scaled = (specific(fa) or specific(fb)) and comparable_scale(fa, fb)
        return rel is Relation.CLASH and scaled
    if not (_bare_year(fa) and _bare_year(fb)):
        return False
    name = _name_after(fa, analyses[0], pair.left)
    return (
        name is not None
        and name == _name_after(fb, analyses[1], pair.right)
        and relation(fa, fb, refs) is Relation.CLASH
    )


def _name_after(fact: Fact, analysis: Analysis, sentence: int) -> tuple[str, ...] | None:
    """The capitalised words right after a year, when there are enough of them to be a name."""
    text, wanted = analysis.document.text, tuning.YEAR_NAME_WORDS
    after = [t for t in analysis.sentence_tokens[sentence] if t.start >= fact.end][:wanted]
    if len(after) < wanted or not all(text[t.start].isupper() for t in after):
        return None
    return tuple(t.lower for t in after)


def _bare_year(fact: Fact) -> bool:
    return (
        fact.date is not None
        and fact.date.year is not None
        and fact.date.month is None
        and fact.date.weekday is None
    )


def _related(pair: SentencePair) -> bool:
    """The two sentences speak of the same part of the story: loosely aligned, or one of them in
    the headline or lead (see ``related``)."""
    lead = min(pair.left, pair.right) < tuning.LEAD_SENTENCES
    return lead or pair.score >= tuning.CONFLICT_NEAR


def _figures(analysis: Analysis) -> list[Fact]:
    return [
        f
        for f in claimable(analysis)
        if (f.number is not None or f.date is not None) and not f.other_event and not f.part
    ]
