"""What harmed, in two matching sentences: "shot with a shotgun" / "shot with a handgun",
"stabbed to death" / "shot to death".

A weapon's kind is a path from the general to the particular (lexicon/weapons.py): "a gun" and
"a pistol" may be one weapon told at two precisions, but a shotgun is no handgun and a knife no
gun. When each of two matching sentences names weapons of one line only, and the two lines part,
the two articles tell one attack with two weapons. A sentence that names two kinds ("shot and
stabbed", a knife and the police's guns) sets none against the other's, nor does an article
that names the other's weapon anywhere: a suspect may carry a shotgun and reach for a handgun.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft, taken_clash
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.weapons import WEAPON_KINDS
from desktop.core.model import MentionType


@dataclass(frozen=True, slots=True)
class Weapon:
    """The most particular weapon a sentence names, and where."""

    kind: tuple[str, ...]
    start: int
    end: int


def leads_on(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One kind is the other told more particularly (or the same)."""
    short, long = sorted((a, b), key=len)
    return long[: len(short)] == short


def weapon(analysis: Analysis, sentence: int) -> Weapon | None:
    """The one line of weapons the sentence names, by its most particular word."""
    found = [
        Weapon(WEAPON_KINDS[t.content], t.start, t.end)
        for t in analysis.sentence_tokens[sentence]
        if t.content in WEAPON_KINDS
    ]
    if not found:
        return None
    best = max(found, key=lambda w: len(w.kind))
    if not all(leads_on(w.kind, best.kind) for w in found):
        return None  # two kinds in one sentence: "shot and stabbed"
    return best


def weapons_in_pair(
    analyses: tuple[Analysis, Analysis], pair: SentencePair, ledger: Ledger
) -> list[Draft]:
    """Two matching sentences that name weapons of two parting lines."""
    a, b = weapon(analyses[0], pair.left), weapon(analyses[1], pair.right)
    if a is None or b is None or leads_on(a.kind, b.kind):
        return []
    if b.kind in _kinds(analyses[0]) or a.kind in _kinds(analyses[1]):
        return []  # "carrying a shotgun ... reached for a handgun": the suspect had both
    facts = weapon_fact(analyses[0], pair.left, a), weapon_fact(analyses[1], pair.right, b)
    return taken_clash(ledger, *facts, "name different weapons", pair.score)


def _kinds(analysis: Analysis) -> set[tuple[str, ...]]:
    """Every weapon kind the article names anywhere."""
    return analysis.derived(
        "weapon_kinds",
        lambda a: {
            WEAPON_KINDS[t.content]
            for tokens in a.sentence_tokens
            for t in tokens
            if t.content in WEAPON_KINDS
        },
    )


def weapon_fact(analysis: Analysis, sentence: int, found: Weapon) -> Fact:
    text = analysis.document.text[found.start : found.end]
    fact = Fact(found.start, found.end, text, MentionType.OTHER, "", sentence)
    fact.key, fact.value = f"weapon:{'/'.join(found.kind)}", text
    fact.slot = {found.kind[0]: 1.0}
    return fact
