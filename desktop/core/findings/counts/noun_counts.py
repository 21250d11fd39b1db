"""One count of one noun in each article: "More than 50 firefighters tackled the blaze" /
"Twenty firefighters fought the flames".

Two reports of one event that each count the same thing once (the firefighters at the fire, the
aftershocks, the homes destroyed) give that thing's number, whatever verb carries it and wherever
it stands; two numbers that cannot both hold are a conflict. The verbs may differ, the noun may
not: "three firefighters were hurt" and "twenty firefighters fought the fire" count two groups,
and so do a count told with a toll and one told without (``harm_apart``).

An article that counts the noun twice with two values ("50 firefighters ... ten of the
firefighters") speaks of several groups, and is left alone; so are nouns that name people by
sex or age alone ("two men", "three children"), which news uses for any group at the scene. One
of the two counts must stand in a lead, or the two sentences must tell the same thing.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.amounts.measured_nouns import measure_different_nouns
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    comparable_scale,
    is_age,
    lead_sentences,
    questions,
    relation,
    specific,
    tally_sentences,
    tolls_told,
)
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.kindred_counts import figure_beside_its_own
from desktop.core.findings.counts.whole_counts import counts_a_whole, whole_against_part
from desktop.core.lexicon.counted_nouns import ANY_GROUP_NOUNS
from desktop.core.model import Side


def noun_counts(left: Analysis, right: Analysis, scores: np.ndarray, ledger: Ledger) -> list[Draft]:
    """Each noun both articles count once, with two counts that cannot both hold."""
    refs = (left.reference_date, right.reference_date)
    mine, theirs = _counted_once(left), _counted_once(right)
    leads = (lead_sentences(left), lead_sentences(right))
    drafts: list[Draft] = []
    for noun in sorted(mine.keys() & theirs.keys()):
        lefts, rights = mine[noun], theirs[noun]
        fa, fb = lefts[0], rights[0]
        if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
            ledger.judged(Side.RIGHT, f) for f in rights
        ):
            continue
        if tolls_told(fa) != tolls_told(fb):
            continue  # "three firefighters were hurt" / "twenty firefighters fought the fire"
        if not ((specific(fa) or specific(fb)) and comparable_scale(fa, fb)):
            continue
        lead = fa.sentence < leads[0] or fb.sentence < leads[1]
        if not lead and float(scores[fa.sentence, fb.sentence]) < tuning.CONFLICT_NEAR:
            continue
        if _kind_words(left, fa) != _kind_words(right, fb):
            continue  # "three rifles" / "nine assault rifles": a kind of the thing, or another
        if measure_different_nouns(left, fa, right, fb):
            continue  # "an 11-yard pass" / "the 73-yard drive": yards of two plays
        if whole_against_part((left, fa), (right, fb)):
            continue  # "a combined 157 games" / "54 games with the Angels": the sum and a part
        if figure_beside_its_own(fa, fb, _in_sentence(left, fa), _in_sentence(right, fb)):
            continue  # "2,944 cores, compared with 2,560 for the older card" / "had 2,560 cores"
        rel = relation(fa, fb, refs)
        if rel not in (Relation.CLASH, Relation.BOUNDS):
            continue
        ledger.judge("noun counts", lefts, rights)
        draft = value_draft(rel, fa, fb, noun, refs, tuning.NOUN_COUNT_CONFIDENCE)
        draft.left, draft.right = list(lefts), list(rights)
        drafts.append(draft)
    return drafts


def _in_sentence(analysis: Analysis, fact: Fact) -> list[Fact]:
    return [f for f in analysis.facts if f.sentence == fact.sentence]


def _kind_words(analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The words between a figure and the noun it counts: "assault" of "nine assault rifles",
    "strong" of "three strong aftershocks". They may say which kind of the thing is counted."""
    noun = fact.counted.split(" and ")[0]
    words: list[str] = []
    for token in analysis.sentence_tokens[fact.sentence]:
        if token.start < fact.end:
            continue
        if token.content == noun or len(words) > _KIND_WORDS:
            break
        if token.content:
            words.append(token.content)
    return frozenset(words)


# Words a noun phrase puts between a figure and its noun: "nine fully loaded magazines".
_KIND_WORDS = 3


def _other_years(analysis: Analysis) -> frozenset[int]:
    """Sentences dated to a year the article was not written in: "The February 2008 broadcast hit
    a low 32 million viewers" counts the viewers of another broadcast."""
    reference = analysis.reference_date
    return frozenset(
        f.sentence
        for f in analysis.facts
        if f.date is not None
        and f.date.year is not None
        and (reference is None or f.date.year != reference.year)
    )


def _in_a_record(analysis: Analysis, fact: Fact) -> bool:
    """ "a 9-14 start", "58-3": a figure joined to another by a dash is one side of a record or a
    score, never a count of the noun after it."""
    text = analysis.document.text
    return bool(
        re.match(r"\s*[-\u2013]\s*\d", text[fact.end : fact.end + 4])
        or re.search(r"\d\s*[-\u2013]\s*$", text[max(0, fact.start - 4) : fact.start])
    )


def _records(analysis: Analysis) -> frozenset[int]:
    """Sentences giving a record or a score ("improves to 58-3 with 51 wins coming by way of
    knockout"): their counts break the record down, one part of it each."""
    return frozenset(
        f.sentence for f in analysis.facts if f.number is not None and f.number.dimension == "tally"
    )


def _counted_once(analysis: Analysis) -> dict[str, list[Fact]]:
    """The nouns the article counts with one value only, with every mention of that count."""
    skip = (
        tally_sentences(analysis)
        | questions(analysis)
        | _other_years(analysis)
        | _records(analysis)
    )
    by_noun: dict[str, list[Fact]] = defaultdict(list)
    twice: set[str] = set()
    for fact in claimable(analysis):
        if fact.counted and counts_a_whole(analysis, fact):
            twice.add(fact.counted)
        if (
            fact.number is None
            or not fact.counted
            or fact.number.dimension
            or fact.sentence in skip
            or fact.weak
            or fact.part
            or fact.other_event
            or fact.generic
            or fact.coming
            or fact.held
            or is_age(fact)
            or _in_a_record(analysis, fact)
            or fact.counted.split(" and ")[0] in ANY_GROUP_NOUNS
        ):
            continue
        by_noun[fact.counted].append(fact)
    return {
        noun: facts
        for noun, facts in by_noun.items()
        if len({f.key for f in facts}) == 1 and noun not in twice
    }
