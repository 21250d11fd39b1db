"""A month or year told by the article's own date against one the other article names: "In April
2007 the suspect was found guilty" / "was found guilty by the same jury last month" in an article
dated April 4, 2007.

"last month", "this month", "last year" and "this year" name a month or a year through the day the
article was written: the extractor reads them by that date ("last month" of April 4, 2007 is March
2007). Two sentences telling the same thing (aligned), which share the deed (a verb or the word
that tells what was done: "found guilty") and each give that deed one date, one of them told this
way and the other by its name and year, disagree when the two months (or years) differ: one of
the articles has the time of the deed wrong, or one of them was written on another day than it
says. Compared at the precision both give: "last year" against a year, "last month" against a
month of a year. A sentence giving two dates may date two deeds and says nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.deeds import DEED_SYNONYMS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.quoting.attribution import REPORTING_VERBS

# A month or a year named through the article's own date.
_RELATIVE = re.compile(r"^(?:earlier\s+)?(?:last|this)\s+(?P<unit>month|year)$", re.IGNORECASE)
# A year written out: the date names its year itself.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class _Dated:
    fact: Fact
    year: int
    month: int | None  # None when the date gives the year alone
    relative: bool


def relative_month_conflicts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    drafts: list[Draft] = []
    for pair in pairs:
        a, b = (
            _one_date(left, pair.left, ledger, Side.LEFT),
            _one_date(right, pair.right, ledger, Side.RIGHT),
        )
        if a is None or b is None or a.relative == b.relative:
            continue
        if not _deeds(left, pair.left) & _deeds(right, pair.right):
            continue
        told = a if a.relative else b
        named = b if a.relative else a
        if not _apart(told, named):
            continue
        if not ledger.take("relative months", a.fact, b.fact):
            continue
        article = (left if a.relative else right).document.date
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.DATE,
                [a.fact],
                [b.fact],
                f"Both articles date the same deed, but the left says {a.fact.text!r} and the "
                f"right {b.fact.text!r}; {told.fact.text!r} in an article dated {article} is "
                f"{_display(told)}.",
                tuning.RELATIVE_MONTH_CONFIDENCE,
            )
        )
    return drafts


def _one_date(analysis: Analysis, sentence: int, ledger: Ledger, side: Side) -> _Dated | None:
    """The sentence's one date of a month or a year, told by the article's date or by name."""
    dated = []
    for fact in facts_of(analysis, sentence):
        when = fact.date
        if fact.type is not MentionType.DATE or when is None:
            continue
        if when.day is not None or when.weekday is not None or when.year is None:
            return None  # a day in the sentence: the day passes compare it
        dated.append((fact, when.year, when.month))
    if len(dated) != 1:
        return None
    fact, year, month = dated[0]
    if fact.said_on or fact.coming or fact.generic or fact.labels or ledger.judged(side, fact):
        return None
    told = _RELATIVE.match(fact.text.strip())
    if told:
        unit = told.group("unit").lower()
        if analysis.document.date is None or (unit == "month") != (month is not None):
            return None
        return _Dated(fact, year, month, True)
    if not _YEAR.search(fact.text):
        return None  # "in April" alone: its year is the extractor's guess
    return _Dated(fact, year, month, False)


def _deeds(analysis: Analysis, sentence: int) -> set[str]:
    """What the sentence says was done: its words that are no noun, no word of saying."""
    return {
        DEED_SYNONYMS.get(t.content, t.content)
        for t in analysis.sentence_tokens[sentence]
        if t.content
        and not t.noun
        and t.content not in REPORTING_VERBS
        and t.content not in GENERIC_SLOT_WORDS
    }


def _apart(told: _Dated, named: _Dated) -> bool:
    """The two dates differ at the precision both give."""
    if told.year != named.year:
        return True
    if told.month is None or named.month is None:
        return False
    return told.month != named.month


def _display(dated: _Dated) -> str:
    if dated.month is None:
        return str(dated.year)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
    return f"{months[dated.month - 1]} {dated.year}"
