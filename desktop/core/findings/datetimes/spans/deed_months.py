"""The month each article gives one deed, wherever its sentences stand: "the rule change, which
was unveiled in August" / "The Interior Department proposed the new regulations in May".

Two articles that date the same deed (the verb a month hangs on, or another verb of that deed:
lexicon/deeds.py) by two different months disagree about when it was done, as two years of one deed
do (deed_years.py, which compares years alone). Compared only when each month hangs on the deed's
verb itself (or on the noun the deed's verb is done to), each article dates that deed with one month
alone (an article that "proposed one rule in May and another in August" tells two deeds), the two
years agree where both are given, the sentences share a noun besides the month and name no two
different people ("Cheeks was fired in March" / "O'Brien, fired in June" are two firings), and
neither article writes the other's month anywhere: an article that names both months may tell two
steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.spans.deed_years import deed_clash
from desktop.core.findings.persons.deed_people import other_people, people_of
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.deeds import DEED_SYNONYMS
from desktop.core.lexicon.time_words import MONTHS
from desktop.core.model import Side
from desktop.core.quoting.attribution import REPORTING_VERBS

_MONTH_NAMES = tuple(m.capitalize() for m in MONTHS)


@dataclass(frozen=True, slots=True)
class _Dated:
    fact: Fact
    month: int
    year: int | None
    deeds: frozenset[str]  # the deeds the month hangs on directly: "propose" for "unveiled"
    nouns: frozenset[str]  # what its sentence speaks of: "rule", "change"
    people: frozenset[str]  # the surnames of the people its sentence names: "cheeks"


def deed_month_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _months(left, Side.LEFT, ledger), _months(right, Side.RIGHT, ledger)
    texts = (left.document.text, right.document.text)
    drafts: list[Draft] = []
    for a in ours:
        for b in theirs:
            deeds = sorted(
                d
                for d in a.deeds & b.deeds
                if len(_months_of(d, ours)) == 1 and len(_months_of(d, theirs)) == 1
            )
            if not deeds or a.month == b.month or not a.nouns & b.nouns:
                continue
            if other_people(a.people, b.people):
                continue  # "Cheeks was fired in March" / "O'Brien, fired in June": two firings
            if a.year is not None and b.year is not None and a.year != b.year:
                continue  # two years: deed_years.py tells that, or two deeds
            if _written(b.month, texts[0]) or _written(a.month, texts[1]):
                continue
            if not ledger.take("deed months", a.fact, b.fact):
                continue
            drafts.append(deed_clash(a.fact, b.fact, deeds[0], tuning.DEED_MONTH_CONFIDENCE))
    return drafts


def _months(analysis: Analysis, side: Side, ledger: Ledger) -> list[_Dated]:
    """Months without a day that a deed's verb of their sentence hangs on."""
    out = []
    for fact in analysis.facts:
        when = fact.date
        if when is None or when.month is None or when.day is not None or when.weekday is not None:
            continue
        if fact.said_on or fact.coming or fact.generic or fact.labels or ledger.judged(side, fact):
            continue
        tokens = analysis.sentence_tokens[fact.sentence]
        verbs = {t.content for t in tokens if t.content and not t.noun}
        deeds = {
            DEED_SYNONYMS[w]
            for w, weight in fact.slot.items()
            if weight >= 1.0 and w in verbs and w in DEED_SYNONYMS and w not in REPORTING_VERBS
        } or _object_deed(tokens, fact)
        if deeds:
            nouns = {t.content for t in tokens if t.content and t.noun} - GENERIC_SLOT_WORDS
            people = people_of(analysis, fact)
            out.append(
                _Dated(
                    fact,
                    when.month,
                    when.year,
                    frozenset(deeds),
                    frozenset(nouns),
                    people,
                )
            )
    return out


def _object_deed(tokens: list[Token], fact: Fact) -> set[str]:
    """ "proposed the new regulations in May": a month that hangs on a noun dates the deed done
    to it, when nothing but the words of the month's own phrase stands between the deed's verb
    and the month."""
    before = [t for t in tokens if t.end <= fact.start]
    for token in reversed(before):
        if not token.content:
            continue
        if not token.noun and token.content in DEED_SYNONYMS:
            return {DEED_SYNONYMS[token.content]}
        if token.content not in fact.slot:
            return set()
    return set()


def _months_of(deed: str, dated: list[_Dated]) -> set[int]:
    return {each.month for each in dated if deed in each.deeds}


def _written(month: int, text: str) -> bool:
    """The month's name (or its short form) anywhere in the article."""
    name = _MONTH_NAMES[month - 1]
    return re.search(rf"\b(?:{name}|{name[:3]}\.)", text) is not None
