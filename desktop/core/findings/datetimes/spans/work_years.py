"""The year two related sentences give one titled work: "A movie called "The Notorious Bettie
Page" was released in 2005" / "the 2006 HBO movie, The Notorious Bettie Page".

Each sentence names the work by the same title (two capitalised words or more both write, not a
person's or a place's name) and by a noun of the same kind of work (lexicon ``works``: "movie" and
"film" are one kind, a book and the film made of it two works), and gives one bare year: the year of
that work. Two different years are a conflict, shown below a plain clash: a work may open in one
year and be released or broadcast in the next, so both may be true of two different showings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claim_dates import date_relation
from desktop.core.findings.bookkeeping.claims import Relation, claimable
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.works import WORK_KINDS
from desktop.core.model import MentionType, Side

_WORDS = re.compile(r"[a-z]+")


def work_years(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """The one year each of two related sentences gives the work both name by one title."""
    refs = (left.reference_date, right.reference_date)
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CONFLICT_NEAR):
        title = _shared_title(left, pair.left, right, pair.right)
        if title is None or not _kinds(left, pair.left) & _kinds(right, pair.right):
            continue
        ours, theirs = _years(left, pair.left), _years(right, pair.right)
        if len(ours) != 1 or len(theirs) != 1:
            continue
        a, b = ours[0], theirs[0]
        if ledger.judged(Side.LEFT, a) or ledger.judged(Side.RIGHT, b):
            continue
        # The work both name is what each year labels: "the 2006 movie" and "released in
        # 2005" date one film, whatever noun the parser hung each year on.
        rel = date_relation(a, b, refs)
        if rel not in (Relation.SAME, Relation.CLASH):
            continue
        ledger.judge("work year", [a], [b])
        draft = value_draft(rel, a, b, "", refs, 0.6 + pair.score / 2)
        if rel is Relation.CLASH:
            draft.confidence = tuning.WORK_YEAR_CONFIDENCE
            draft.reason = (
                f"Different years for the same work ({title!r}): the left says {a.text!r}, the "
                f"right {b.text!r}. Both may be true if the work opened in one year and was "
                "released or broadcast in the other; check which each dates."
            )
        drafts.append(draft)
    return drafts


def _shared_title(left: Analysis, i: int, right: Analysis, j: int) -> str | None:
    """The one title both sentences write the same way: two capitalised words or more, not a
    person's or a place's name (the tagger often misses a title, so the words are read, not
    the tags)."""
    shared = _titles(left, i) & _titles(right, j)
    return next(iter(shared)) if len(shared) == 1 else None


def _titles(analysis: Analysis, sentence: int) -> set[str]:
    return analysis.derived("work_years.titles", _all_titles)[sentence]


def _all_titles(analysis: Analysis) -> list[set[str]]:
    return [_sentence_titles(analysis, i) for i in range(len(analysis.sentences))]


def _sentence_titles(analysis: Analysis, sentence: int) -> set[str]:
    bounds = analysis.sentences[sentence]
    text = analysis.document.text
    named = analysis.derived("work_years.named", _named)
    titles = set()
    for match in iter_after(WORD_BOUNDARY, _CAPITALISED_RUN, text, bounds.start, bounds.end):
        words = match.group().split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]
        title = " ".join(words)
        if len(words) >= 2 and title.lower() not in named:
            titles.add(title)
    return titles


def _named(analysis: Analysis) -> frozenset[str]:
    """The article's names of people and places, read once per article (asked per sentence)."""
    return frozenset(
        f.text.lower()
        for f in analysis.facts
        if f.type in (MentionType.PERSON, MentionType.PLACE, MentionType.NATIONALITY)
    )


# "The Notorious Bettie Page", "Silent Harbour Keeper": capitalised words in a row (after a
# word boundary: the engine jumps between capitals, and the boundary is checked where one stands).
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def _kinds(analysis: Analysis, sentence: int) -> set[str]:
    bounds = analysis.sentences[sentence]
    words = _WORDS.findall(analysis.document.text[bounds.start : bounds.end].lower())
    return {WORK_KINDS[w] for w in words if w in WORK_KINDS}


def _years(analysis: Analysis, sentence: int) -> list[Fact]:
    return [
        f
        for f in claimable(analysis)
        if f.sentence == sentence
        and f.date is not None
        and f.date.year is not None
        and f.date.month is None
        and f.date.weekday is None
        and not f.other_event
    ]
