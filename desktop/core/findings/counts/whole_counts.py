"""The whole a part is taken from: "took 412 of the 650 seats", "three of the five judges".

A figure after "of (the)" that follows another figure counts the whole set the first figure is
taken from: the seats of the chamber, the judges of the bench. The sentence tells the part as its
news ("412 seats won"), so another article's count nearer the part than the whole tells the part
too ("won 412 seats", "won 402 seats") and is never set against the whole. A count nearer the
whole ("a cabinet of 22 ministers" / "nine of the 24 ministers") still meets it.
"""

from __future__ import annotations

import math

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.amounts.added_sums import added_against_base
from desktop.core.findings.counts.happening_totals import (
    one_against_several,
    stock_against_count,
)
from desktop.core.lexicon.shares import (
    RATE_BASE_LINKS,
    RELATIVE_OPENERS,
    RELATIVE_PREPOSITIONS,
    VAGUE_SHARES,
)
from desktop.core.lexicon.time_words import RUN_END_WORDS

# Words that may stand between "of" and the whole's figure: "412 of the 650 seats".
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


def part_of_whole(analysis: Analysis, fact: Fact) -> float | None:
    """The part told before a whole: 412 for "650" of "412 of the 650 seats"; None when the
    figure is no whole of a part."""
    before = _before_of(analysis, fact)
    part = parse_number(before[-1]) if before else None
    return None if part is None else part.centre


def _before_of(analysis: Analysis, fact: Fact) -> list[str]:
    """The words before "of (the)" when the figure follows it ("412" of "412 of the 650"), else
    none."""
    before = _words_before(analysis, fact)
    if before and before[-1] in _WHOLE_DETERMINERS:
        before = before[:-1]
    return before[:-1] if len(before) >= 2 and before[-1] == "of" else []


def _words_before(analysis: Analysis, fact: Fact) -> list[str]:
    """The lower-cased words of the figure's sentence before it."""
    return [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]


def vague_share_of_whole(analysis: Analysis, fact: Fact) -> tuple[float, float] | None:
    """The percentages a share told in words allows of the whole after it: (80, 100) for "2.5
    million" of "almost all of the 2.5 million people eligible"; None when no such share stands
    before the figure."""
    before = _before_of(analysis, fact)
    for size in (3, 2, 1):
        share = " ".join(before[-size:])
        if len(before) >= size and share in VAGUE_SHARES:
            return VAGUE_SHARES[share]
    return None


def counts_a_whole(analysis: Analysis, fact: Fact) -> bool:
    return (
        part_of_whole(analysis, fact) is not None
        or vague_share_of_whole(analysis, fact) is not None
    )


def rate_base(analysis: Analysis, fact: Fact) -> bool:
    """ "23 of every 24 hours", "one in every five voters": the figure after "every" is the base
    a rate is counted against, a unit of the rate and never a count or a length of anything, so
    it is set against no figure of the other article ("more than 30 hours of deliberations")."""
    before = _words_before(analysis, fact)
    if before[-1:] != ["every"] or len(before) < 3:
        return False
    link = before[-2]
    if link == "of" and before[-3] == "out" and len(before) > 3:
        return parse_number(before[-4]) is not None  # "two out of every three"
    return link in RATE_BASE_LINKS and parse_number(before[-3]) is not None


def picks_one_member(analysis: Analysis, fact: Fact) -> bool:
    """ "There was even one round where he boasted", "one night when the power failed": "one"
    with a noun and a relative clause singles out a member of a set to tell something of it; it
    does not count the set, so it never meets the other article's count of the set ("stopped in
    seven rounds"). "The fight lasted one round" still counts the rounds."""
    if fact.number is None or fact.number.centre != 1 or fact.text.lower().split()[:1] != ["one"]:
        return False
    after = [t for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    for i, token in enumerate(after[: tuning.MEMBER_NOUN_REACH + 1]):
        opens = token.lower in RELATIVE_OPENERS or (
            token.lower in RELATIVE_PREPOSITIONS
            and after[i + 1 : i + 2] != []
            and after[i + 1].lower in RELATIVE_OPENERS
        )
        if opens:
            return i > 0 or fact.text.lower() != "one"
        if not token.content:
            return False
    return False


def whole_against_part(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure is a whole and the other, no whole, lies nearer that whole's part: "650" of
    "412 of the 650 seats" against "won 402 seats" sets the chamber against the seats won. Or
    one figure is a part "including" names of a group its sentence counted before, and the other
    lies nearer that group: "Over 100 were wounded, including 20 hit by live rounds" against
    "more than 100 people were injured" sets the 20 against no one."""
    if _included_against_whole(a, b) or _included_against_whole(b, a):
        return True
    if any(rate_base(*x) or picks_one_member(*x) for x in (a, b)):
        return True  # "23 of every 24 hours", "one round where ...": no count of anything
    if _share_holds(a, b) or _share_holds(b, a):
        return True  # "almost all of the 2.5 million eligible" / "2.44 million voted"
    if opens_or_ends_a_run(*a) != opens_or_ends_a_run(*b):
        return True  # "his first 11 seasons" / "played 15 seasons": a part of the career
    if adds_up_holders(*a) != adds_up_holders(*b):
        return True  # "a combined 157 games with two clubs" / "54 games with one of them"
    if {_time_spent(*a), _time_spent(*b)} == {"as", "with"}:
        return True  # "four seasons as director of personnel" / "19 seasons with the club"
    if _nearer_a_listed_part(a, b) or _nearer_a_listed_part(b, a):
        return True  # "14 cores: six fast cores and eight efficient cores" / "eight cores"
    if one_against_several(a, b):
        return True  # "14 rifles during the five operations" / "During the operation, six"
    if stock_against_count(a, b):
        return True  # "The company now has 52 satellites in orbit" / "placed 22 satellites"
    if added_against_base(a, b):
        return True  # "£62m plus up to £8m in bonuses": the £8m is no other fee than £62m
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
    before = _words_before(analysis, fact)
    return bool(before) and before[-1] in RUN_END_WORDS


def adds_up_holders(analysis: Analysis, fact: Fact) -> bool:
    """ "a combined 157 games with the Angels and Braves": the figure sums what several holders
    had, so another article's figure for one of them ("54 games with the Angels") is a part of
    the sum, never a second account of it. Two sums still meet."""
    words = fact.text.lower().split()
    if words[:2] == ["a", "combined"] or words[:1] == ["combined"]:
        return True
    before = _words_before(analysis, fact)
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


def _share_holds(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """The other figure is as large a part of the whole as the share told in words allows: "almost
    all of the 2.5 million eligible" holds "2.44 million voted" (98%); "1 million voted" (40%) or
    a figure above the whole still meets it."""
    (side, whole), (_, other) = a, b
    share = vague_share_of_whole(side, whole)
    if share is None or whole.number is None or other.number is None:
        return False
    size, value = whole.number.centre, other.number.centre
    if size <= 0 or value <= 0:
        return False
    low, high = share
    return low <= 100 * value / size <= high


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


def listed_parts(analysis: Analysis, whole: Fact) -> list[float]:
    """The parts the whole's own sentence breaks it into after it, when they add up to it: 6 and
    8 for "14" of "The T9 has 14 cores: six fast cores ... and eight efficient cores"; none when
    the later counts of the same noun do not add up to the whole (they count something else)."""
    if whole.number is None or not whole.counted:
        return []
    parts = [
        f.number.centre
        for f in analysis.facts
        if f.sentence == whole.sentence
        and f.start >= whole.end
        and f.number is not None
        and f.counted == whole.counted
    ]
    if len(parts) < 2 or not math.isclose(sum(parts), whole.number.centre):
        return []
    return parts


def _nearer_a_listed_part(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """The other figure lies nearer one of the parts the whole is broken into than the whole:
    the other article tells a part ("eight efficiency cores"), never a second account of the
    whole. A figure nearer the whole ("13 cores") still meets it."""
    (side, whole), (_, other) = a, b
    parts = listed_parts(side, whole)
    if not parts or whole.number is None or other.number is None:
        return False
    value, size = other.number.centre, whole.number.centre
    if min(value, size, *parts) <= 0:
        return False
    return min(abs(math.log(value / part)) for part in parts) < abs(math.log(value / size))
