"""Calendar dates name their day outright, whatever tense tells them.

A weekday "due in court Tuesday" may be next week's Tuesday, so a day still to come is never set
against a day told plainly (``claims._days_of_two_kinds``). "a vote by shareholders on May 14"
/ "investors vote on it on May 21" leave no such doubt: two calendar days of one happening (both
hang on the vote) clash, whether the sentence looks ahead or not. And "will go on sale in
January" / "are due in February": two lone bare months in two aligned sentences are one month
told twice when both sentences speak of one thing, precise enough to clash, though a bare month
alone is too loose to contradict a fuller date."""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact


def _calendar_day(fact: Fact) -> bool:
    """A day written by its month and day ("May 14"); never a weekday, which a pass may have
    read onto the calendar ("Thursday" as the Thursday after the page's day)."""
    day = fact.date
    return day is not None and day.month is not None and day.day is not None and day.weekday is None


def one_calendar_happening(a: Fact, b: Fact) -> bool:
    """Two calendar days hung with full weight on one word (the happening they date)."""
    if not (_calendar_day(a) and _calendar_day(b)):
        return False
    heads = {w for w, weight in a.slot.items() if weight >= 1.0}
    return any(b.slot.get(w, 0.0) >= 1.0 for w in heads)


def _bare_month(fact: Fact) -> bool:
    day = fact.date
    return (
        day is not None
        and day.month is not None
        and day.year is None
        and day.day is None
        and day.weekday is None
        and not day.part
    )


def two_bare_months(
    a: Fact, b: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    """Two bare months that date one thing: the two sentences open on the same noun ("Laptops
    using the chips will go on sale in January" / "The first laptops with the chips are due in
    February"), never "Desktop computers will follow in February"."""
    if not (_bare_month(a) and _bare_month(b)):
        return False
    nouns = _first_noun(analyses[0], pair.left), _first_noun(analyses[1], pair.right)
    return nouns[0] != "" and nouns[0] == nouns[1]


def _first_noun(analysis: Analysis, sentence: int) -> str:
    return next((t.content for t in analysis.sentence_tokens[sentence] if t.noun and t.content), "")


def lone_calendar_days(a: Fact, b: Fact, told: tuple[list[Fact], list[Fact]]) -> bool:
    """Two calendar days in loosely aligned sentences that date one thing: each its sentence's
    only calendar day, beside a word both days hang on ("a judge set his trial for June 9" /
    "The trial will start on June 16": the trial)."""
    if not (_calendar_day(a) and _calendar_day(b)):
        return False
    if [f for f in told[0] if _calendar_day(f)] != [a] or [
        f for f in told[1] if _calendar_day(f)
    ] != [b]:
        return False
    return bool(a.slot.keys() & b.slot.keys())
