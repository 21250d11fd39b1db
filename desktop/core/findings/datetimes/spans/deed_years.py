"""The year each article gives one deed, wherever its sentences stand, in whatever verb.

"In 1999, Comeaux stabbed his wife during a visit" / "a 2000 incident where he stabbed his wife
17 times while she was visiting him": the same deed (the verb the year dates, done to the same
thing) dated by two years is a conflict, even when the two sentences tell so much else that they
do not align; "founded in 2011" / "was established in August 2012" is one founding told in two
verbs (lexicon/deeds.py), and a year before the noun of a happening dates it as a year on its
verb does ("the 1972 slayings of two girls" / "murdering two girls ... in 1971"). Compared only
when each article dates that deed with one year alone (an article that "won the title in 2001
and again in 2005" tells two deeds), the sentences share a noun besides it and name no two
different people (deed_people.py), and neither article writes the other's year anywhere: an
article that gives both years may tell two deeds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.extraction.slot_words import slot_word
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.spans.decade_years import year_in_decade
from desktop.core.findings.persons.deed_people import other_people, people_of
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.deeds import DEED_SYNONYMS
from desktop.core.lexicon.happenings import HAPPENING_NOUNS
from desktop.core.model import FindingKind, Side
from desktop.core.quoting.attribution import REPORTING_VERBS

# A word the year's slot gives this weight or more is one the year's clause holds (facts.py).
_IN_CLAUSE = 0.5


@dataclass(frozen=True, slots=True)
class _Dated:
    fact: Fact
    year: int
    deeds: frozenset[str]  # the verbs of the year's clause: "stab"
    dated: frozenset[str]  # ... the one the year hangs on: "stab" in "In 1999, he stabbed"
    nouns: frozenset[str]  # what its sentence speaks of: "wife", "visit"
    people: frozenset[str]  # the surnames its sentence names: "comeaux"


def deed_year_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _years(left, Side.LEFT, ledger), _years(right, Side.RIGHT, ledger)
    texts = (left.document.text, right.document.text)
    drafts: list[Draft] = []
    for a in ours:
        for b in theirs:
            deed = _one_deed(a, b, ours, theirs)
            if not deed or a.year == b.year or not a.nouns & b.nouns:
                continue
            if year_in_decade(a.fact, b.fact):
                continue  # "in 1998" / "in the late 1990s": one date at two precisions
            if other_people(a.people, b.people):
                continue  # "Bowe ... losing to Golota in 1996" / "losing to Brewster in 2004"
            if _written(str(b.year), texts[0]) or _written(str(a.year), texts[1]):
                continue
            if not ledger.take("deed years", a.fact, b.fact):
                continue
            drafts.append(deed_clash(a.fact, b.fact, deed, tuning.DEED_YEAR_CONFIDENCE))
    return drafts


def deed_clash(a: Fact, b: Fact, deed: str, confidence: float) -> Draft:
    """One deed dated two ways: the conflict, in both articles' words."""
    return Draft(
        FindingKind.CONFLICT,
        report_type(a),
        [a],
        [b],
        f"Both articles date the same deed ({deed!r}), but the left says {a.text!r} and the "
        f"right {b.text!r}.",
        confidence,
    )


def _years(analysis: Analysis, side: Side, ledger: Ledger) -> list[_Dated]:
    """Years (with or without their month) that date a deed of their sentence."""
    out = []
    for fact in analysis.facts:
        when = fact.date
        if when is None or when.year is None or when.day is not None or when.weekday is not None:
            continue
        if fact.said_on or fact.coming or fact.generic or ledger.judged(side, fact):
            continue
        tokens = analysis.sentence_tokens[fact.sentence]
        if fact.labels:
            # "the 2004 Tony Awards" says which awards, not when a deed was done; "the 1966
            # slayings" names the killing, the year it was done.
            if fact.labels in HAPPENING_NOUNS:
                out.append(_labelled_deed(analysis, fact, when.year, tokens))
            continue
        verbs = {t.content for t in tokens if t.content and not t.noun}
        verbs_dated = {
            w: weight
            for w, weight in fact.slot.items()
            if weight >= _IN_CLAUSE
            and w in verbs
            and w not in GENERIC_SLOT_WORDS
            and w not in REPORTING_VERBS
        }
        # "founded" / "was established": one deed in two words.
        deeds = {DEED_SYNONYMS.get(w, w) for w in verbs_dated}
        if deeds:
            dated = {DEED_SYNONYMS.get(w, w) for w, weight in verbs_dated.items() if weight >= 1.0}
            nouns = {t.content for t in tokens if t.content and t.noun} - GENERIC_SLOT_WORDS
            out.append(
                _Dated(
                    fact,
                    when.year,
                    frozenset(deeds),
                    frozenset(dated),
                    frozenset(nouns),
                    people_of(analysis, fact),
                )
            )
    return out


def _labelled_deed(analysis: Analysis, fact: Fact, year: int, tokens: Sequence[Token]) -> _Dated:
    """A year labelling a happening's noun dates that deed directly: "the 1966 slayings of two
    women" dates the killing as "murdering two women ... in 1966" does."""
    word = slot_word(fact.labels)  # "slaying" -> "death", as "murdered" reads
    deed = frozenset([DEED_SYNONYMS.get(word, word)])
    nouns = {t.content for t in tokens if t.content and t.noun} - GENERIC_SLOT_WORDS
    return _Dated(
        fact, year, deed, deed, frozenset(nouns - {fact.labels, word}), people_of(analysis, fact)
    )


def _one_deed(a: _Dated, b: _Dated, ours: list[_Dated], theirs: list[_Dated]) -> str:
    """A verb both years date, one of them directly, that each article dates with one year."""
    for deed in sorted((a.deeds & b.deeds) & (a.dated | b.dated)):
        if len(_years_of(deed, ours)) == 1 and len(_years_of(deed, theirs)) == 1:
            return deed
    return ""


def _years_of(deed: str, dated: list[_Dated]) -> set[int]:
    years: defaultdict[str, set[int]] = defaultdict(set)
    for each in dated:
        for word in each.deeds:
            years[word].add(each.year)
    return years[deed]


def years_of_a_repeated_deed(left: Analysis, a: Fact, right: Analysis, b: Fact) -> bool:
    """ "hosted the Oscars in 2007" / "hosted the Emmys in 2001", where the second article also
    writes 2007: two years alone, one of which the article giving the other writes too, tell a
    deed done more than once, each article naming one time of it (as ``deed_year_conflicts``
    reads them). A year with its month ("convicted in June 1998") dates one time exactly."""
    years = (_year_alone(a), _year_alone(b))
    if years[0] is None or years[1] is None or years[0] == years[1]:
        return False
    return _written(str(years[1]), left.document.text) or _written(
        str(years[0]), right.document.text
    )


def _year_alone(fact: Fact) -> int | None:
    """The year a date gives with no month, day or weekday ("in 2007"), else None."""
    when = fact.date
    if when is None or when.month is not None or when.day is not None:
        return None
    return when.year if when.weekday is None else None


def _written(year: str, text: str) -> bool:
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None
