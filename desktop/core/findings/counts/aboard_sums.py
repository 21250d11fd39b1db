"""The people on board told whole and told in its two parts: "The plane carried 157 people" /
"149 passengers and eight crew".

The passengers and the crew are the two parts of everyone on board (aboard.py), so the two parts
written side by side add up to the whole another article gives. Their sum agrees with a whole
that allows it and clashes with one that does not ("157 people" / "149 passengers and 18 crew",
167 in all). A story tells one craft's people on board, so the whole and the parts are compared
wherever each article tells them, once each article gives one figure for it: two wholes of
different values (two ships, or a toll and a count aboard) leave the parts alone.
"""

from __future__ import annotations

import re
from itertools import pairwise

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue, numbers_compatible
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.aboard import aboard_part
from desktop.core.findings.tuning.later_rules import ABOARD_SUM_CONFIDENCE
from desktop.core.model import FindingKind, Side

# Between the first part's figure and the second's: its noun, perhaps "members", and "and"/"plus"
# ("149 passengers and eight crew", "eight crew members plus 149 passengers").
_JOINED_PARTS = re.compile(r"\s+[a-z-]+(?:\s+members)?,?\s+(?:and|plus)\s+$", re.I)
# A whole told as a plain count of people carried: "carried 157 people".
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|souls)\b", re.I)
_CARRYING_WORDS = ("board", "carry")


def aboard_sums(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """An agreement or a conflict between one article's count of everyone on board and the sum of
    the other's passengers and crew."""
    drafts: list[Draft] = []
    for whole_side, parts_side in ((Side.LEFT, Side.RIGHT), (Side.RIGHT, Side.LEFT)):
        wholes_at, parts_at = (left, right) if whole_side is Side.LEFT else (right, left)
        wholes = _wholes(wholes_at, whole_side, ledger)
        parts = _part_pairs(parts_at, parts_side, ledger)
        if not wholes or len(parts) != 1 or _wholes(parts_at, parts_side, ledger):
            continue
        if len({(f.number.low, f.number.high) for f in wholes if f.number}) != 1:
            continue
        pair = parts[0]
        draft = _verdict(wholes, pair, parts_at.document.text, whole_side)
        if draft is not None:
            mine, theirs = (draft.left, draft.right)
            ledger.judge("aboard sums", mine, theirs)
            drafts.append(draft)
    return drafts


def _verdict(wholes: list[Fact], pair: tuple[Fact, Fact], text: str, side: Side) -> Draft | None:
    whole = wholes[0]
    assert whole.number is not None
    first, second = pair
    total = _sum(first, second)
    fits = numbers_compatible(whole.number, total)
    if fits is None:
        return None
    told = text[first.start : _noun_end(text, second)]
    said = f"'{whole.text}'"
    total_text = f"{total.low:g}"
    if fits:
        kind, reason = (
            FindingKind.AGREE,
            f"The {side.value} gives {said} on board; the other article gives its two parts, "
            f"'{told}', {total_text} in all.",
        )
    else:
        kind, reason = (
            FindingKind.CONFLICT,
            f"The {side.value} gives {said} on board; the other article gives its two parts, "
            f"'{told}', which make {total_text}.",
        )
    parts = [first, second]
    left, right = (wholes, parts) if side is Side.LEFT else (parts, wholes)
    return Draft(kind, report_type(whole), left, right, reason, ABOARD_SUM_CONFIDENCE)


def _sum(first: Fact, second: Fact) -> NumberValue:
    a, b = first.number, second.number
    assert a is not None and b is not None
    exact = a.exact and b.exact
    bound = "" if a.bound == b.bound == "" else "approx"
    return NumberValue(a.low + b.low, a.high + b.high, "", exact, bound)


def _noun_end(text: str, fact: Fact) -> int:
    """Where the second part's noun ends: "eight crew" rather than "eight"."""
    match = re.match(r"\s+[a-z-]+(?:\s+members)?", text[fact.end :], re.I)
    return fact.end + (match.end() if match else 0)


def _wholes(analysis: Analysis, side: Side, ledger: Ledger) -> list[Fact]:
    """Counts of everyone on board: "157 people on board", "carrying 157 people"."""
    text = analysis.document.text
    return [
        f
        for f in ledger.free(side, analysis.facts)
        if _count(f)
        and not f.part
        and (
            aboard_part(f) == "all"
            or (
                any(f.slot.get(word, 0.0) >= 0.5 for word in _CARRYING_WORDS)
                and _PEOPLE_AFTER.match(text, f.end) is not None
            )
        )
    ]


def _part_pairs(analysis: Analysis, side: Side, ledger: Ledger) -> list[tuple[Fact, Fact]]:
    """The passengers and the crew told side by side in one sentence, in text order."""
    facts = sorted((f for f in ledger.free(side, analysis.facts) if _count(f)), key=_start)
    text = analysis.document.text
    found: list[tuple[Fact, Fact]] = []
    for first, second in pairwise(facts):
        if first.sentence != second.sentence:
            continue
        if {aboard_part(first), aboard_part(second)} != {"part", "crew"}:
            continue
        if _JOINED_PARTS.match(text[first.end : second.start]) is None:
            continue
        found.append((first, second))
    return found


def _count(fact: Fact) -> bool:
    """A figure that counts people (a part here is what the parts are made of: passengers are
    "a part of" everyone on board)."""
    number = fact.number
    return (
        number is not None
        and number.dimension == ""
        and number.bound in ("", "approx", "lower")
        and not fact.other_event
    )


def _start(fact: Fact) -> int:
    return fact.start
