"""One day's count of a happening that ran over several days, against the count over all of it.

"Police said they made 86 arrests over the course of Saturday's protests" / "more than 400
protesters have been detained over the unrest": the first counts one day, the second the whole
unrest, which holds that day. A count confined to one day that is no greater than a count told
over a span of days (``lexicon/count_spans.py``) is a part of it, never a clash; a day's count
greater than the whole's still clashes, as no part outgrows its whole. A span must be told as
several days ("over the unrest", "over four nights", "throughout the weekend"): a toll "so far"
of a quake that struck on Sunday is the same count at a later hour, not a sum of days.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.count_spans import (
    ONE_NIGHT_WORDS,
    RUNNING_WORDS,
    SPAN_NOUNS,
    SPAN_PREPOSITIONS,
)


def day_within_span(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure is one day's count and the other, no smaller, is the count over days."""
    for (day_doc, day), (span_doc, whole) in ((a, b), (b, a)):
        if day.number is None or whole.number is None:
            continue
        if not (_one_day(day_doc, day) and _over_days(span_doc, whole)):
            continue
        if _over_days(day_doc, day):
            continue  # the day's sentence spans days too: two running totals, which may clash
        if day.number.high <= whole.number.low:
            return True
    return False


def _one_day(analysis: Analysis, fact: Fact) -> bool:
    """The figure's sentence names one day ("Saturday's protests", "on March 9") or one night
    ("overnight")."""
    words = {t.lower for t in analysis.sentence_tokens[fact.sentence]}
    if words & RUNNING_WORDS:
        return False  # "86 arrests since Saturday", "so far": a running count, not a day's
    return bool(_day_starts(analysis, fact)) or bool(words & ONE_NIGHT_WORDS)


def _day_starts(analysis: Analysis, fact: Fact) -> set[int]:
    """Where the days named in the figure's sentence start."""
    return {
        f.start
        for f in analysis.facts
        if f.sentence == fact.sentence
        and f.date is not None
        and not f.said_on  # "police said Monday": the day of the statement, not of the count
        and (f.date.day is not None or f.date.weekday is not None)
    }


def _over_days(analysis: Analysis, fact: Fact) -> bool:
    """The figure's sentence stretches a count over days: "over the unrest", "during four nights
    of rioting", "throughout the weekend" (a span preposition, then within a few words a noun of
    a happening or a stretch of time that runs for days, with no day named between them:
    "over the course of Saturday's protests" is one day's)."""
    tokens = analysis.sentence_tokens[fact.sentence]
    days = _day_starts(analysis, fact)
    for i, token in enumerate(tokens):
        if token.lower not in SPAN_PREPOSITIONS:
            continue
        for word in tokens[i + 1 : i + 1 + _SPAN_REACH]:
            if any(token.start <= day < word.end for day in days):
                break
            if word.lower in SPAN_NOUNS:
                return True
    return False


# How far after "over" the span's noun may stand: "over the course of the protests" (five words).
_SPAN_REACH = 5
