"""The reasons a journalist reads: plain words, the articles' own wordings quoted.

A reason never says both articles give a value one of them does not give, never shows an internal
form ("200000-999999", "6 weeks"), and attributes a claim only to a source that can be named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claims import Relation, written_date
from desktop.core.findings.untold.told import part_of_day
from desktop.core.lexicon.counted_nouns import PEOPLE_TOLLS
from desktop.core.model import MentionType
from desktop.core.quoting.attribution import is_source

_WHAT = {
    MentionType.PERSON: "the person",
    MentionType.ORGANISATION: "the organisation",
    MentionType.PLACE: "the place",
    MentionType.NATIONALITY: "the country",
    MentionType.DATE: "the date",
    MentionType.TIME: "the time",
    MentionType.EVENT: "the event",
}
_SLOT_PHRASES = {
    "death": "the dead",
    "injury": "the injured",
    "arrest": "arrests",
    "evacuate": "the evacuated",
    "missing": "the missing",
    "age": "an age",
    "magnitude": "the magnitude",
    "quake": "the quake",
}


def what(fact: Fact) -> str:
    if fact.type is MentionType.NATIONALITY and fact.key.startswith("group:"):
        return "the group"  # "Sikh", "NYPD" read as a group of people: no country
    return _WHAT.get(fact.type, "the figure")


def quoted(facts: Sequence[Fact]) -> str:
    """The wording as written, longest first when a fact is repeated in other words."""
    texts: list[str] = []
    for fact in sorted(facts, key=lambda f: -len(f.text)):
        if fact.text.lower() not in (t.lower() for t in texts):
            texts.append(fact.text)
    return " / ".join(repr(t) for t in texts[:2])


def slot_phrase(slot: str) -> str:
    return _SLOT_PHRASES.get(slot, slot)


def about(slot: str) -> str:
    return f" ({slot_phrase(slot)})" if slot else ""


def value_reason(rel: Relation, a: Fact, b: Fact, slot: str, refs: tuple[date | None, ...]) -> str:
    left, right = repr(a.text), repr(b.text)
    person = aged_person(a, b) if slot == "age" else ""
    if slot and slot in (a.subject, b.subject):
        slot = slot.title()  # the figure's named subject is a name: "(Streep)", not "(streep)"
    of = f" (the age of {person})" if person else about(slot)
    # An agreement quotes a value only when both sides write it: the highlighted spans show
    # each side's own wording, and a reason must never put one side's words in the other's mouth.
    if rel is Relation.SAME:
        if a.text.lower() == b.text.lower() and not _relative(a) and not _relative(b):
            return f"Both give {left}{of}."
        finer = _finer_side(a, b)
        if finer:
            # "Thursday night" / "Thursday": the same day, but only one says when in it.
            return f"Both give the same day{of}; only the {finer} says when in the day."
        return f"Both give the same {_noun(a)}{of}, each in its own words."
    if rel is Relation.CONSISTENT:
        return (
            f"The two figures{of} can both be true (one is a bound or an estimate the "
            f"other falls within), but they are not the same figure."
        )
    if rel is Relation.BOUNDS:
        # A count is revised as news comes in; a term or a measure ("more than three years" /
        # "more than six years" in prison) is not, so only a count gets the toll's excuse.
        counted = a.number is None or not a.number.dimension
        if counted:
            return (
                f"The left says {left}, the right {right}{of}: different bounds or estimates. "
                "Both may be true at different times (a toll often rises); check which is "
                "more recent."
            )
        edge = _one_edge(a, b)
        if edge:
            # "up to 2.7GHz" / "up to 3.7GHz": each ceiling holds any figure under both, so
            # neither is wrong outright, and neither corroborates the other's figure.
            return (
                f"The left says {left}, the right {right}{of}: two different {edge} of one "
                "measure. Both may be true, but they tell two figures, not one; check which "
                "is meant."
            )
        return (
            f"The left says {left}, the right {right}{of}: different bounds or estimates of "
            "one measure; check which is right."
        )
    if (hedged(a) or hedged(b)) and slot in PEOPLE_TOLLS and _counts(a, b):
        # "146 injured" / "More than 200 injured": a toll of people told as a bound or an
        # estimate is most often a count told at another hour, not a rounding (issue 8).
        return (
            f"The left says {left}, the right {right}{of}: a bound or an estimate that does not "
            "hold the other figure. A count of people is revised as news comes in, so both may "
            "be true if they were told at different times; check which is more recent."
        )
    if hedged(a) or hedged(b):
        return (
            f"The left says {left}, the right {right}{of}: an estimate or a range that does not "
            "hold the other figure. Both may be true if one was rounded or revised; check which "
            "is exact."
        )
    if a.date is not None or b.date is not None:
        return (
            f"Different {_noun(a)}s for the same thing{of}: the left says "
            f"{_with_resolution(a, refs[0])}, the right {_with_resolution(b, refs[1])}."
        )
    told = f"Different figures for the same thing{of}: the left says {left}, the right {right}."
    return told + (_REVISED_TOLL if slot in _TOLL_SLOTS and _counts(a, b) else "")


# Tolls a report revises as news comes in (a victim dies, another is found): two articles
# written hours apart may each have been right when written.
_TOLL_SLOTS = frozenset(["death", "injury"])
_REVISED_TOLL = (
    " A toll is revised as news comes in: if the two reports were written at different times, "
    "both may have been true; check which is more recent."
)


def _counts(a: Fact, b: Fact) -> bool:
    """Both figures count people plainly: no unit, no day."""
    return all(f.number is not None and not f.number.dimension and f.date is None for f in (a, b))


def _one_edge(a: Fact, b: Fact) -> str:
    """ "ceilings" when both figures are told as upper bounds ("up to"), "floors" when both are
    told as lower bounds ("at least"), else ""."""
    bounds = {f.number.bound if f.number is not None else "" for f in (a, b)}
    return (
        {"upper": "ceilings", "lower": "floors"}.get(bounds.pop(), "") if len(bounds) == 1 else ""
    )


def hedged(fact: Fact) -> bool:
    """A figure told as an estimate, a bound or a range ("about 6.0", "up to 2.7GHz", "$12
    billion to $13 billion"): one that a figure outside it may still round or revise."""
    return fact.number is not None and fact.number.bound in ("approx", "lower", "upper", "range")


def aged_person(a: Fact, b: Fact) -> str:
    """The person two ages are given to, when both are given to one ("John Harlow, 86" /
    "Harlow died at the age of 87"): the fuller of the names the articles write."""
    if not a.owner or a.owner != b.owner:
        return ""
    return max((a.owner_name, b.owner_name), key=lambda n: (len(n.split()), n))


def _noun(fact: Fact) -> str:
    if fact.type is MentionType.TIME:
        return "time"
    return "date" if fact.date is not None else "figure"


def _finer_side(a: Fact, b: Fact) -> str:
    """The side that alone names a time within the day both give, or ""."""
    timed = [part_of_day(f.text) is not None or parse_time(f.text) is not None for f in (a, b)]
    if a.date is None or b.date is None or timed[0] == timed[1]:
        return ""
    return "left" if timed[0] else "right"


def _relative(fact: Fact) -> bool:
    return bool(re.search(r"\b(today|tonight|yesterday|tomorrow|last night)\b", fact.text, re.I))


def _with_resolution(fact: Fact, reference: date | None) -> str:
    """A relative day shows what it resolves to: "'Today' (22 September 2023)"."""
    if not _relative(fact):
        return repr(fact.text)
    day = written_date(fact, reference)
    if day is None or day.year is None or day.month is None or day.day is None:
        return repr(fact.text)
    return f"{fact.text!r} ({date(day.year, day.month, day.day):%-d %B %Y})"


def hedges(facts: Sequence[Fact], analysis: Analysis, side: str) -> list[str]:
    """Say when a side's claim is hedged or rests on one source: a journalist weighs it
    differently."""
    notes = []
    for index in sorted({f.sentence for f in facts})[:1]:
        sentence = analysis.sentences[index] if index < len(analysis.sentences) else None
        if sentence is None:
            continue
        if sentence.hedged:
            notes.append(f"The {side} article hedges this (unconfirmed or claimed).")
        source = sentence.attribution
        # "LaCalamita, 38, said nothing": his name and age are not facts he is the source of.
        if source and is_source(source) and not any(f.text in source for f in facts):
            notes.append(f"The {side} article attributes it to {source}.")
    return notes
