"""One street written two ways: "the Independence Street apartment" / "the Independent Street
apartment", "in Mendes's apartment on Philip Street" / "in a dwelling on Phillips Road".

A street is an address, and an address must be right before it is printed. Where both articles
put the story on one street (they link its name, or write it in sentences telling the same
thing), a name spelt a letter or two apart, or read the same aloud, and a street type changed
("Street" / "Road") are a conflict on the address, not an agreement: one article has it wrong.
Two streets one article writes itself ("Mill Street" and "Mill Road") are two streets, and so
are two streets told in sentences that tell different things. Numbered streets ("117th") are
left to the figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon import STREET_WORDS
from desktop.core.lexicon.name_forms import STREET_TYPES
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.name_spellings import spelt_alike
from desktop.core.naming.names import fold

Street = tuple[str, str]  # (name, type): ("philip", "street")


def street_spellings(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    ledger: Ledger,
) -> list[Draft]:
    """Each street the two articles put the story on, written by each in its own way."""
    mine, theirs = _streets(left, Side.LEFT, ledger), _streets(right, Side.RIGHT, ledger)
    written = _all_streets(left), _all_streets(right)
    aligned = {(p.left, p.right) for p in pairs}
    linked_right = set(links.values())
    found = []
    for key, facts in mine.items():
        for other, other_facts in theirs.items():
            a, b = _street(facts[0]), _street(other_facts[0])
            if a is None or b is None or not _written_apart(a, b):
                continue
            if b in written[0] or a in written[1]:
                continue  # an article that writes both streets names two streets
            if links.get(key) == other or (
                key not in links
                and other not in linked_right
                and any((f.sentence, g.sentence) in aligned for f in facts for g in other_facts)
            ):
                found.append((key, other))
    drafts = []
    for key, other in found:
        if sum(k == key or o == other for k, o in found) > 1:
            continue  # one street alike to two: which is which is not known
        facts, other_facts = mine[key], theirs[other]
        ledger.judge("street spellings", facts, other_facts)
        drafts.append(_draft(facts, other_facts))
    return drafts


def _draft(facts: list[Fact], other: list[Fact]) -> Draft:
    a, b = _street(facts[0]), _street(other[0])
    assert a is not None and b is not None
    how = (
        "give the street another type"
        if a[0] == b[0]
        else "spell the street's name differently"
        + ("" if a[1] == b[1] else " and give it another type")
    )
    shown_a = max((f.text for f in facts), key=len)
    shown_b = max((f.text for f in other), key=len)
    reason = (
        f"Both articles put this on one street, but {how}: the left {shown_a!r}, the right "
        f"{shown_b!r}. One of them has the address wrong."
    )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.PLACE,
        facts,
        other,
        reason,
        tuning.STREET_SPELLED_APART_CONFIDENCE,
    )


def _streets(analysis: Analysis, side: Side, ledger: Ledger) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in ledger.free(side, analysis.facts):
        if fact.type is MentionType.PLACE and _street(fact) is not None:
            out.setdefault(fact.key, []).append(fact)
    return out


def _all_streets(analysis: Analysis) -> set[Street]:
    return {s for f in analysis.facts if f.type is MentionType.PLACE and (s := _street(f))}


def _street(fact: Fact) -> Street | None:
    """The name and the type of a street ("117th St." -> ("117th", "street")), or None."""
    words = fold(fact.text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] not in STREET_WORDS | STREET_TYPES.keys():
        return None
    return " ".join(words[:-1]), STREET_TYPES.get(words[-1], words[-1])


def _written_apart(a: Street, b: Street) -> bool:
    """One street's name spelt two ways, or given two types: not the same words, not two names."""
    if a == b or any(c.isdigit() for c in a[0] + b[0]):
        return False
    names_a, names_b = a[0].split(), b[0].split()
    if len(names_a) != len(names_b):
        return False
    return all(
        x == y or _unowned(x) == _unowned(y) or spelt_alike(x, y)
        for x, y in zip(names_a, names_b, strict=True)
    )


def _unowned(word: str) -> str:
    """A street named after someone, with or without the possessive "s" ("Kings Road" / "King
    Road"): one name."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
