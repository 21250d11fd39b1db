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

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.assembly import Draft
from desktop.core.findings.claims import locates
from desktop.core.lexicon import STREET_WORDS
from desktop.core.link import NAME_TYPES
from desktop.core.model import FindingKind

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z.]+)")
# "place" and "way" also end common phrases ("took place", "on the way"): no street there.
STREET_NAMES = STREET_WORDS - {"place", "pl", "way", "circle"}


def another_happening(draft: Draft, left: Analysis, right: Analysis) -> bool:
    """The conflict sets a paragraph about another shooting of a round-up against the story."""
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    if any(_spot(f, left.document.text) for f in draft.left) or any(
        _spot(f, right.document.text) for f in draft.right
    ):
        return False  # "the 600 block" / "the 700 block": the address is the very claim
    return _elsewhere(draft.right, right, left) or _elsewhere(draft.left, left, right)


def _elsewhere(facts: list[Fact], mine: Analysis, theirs: Analysis) -> bool:
    """Every fact sits in a paragraph set at addresses the other article never gives, while this
    article gives one of the other's addresses in another paragraph."""
    told = _addresses(theirs)
    if not told:
        return False
    places = _by_paragraph(mine)
    paragraphs = {_paragraph(mine, f.sentence) for f in facts}
    for paragraph in paragraphs:
        here = places.get(paragraph, frozenset())
        if not here or here & told:
            return False
    return any(p not in paragraphs and spots & told for p, spots in places.items())


def _addresses(analysis: Analysis) -> frozenset[str]:
    return frozenset(a for spots in _by_paragraph(analysis).values() for a in spots)


def _by_paragraph(analysis: Analysis) -> dict[int, frozenset[str]]:
    """Block and house numbers ("the 600 block", "900 Garden Way") and streets ("on Elm Street",
    "at Oak and Pine streets") by paragraph. Run only for the few conflicts a pair has, so
    nothing is cached."""
    out: dict[int, set[str]] = {}
    text = analysis.document.text
    for fact in analysis.facts:
        spot = _spot(fact, text)
        if spot:
            out.setdefault(_paragraph(analysis, fact.sentence), set()).add(spot)
    return {p: frozenset(s) for p, s in out.items()}


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


def _paragraph(analysis: Analysis, sentence: int) -> int:
    start = analysis.sentences[sentence].start
    return len(_PARAGRAPH_BREAK.findall(analysis.document.text, 0, start))
