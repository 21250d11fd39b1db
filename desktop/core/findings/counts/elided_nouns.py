"""A bare figure after a counted noun phrase in the same sentence counts that noun: English leaves
out a noun it has just said ("Quorra employs about 38,500 people, after adding 1,500 in the
quarter": 1,500 people; "killed five people and wounded 12": 12 people). Read alone the bare
figure counts nothing, so it could never meet the other article's "hired 1,200 people in the
quarter"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.events.tolls import is_age


def elided_noun(
    analysis: Analysis,
    fact: Fact,
    around: tuple[Sequence[Token], Sequence[Token]],
    noun_of: Callable[[Fact], str],
) -> str:
    """The noun a bare figure leaves out, taken from the figure counting a noun right before it
    in its sentence. Only a verb's bare object leaves its noun out so ("after adding 1,500",
    "wounded 12"): a figure after a preposition is another value set beside the count ("up from
    9", "compared with 9 last year"), and one followed by "of" is a part told by its own words
    ("1,500 of them"). "" when no counted figure stands before it with no other figure between."""
    before, after = around
    if after and after[0].lower == "of":
        return ""
    if not before or not before[-1].content or before[-1].noun:
        return ""
    inside = analysis.sentence_tokens[fact.sentence]
    if any(t.noun for t in inside if fact.start <= t.start and t.end <= fact.end):
        return ""  # "a typical 20 million audience" names its own noun
    earlier = [
        f
        for f in facts_of(analysis, fact.sentence)
        if f.end <= fact.start and f.number is not None and f.date is None
    ]
    if not earlier:
        return ""
    last = max(earlier, key=lambda f: f.end)
    if last.number is None or last.number.dimension or last.part or is_age(last):
        # "$3 million, after adding 1,500": a sum names no noun for a count; "26-year-old
        # Esteban Santiago ... killing five": an age's noun is its person, never a count's
        return ""
    return noun_of(last)
