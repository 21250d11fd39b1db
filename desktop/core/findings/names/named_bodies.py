"""Two bodies of one kind, named differently in matching sentences.

"Lindsay Lohan checks into rehab at Betty Ford Center" / "Lohan checks out of the Betty Brennan
Treatment Center": a name ends in the noun that says what kind of body it is (a center, a
hospital, a department), and the words before it say which one. When two aligned sentences each
name one body, of the same kind, and each name has a word of its own that is no generic word of
body names, the two articles put two different bodies in one place in the story. A name that only
adds or drops words ("Los Angeles County Sheriff's Department" / "Los Angeles Sheriff's
Department") names the same body; a body the other article names anywhere is one it tells of too;
and a newspaper or broadcaster ("the LA Times" / "the Los Angeles Times") reports the story rather
than takes part in it: none is a clash.
"""

from __future__ import annotations

import re

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon import GENERIC_NAME_WORDS, INSTITUTION_HEADS
from desktop.core.lexicon.bodies import REPORTING_HEADS
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType, Side
from desktop.core.naming.names import fold


def bodies_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    linked: tuple[set[str], set[str]],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """A body in one sentence where the matching sentence names another of the same kind."""
    a_side = _bodies(mine, linked[0], ledger, Side.LEFT)
    b_side = _bodies(theirs, linked[1], ledger, Side.RIGHT)
    if len({f.key for f in a_side}) != 1 or len({f.key for f in b_side}) != 1:
        return []
    fa, fb = a_side[0], b_side[0]
    words_a, words_b = fold(fa.text).split(), fold(fb.text).split()
    head = words_a[-1]
    if head != words_b[-1] or head not in INSTITUTION_HEADS or head in REPORTING_HEADS:
        return []  # "Betty Ford Center" / "Betty Ford": no kind of body to compare
    own_a = [w for w in words_a if w not in words_b and w not in GENERIC_NAME_WORDS]
    own_b = [w for w in words_b if w not in words_a and w not in GENERIC_NAME_WORDS]
    if not own_a or not own_b:
        return []
    if _named(analyses[1], fa) or _named(analyses[0], fb):
        return []
    ledger.judge("aligned", a_side, b_side)
    return [
        aligned_clash(
            report_type(fa),
            a_side,
            b_side,
            f"the left names the {words_a[-1]} {fa.text!r} and the right {fb.text!r}.",
            pair.score,
        )
    ]


def _bodies(facts: list[Fact], linked: set[str], ledger: Ledger, side: Side) -> list[Fact]:
    return [
        f
        for f in facts
        if f.type is MentionType.ORGANISATION
        and f.key not in linked
        and not f.weak
        and not ledger.judged(side, f)
    ]


def _named(analysis: Analysis, body: Fact) -> bool:
    """Whether the article names the body too: as a fact of its own, or by the words before its
    kind noun, as British reports name a court by its bench ("pleaded not guilty at Swale Vale
    Magistrates and will appear before Maidstone Crown Court"): that article tells of both
    bodies, two steps of the story, and the other's one is among them. Words that name only a
    place ("Los Angeles" of "Los Angeles Hospital") or a single word name no body."""
    if any(f.key == body.key for f in analysis.facts):
        return True
    words = fold(body.text).split()[:-1]
    if len(words) < 2 or is_known_place(" ".join(words)):
        return False
    written = " ".join(fold(analysis.document.text).split())
    return re.search(rf"\b{re.escape(' '.join(words))}\b", written) is not None
