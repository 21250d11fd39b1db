"""A round-up's paragraph about another shooting: its figures are not the story's.

Local papers gather a night's or a weekend's shootings in one article, a paragraph each, every
paragraph set at its own address, a block or a street ("About 11 p.m. Friday, two men were
wounded in the 600 block of East 79th Street. Police said three men were seen running from the
scene."). A report of one of those shootings shares the round-up's paragraph about it, address
and all; a paragraph set at an address that report never gives is about another shooting, and
its figures, days and names say nothing against the report's, however alike the sentences read
("two men were seen running" / "three men were seen running", "10 shell casings" / "15 shell
casings"). Only an article that itself gives the other report's address elsewhere is read so: it
tells several shootings, one of them the story's. A conflict over the address itself is left
alone: there the address is the claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import locates
from desktop.core.lexicon.ranks import STREET_NAMES
from desktop.core.model import FindingKind
from desktop.core.naming.link import NAME_TYPES

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z.]+)")


def without_other_happenings(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts that set a paragraph about another shooting of a round-up
    against the story. The articles' addresses are read once, and only when there is a
    conflict to judge."""
    if not any(_a_conflict(d) for d in drafts):
        return drafts
    sides = _Addresses.of(left), _Addresses.of(right)
    return [d for d in drafts if not (_a_conflict(d) and _another_happening(d, sides))]


def _a_conflict(draft: Draft) -> bool:
    return draft.kind is FindingKind.CONFLICT and bool(draft.left) and bool(draft.right)


@dataclass(frozen=True, slots=True)
class _Addresses:
    """Block and house numbers ("the 600 block", "900 Garden Way") and streets ("on Elm Street",
    "at Oak and Pine streets") of one article, by paragraph."""

    analysis: Analysis
    breaks: tuple[int, ...]  # where each paragraph break ends
    spots: dict[int, frozenset[str]]  # paragraph -> its addresses
    every: frozenset[str]

    @classmethod
    def of(cls, analysis: Analysis) -> _Addresses:
        text = analysis.document.text
        breaks = tuple(m.end() for m in _PARAGRAPH_BREAK.finditer(text))
        found: dict[int, set[str]] = {}
        for fact in analysis.facts:
            spot = _spot(fact, text)
            if spot:
                start = analysis.sentences[fact.sentence].start
                found.setdefault(bisect_right(breaks, start), set()).add(spot)
        spots = {p: frozenset(s) for p, s in found.items()}
        every = frozenset(a for each in spots.values() for a in each)
        return cls(analysis, breaks, spots, every)

    def paragraph(self, fact: Fact) -> int:
        return bisect_right(self.breaks, self.analysis.sentences[fact.sentence].start)


def _another_happening(draft: Draft, sides: tuple[_Addresses, _Addresses]) -> bool:
    left, right = sides
    if any(_spot(f, left.analysis.document.text) for f in draft.left) or any(
        _spot(f, right.analysis.document.text) for f in draft.right
    ):
        return False  # "the 600 block" / "the 700 block": the address is the very claim
    return _elsewhere(draft.right, right, left) or _elsewhere(draft.left, left, right)


def _elsewhere(facts: list[Fact], mine: _Addresses, theirs: _Addresses) -> bool:
    """Every fact sits in a paragraph set at addresses the other article never gives, while this
    article gives one of the other's addresses in another paragraph."""
    if not theirs.every:
        return False
    paragraphs = {mine.paragraph(f) for f in facts}
    for paragraph in paragraphs:
        here = mine.spots.get(paragraph, frozenset())
        if not here or here & theirs.every:
            return False
    return any(p not in paragraphs and spots & theirs.every for p, spots in mine.spots.items())


def _spot(fact: Fact, text: str) -> str:
    if fact.number is not None:
        return f"number {fact.number.low:g}" if locates(fact) else ""
    if fact.type not in NAME_TYPES:
        return ""
    words = fact.text.lower().split()
    after = _NEXT_WORD.match(text, fact.end)
    if words and _street_word(words[-1]):
        return "street " + " ".join(words[:-1])  # "West Madison Street": as "West Madison"
    if after and _street_word(after.group(1).lower()):
        return "street " + " ".join(words)  # "Oak and Pine" of "Oak and Pine streets"
    return ""


def _street_word(word: str) -> bool:
    word = word.strip(".")
    return word in STREET_NAMES or (word.endswith("s") and word[:-1] in STREET_NAMES)
