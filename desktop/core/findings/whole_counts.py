"""The whole a part is taken from: "took 412 of the 650 seats", "three of the five judges".

A figure after "of (the)" that follows another figure counts the whole set the first figure is
taken from: the seats of the chamber, the judges of the bench. The sentence tells the part as its
news ("412 seats won"), so another article's count nearer the part than the whole tells the part
too ("won 412 seats", "won 402 seats") and is never set against the whole. A count nearer the
whole ("a cabinet of 22 ministers" / "nine of the 24 ministers") still meets it.
"""

from __future__ import annotations

import math

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.time_words import RUN_END_WORDS
from desktop.core.values import parse_number

# Words that may stand between "of" and the whole's figure: "412 of the 650 seats".
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


def part_of_whole(analysis: Analysis, fact: Fact) -> float | None:
    """The part told before a whole: 412 for "650" of "412 of the 650 seats"; None when the
    figure is no whole of a part."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    if before and before[-1] in _WHOLE_DETERMINERS:
        before = before[:-1]
    if len(before) < 2 or before[-1] != "of":
        return None
    part = parse_number(before[-2])
    return None if part is None else part.centre


def counts_a_whole(analysis: Analysis, fact: Fact) -> bool:
    return part_of_whole(analysis, fact) is not None


def whole_against_part(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure is a whole and the other, no whole, lies nearer that whole's part: "650" of
    "412 of the 650 seats" against "won 402 seats" sets the chamber against the seats won. Or
    one figure is a part "including" names of a group its sentence counted before, and the other
    lies nearer that group: "Over 100 were wounded, including 20 hit by live rounds" against
    "more than 100 people were injured" sets the 20 against no one."""
    if _included_against_whole(a, b) or _included_against_whole(b, a):
        return True
    if opens_or_ends_a_run(*a) != opens_or_ends_a_run(*b):
        return True  # "his first 11 seasons" / "played 15 seasons": a part of the career
    if adds_up_holders(*a) != adds_up_holders(*b):
        return True  # "a combined 157 games with two clubs" / "54 games with one of them"
    if {_time_spent(*a), _time_spent(*b)} == {"as", "with"}:
        return True  # "four seasons as director of personnel" / "19 seasons with the club"
    for (side, whole), (other_side, other) in ((a, b), (b, a)):
        part = part_of_whole(side, whole)
        if part is None or counts_a_whole(other_side, other):
            continue
        if whole.number is None or other.number is None:
            return False
        size, value = whole.number.centre, other.number.centre
        if min(part, size, value) <= 0:
            return True
        return abs(math.log(value / part)) < abs(math.log(value / size))
    return False


def opens_or_ends_a_run(analysis: Analysis, fact: Fact) -> bool:
    """ "spent his first 11 seasons with the 76ers", "won the last three games": the figure
    counts the first or last stretch of a longer run (a career, a season, a term), so it is a
    part of it and never a second account of the whole run's length ("played 15 seasons")."""
    if fact.date is not None:
        return False  # "last Thursday", "last year" name a time, not a stretch of a run
    words = fact.text.lower().split()
    if words and words[0] in RUN_END_WORDS:
        return True
    before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return bool(before) and before[-1].lower in RUN_END_WORDS


def adds_up_holders(analysis: Analysis, fact: Fact) -> bool:
    """ "a combined 157 games with the Angels and Braves": the figure sums what several holders
    had, so another article's figure for one of them ("54 games with the Angels") is a part of
    the sum, never a second account of it. Two sums still meet."""
    words = fact.text.lower().split()
    if words[:2] == ["a", "combined"] or words[:1] == ["combined"]:
        return True
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return before[-1:] == ["combined"]


def _time_spent(analysis: Analysis, fact: Fact) -> str:
    """ "spent four seasons as the team's director of personnel" / "has spent 19 seasons with
    the 76ers": a length of time followed by "as" and a role is the time served in that role, a
    stretch of the time "with" the employer, never a second account of it. "as" and "with" for
    a length of time, else "". Two times in roles, or a role told as "served on the court for
    eight years" / "ten years as a judge", still meet."""
    if not fact.key.startswith("duration:"):
        return ""
    after = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    return after[0] if after[:1] in (["as"], ["with"]) else ""


# probewar: words that open a part of a group just counted ("killing 12, including four
# children", "Over 100 were wounded, among them 20 hit by live rounds").
_INCLUDING = frozenset({"including", "includes", "included"})


def _included_against_whole(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    (side, part), (_, other) = a, b
    if part.number is None or other.number is None:
        return False
    before = [t for t in side.sentence_tokens[part.sentence] if t.end <= part.start]
    if not before or before[-1].lower not in _INCLUDING:
        return False
    opened = before[-1].start
    wholes = [
        f.number.centre
        for f in side.facts
        if f.sentence == part.sentence
        and f.end <= opened
        and f.number is not None
        and f.number.dimension == part.number.dimension
    ]
    if not wholes:
        return False
    size, piece, value = wholes[-1], part.number.centre, other.number.centre
    if min(size, piece, value) <= 0 or size <= piece:
        return False
    return abs(math.log(value / size)) < abs(math.log(value / piece))
