"""Two works of one series picked out by two ordinals: the conflict is withdrawn.

"Catching Fire, the second book in the trilogy" / "his adaptation of the first book in the
trilogy": an ordinal before a noun for a work (``lexicon/series_items.py``) picks one member of a
series, so two ordinals pick two works, and the sentences tell of two things, not one thing two
ways. Floors, rounds and days are not read this way: "on the third floor" / "on the second floor"
may be where one happening took place, told two ways.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.lexicon.series_items import ORDINALS, SERIES_WORKS
from desktop.core.model import FindingKind

_WORD = re.compile(r"[A-Za-z0-9]+")
# How far past a value the noun it picks may stand: "the second book", "the second Hunger Games
# book" (the noun two words on). Set by hand on the story tests.
_NOUN_REACH = 3


def without_other_series_items(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts between two ordinal-picked works of a series."""
    return [d for d in drafts if not _two_works(d, left, right)]


def _two_works(draft: Draft, left: Analysis, right: Analysis) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    a = [_picked_work(left, f) for f in draft.left]
    b = [_picked_work(right, f) for f in draft.right]
    ordinals_a = {picked[0] for picked in a if picked is not None}
    ordinals_b = {picked[0] for picked in b if picked is not None}
    if None in a or None in b:
        return False
    return not ordinals_a & ordinals_b


def _picked_work(analysis: Analysis, value: Fact) -> tuple[str, str] | None:
    """(ordinal, work noun) when the value is an ordinal picking a work: "second book"."""
    sentence = analysis.sentences[value.sentence]
    after = analysis.document.text[value.start : sentence.end]
    words = [w.lower() for w in _WORD.findall(after)]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or words[0] not in ORDINALS:
        return None
    for word in words[1 : 1 + _NOUN_REACH]:
        noun = word[:-1] if word.endswith("s") and word[:-1] in SERIES_WORKS else word
        if noun in SERIES_WORKS:
            return words[0], noun
    return None
