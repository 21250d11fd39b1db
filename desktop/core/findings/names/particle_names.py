"""One person's surname written with and without its particle: "Anthony Calamita" / "Anthony
LaCalamita III", "Mary Donnell" / "Mary O'Donnell", "Peter Vries" / "Peter de Vries".

A particle is part of a family name ("La", "O'", "de", "Mc"): the same given name with the
surname spelt with and without it is one person whose name one article gets wrong, which a
journalist must check before printing either. It is neither a plain agreement (the articles do
not write the same name) nor two people (the given names and the rest of the surname agree).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.name_parts import ARABIC_ARTICLES, NAME_PARTICLES
from desktop.core.lexicon.people import GENERATIONS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold

# "O'Donnell", "O'Brien": the Irish particle, written with an apostrophe, is no word of its own.
_PARTICLES = NAME_PARTICLES | {"o"}
# A surname shorter than this after its particle is taken off is no surname ("Le", "Di").
_SHORTEST_SURNAME = 3


def particle_names(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    """Each person the two articles link whose surname one side writes with a particle the other
    leaves out, under the same given name."""
    mine = _people(left, Side.LEFT, ledger)
    theirs = _people(right, Side.RIGHT, ledger)
    drafts = []
    for key, facts in mine.items():
        other = theirs.get(links.get(key, ""))
        if other is None:
            continue
        ours, yours = _full(facts), _full(other)
        if not misspelt_person(facts, other):
            continue
        ledger.judge("particle names", facts, other)
        reason = (
            f"The two articles spell the name differently: the left writes {ours[0].text!r}, the "
            f"right {yours[0].text!r}. Check which is right."
        )
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PERSON,
                facts,
                other,
                reason,
                tuning.PARTICLE_NAME_CONFIDENCE,
            )
        )
    return drafts


def misspelt_person(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """The two sides name one person, one with a particle the other leaves out: the same given
    name (only one on each side) and surnames one particle apart."""
    ours, yours = _full(left), _full(right)
    if not ours or not yours or {f.first for f in ours} != {f.first for f in yours}:
        return False
    a, b = _surnames(ours), _surnames(yours)
    return len(a) == 1 and len(b) == 1 and _with_particle(a.pop(), b.pop())


def _people(analysis: Analysis, side: Side, ledger: Ledger) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in ledger.free(side, analysis.facts):
        if fact.type is MentionType.PERSON and fact.key.startswith("person:"):
            out.setdefault(fact.key, []).append(fact)
    return out


def _full(facts: Sequence[Fact]) -> list[Fact]:
    """The mentions that give a given name: "Anthony LaCalamita III", not "LaCalamita"."""
    return [f for f in facts if f.first]


def _surnames(facts: list[Fact]) -> set[str]:
    """The surname each full mention writes, its particles included, as letters only: "lacalamita"
    for "Anthony LaCalamita III", "devries" for "Peter de Vries"."""
    out = set()
    for fact in facts:
        words = [w for w in fold(fact.value or fact.text).split() if w not in GENERATIONS]
        if len(words) < 2:
            continue
        tail = [words[-1]]
        for word in reversed(words[1:-1]):
            if word not in _PARTICLES:
                break
            tail.insert(0, word)
        out.add(re.sub(r"[^a-z]", "", "".join(tail)))
    return out


def _with_particle(a: str, b: str) -> bool:
    """One surname is the other with a particle before it: "lacalamita" / "calamita". The Arabic
    article is no such particle: "al-Bolani" / "Bolani" is one name in two house styles."""
    short, long = sorted((a, b), key=len)
    if len(short) < _SHORTEST_SURNAME or not long.endswith(short):
        return False
    particle = long[: -len(short)]
    return particle in _PARTICLES and particle not in ARABIC_ARTICLES
