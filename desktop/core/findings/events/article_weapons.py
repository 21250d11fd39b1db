"""The one weapon each article names: "brought a rifle into the building" / "Officers found a
12-gauge pump-action shotgun".

An attack is told with one weapon. When everything an article calls a weapon lies on one line
from the general to the particular (lexicon/weapons.py: "the gunman", "a gun", "a rifle"), that
line's most particular word is the weapon it tells; two articles that each tell one particular
weapon, on lines that part (a rifle is no shotgun, a knife no handgun), give two weapons for one
attack, wherever they say it. An article naming two lines ("a knife and a handgun") may tell of
both, and sets neither against the other's; a bare "shot" or "gun" names no particular weapon.

And the other way: two particular weapons on one line ("a 12-gauge pump-action shotgun" / "with
a shotgun", "a handgun" / "a pistol") are the attack's one weapon, told by both articles at the
precision each gives, and the reader sees them agree.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import questions
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.weapons import Weapon, leads_on, weapon_fact
from desktop.core.lexicon.weapons import WEAPON_KINDS
from desktop.core.model import FindingKind, MentionType


def article_weapons(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """A conflict when each article tells one particular weapon and the two lines part; an
    agreement when the two lie on one line."""
    a, b = _one_weapon(left), _one_weapon(right)
    if a is None or b is None:
        return []
    facts = weapon_fact(left, a[0], a[1]), weapon_fact(right, b[0], b[1])
    if not ledger.take("article weapons", facts[0], facts[1]):
        return []
    if leads_on(a[1].kind, b[1].kind):
        if _plural(facts[0].text) or _plural(facts[1].text):
            return []  # "handguns": several weapons, of which the other may name one
        kind = FindingKind.AGREE
        reason = (
            f"Both articles name the one weapon: the left says {facts[0].text!r}, the right "
            f"{facts[1].text!r}."
        )
        confidence = tuning.ARTICLE_WEAPON_AGREE_CONFIDENCE
    else:
        kind = FindingKind.CONFLICT
        reason = (
            f"The two articles name different weapons: the left says {facts[0].text!r}, the "
            f"right {facts[1].text!r}."
        )
        confidence = tuning.ARTICLE_WEAPON_CONFIDENCE
    return [Draft(kind, MentionType.OTHER, [facts[0]], [facts[1]], reason, confidence)]


def _one_weapon(analysis: Analysis) -> tuple[int, Weapon] | None:
    """The sentence and the first mention of the article's one particular weapon, or None."""
    asked = questions(analysis)  # "Was it a rifle?" names no weapon the article tells
    found = [
        (i, Weapon(WEAPON_KINDS[t.content], t.start, t.end))
        for i, tokens in enumerate(analysis.sentence_tokens)
        if i not in asked
        for t in tokens
        if t.content in WEAPON_KINDS
    ]
    if not found:
        return None
    best = max(found, key=lambda w: len(w[1].kind))
    if len(best[1].kind) < _PARTICULAR or not all(leads_on(w.kind, best[1].kind) for _, w in found):
        return None
    return next(w for w in found if w[1].kind == best[1].kind)


def _plural(word: str) -> bool:
    """ "handguns", "knives": a weapon word the lexicon lists in the singular, told in the
    plural."""
    lower = word.lower()
    return lower not in WEAPON_KINDS and lower.endswith("s")


# A path this long names a particular weapon ("firearm/rifle", "blade/knife"), not "a gun".
_PARTICULAR = 2
