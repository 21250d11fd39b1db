"""One person named by a role, given two fates that exclude each other in two sentences telling
the same thing: "The gunman was arrested at the scene" / "The gunman was shot dead by police".

Reports name the people of a story by the part they played long before (or instead of) their
names. A person cannot be dead and in hospital, dead and in a cell, or held and still at large;
when two well-aligned sentences say so of the same role, the journalist must see it. Only one
fate per role on each side is read: a sentence giving the role two fates tells a sequence ("was
wounded and later died"), and so does a fate said only "later".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.fates import EXCLUSIVE_FATES, FATE_PHRASES, FATE_ROLES
from desktop.core.model import FindingKind, MentionType

_PHRASES = any_of(FATE_PHRASES)
_ROLES = "|".join(sorted(FATE_ROLES))
# "the gunman was shot dead", "the driver, who was injured", "the victim died": the role, the
# verb "to be" (or none), at most one adverb, and the fate.
_FATE = re.compile(
    rf"\bthe ({_ROLES})(?:,? who)? (?:(?:was|is|has been|had been|remains|remained) )?"
    rf"(?:([a-z]+ly|also|then) )?({_PHRASES}|died)\b"
)
# Adverbs that put a fate after another one: the sentence tells a sequence.
_LATER = frozenset(["later", "subsequently", "eventually", "then", "finally"])


def role_fates(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        mine, theirs = _fates(left, pair.left), _fates(right, pair.right)
        for role in sorted(mine.keys() & theirs.keys()):
            (fate_a, a), (fate_b, b) = mine[role], theirs[role]
            if frozenset([fate_a, fate_b]) not in EXCLUSIVE_FATES:
                continue
            if not ledger.take("role fates", a, b):
                continue
            reason = (
                f"Two fates for the {role} that cannot both hold: the left says {a.text!r}, "
                f"the right {b.text!r}."
            )
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    MentionType.PERSON,
                    [a],
                    [b],
                    reason,
                    tuning.ROLE_FATE_CONFIDENCE,
                )
            )
    return drafts


def _fates(analysis: Analysis, index: int) -> dict[str, tuple[str, Fact]]:
    """Each role the sentence gives one fate, with that fate and its words as a stand-in fact."""
    sentence = analysis.sentences[index]
    text = analysis.document.text[sentence.start : sentence.end]
    found: dict[str, list[tuple[str, Fact]]] = {}
    for match in _FATE.finditer(text.lower()):
        role, adverb, phrase = match.group(1), match.group(2), match.group(3)
        if adverb in _LATER:
            continue
        fate = "dead" if phrase == "died" else FATE_PHRASES[phrase]
        start, end = sentence.start + match.start(), sentence.start + match.end()
        fact = Fact(start, end, analysis.document.text[start:end], MentionType.PERSON, "", index)
        found.setdefault(role, []).append((fate, fact))
    return {
        role: fates[0] for role, fates in found.items() if len({fate for fate, _ in fates}) == 1
    }
