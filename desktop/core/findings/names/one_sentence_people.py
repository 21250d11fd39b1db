"""Two people of one first name in one sentence are two people.

"including forward Andre Iguodala" / "Andre Miller is averaging 15.5 points per game, Andre
Iguodala 14.9 points": the matching sentence names Andre Iguodala too, so its Andre Miller is
another player, not Iguodala under another surname. A first name shared with another surname
reads as one person named two ways only when the other sentence leaves the first person out.
The person counts as named there by the same surname (and the same first name, when both are
given), never by a link across the articles, which may join two names spelt alike
("Bella" / "Kristen Bell").
"""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.model import MentionType


def named_beside(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    """The right sentence also names the left's person, or the left sentence the right's."""
    return _names(analyses[1], pair.right, fa) or _names(analyses[0], pair.left, fb)


def _names(analysis: Analysis, sentence: int, person: Fact) -> bool:
    return any(
        f.type is MentionType.PERSON
        and f.last == person.last
        and (not f.first or not person.first or f.first == person.first)
        for f in facts_of(analysis, sentence)
    )
