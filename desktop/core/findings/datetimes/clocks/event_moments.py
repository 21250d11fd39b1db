"""The clock time and the month each article gives one happening, compared across the articles.

"The quake struck at 10:30 a.m." / "The tremor hit at 11:15 a.m.", "the suspect was arrested in
June" / "He was arrested in July": the sentences may tell different parts of the story and need
not align, but both time the same happening by the word the figure hangs on ("struck" and "hit"
being one blow), and a happening has one time. As for weekdays (``event_days``): when each
article times that happening with exactly one clock time, or one month, the two differ, and
neither article names the other's value anywhere, the articles time it differently. A time a
statement was made, a report came out, or a step still to come is no time of the happening.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    clock_time,
    dates_a_report,
    relation,
    written_date,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.happenings import happening
from desktop.core.lexicon import DAY_PARTS, GENERIC_SLOT_WORDS
from desktop.core.lexicon.time_words import CLOCK_ZONES
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.quoting.attribution import REPORTING_VERBS

Refs = tuple[date | None, date | None]
# What a fact says of the time, at one precision: "10:30" for a clock, "2008-06" or "--06" for a
# month; "" when it says nothing at that precision.
Reading = Callable[[Fact, date | None], str]


def clock_of(fact: Fact, reference: date | None) -> str:
    return clock_time(fact)


def month_of(fact: Fact, reference: date | None) -> str:
    """ "in June", "June 2008", "on July 3": the month, with the year where the text gives one.
    A weekday alone names no month; a day names it at a finer precision, as "July" does."""
    if fact.type is MentionType.TIME:
        return ""  # a clock's day is compared with its clock
    written = written_date(fact, reference)
    if written is None or written.month is None:
        return ""
    return f"{written.year or ''}-{written.month:02d}"


READINGS: tuple[tuple[str, Reading], ...] = (("time", clock_of), ("month", month_of))


def event_moments(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    refs: Refs = (left.reference_date, right.reference_date)
    drafts: list[Draft] = []
    for what, read in READINGS:
        ours = _timed(left, Side.LEFT, ledger, read, refs[0])
        theirs = _timed(right, Side.RIGHT, ledger, read, refs[1])
        named = (_named(left, read, refs[0]), _named(right, read, refs[1]))
        for event in sorted(ours.keys() & theirs.keys()):
            a_facts = ledger.free(Side.LEFT, ours[event])
            b_facts = ledger.free(Side.RIGHT, theirs[event])
            a_values = {read(f, refs[0]) for f in a_facts}
            b_values = {read(f, refs[1]) for f in b_facts}
            if len(a_values) != 1 or len(b_values) != 1 or a_values == b_values:
                continue
            if a_values & named[1] or b_values & named[0]:
                continue  # the other article gives this value too: it may time this there
            fa, fb = a_facts[0], b_facts[0]
            if relation(fa, fb, refs) is not Relation.CLASH:
                continue
            if _two_peoples(_people(left, fa), _people(right, fb), links):
                continue  # "Cheeks was fired March 2" / "O'Brien, fired on June 8": two firings
            ledger.judge("event moment", a_facts, b_facts)
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    fa.type,
                    a_facts,
                    b_facts,
                    f"Both articles give the {what} of the same happening ({_word_for(fa, event)!r}"
                    f" / {_word_for(fb, event)!r}) but differently: the left says {fa.text!r}, "
                    f"the right {fb.text!r}.",
                    tuning.EVENT_MOMENT_CONFIDENCE,
                )
            )
    return drafts


def _timed(
    analysis: Analysis, side: Side, ledger: Ledger, read: Reading, reference: date | None
) -> dict[str, list[Fact]]:
    """The article's times at one precision, by the happening each times."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for fact in ledger.free(side, claimable(analysis)):
        if not read(fact, reference) or not _of_the_happening(fact):
            continue
        for word in {_happening(w) for w, weight in fact.slot.items() if weight >= 1.0} - {""}:
            out[word].append(fact)
    return out


def _of_the_happening(fact: Fact) -> bool:
    return not (
        fact.weak
        or fact.said_on
        or fact.coming
        or fact.other_event
        or fact.generic
        or dates_a_report(fact)
    )


def _people(analysis: Analysis, fact: Fact) -> set[str]:
    return {
        f.key
        for f in analysis.facts
        if f.sentence == fact.sentence and f.type is MentionType.PERSON
    }


def _two_peoples(ours: set[str], theirs: set[str], links: dict[str, str]) -> bool:
    """Both sentences name people, and none of them the same: each tells of its own people, and
    what happened to one of them did not happen to the other."""
    return bool(ours) and bool(theirs) and not {links.get(k, k) for k in ours} & theirs


def _named(analysis: Analysis, read: Reading, reference: date | None) -> set[str]:
    """Every value at this precision the article gives, whatever it times."""
    return {read(f, reference) for f in analysis.facts} - {""}


def _happening(word: str) -> str:
    """The happening a slot word names, or "" for a word that names none: a verb of saying, a
    part of the day or a clock's zone or mark ("a.m."), a word too common to say what is timed."""
    if not word.isalpha() or word in CLOCK_ZONES:
        return ""
    if word in GENERIC_SLOT_WORDS or word in DAY_PARTS or word in REPORTING_VERBS:
        return ""
    return happening(word)


def _word_for(fact: Fact, event: str) -> str:
    """The slot word by which the fact times the happening, as the article has it."""
    return next((w for w in fact.slot if _happening(w) == event), event)
