"""An age one article gives beside a name and the other in a definite description of a person it
has named: "Jeffs, 55, will have to spend at least 45 years in prison" / "Prosecutors charged that
the 55-year-old sect leader sexually assaulted two girls".

A definite description ("the 55-year-old sect leader") introduces no one: it refers back to a
person the article has named. When the other article gives that person the very same age, and
neither article gives that age to anyone else, the two sentences tell one fact, each in its own
form: an agreement, though the sentences say different things and never align. Nothing here is
ever a conflict: which person a description means, the words alone do not say.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.tolls import is_age
from desktop.core.model import FindingKind, MentionType, Side

_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s+$")
_CONFIDENCE = 0.7


def described_ages(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts: list[Draft] = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        named = _ages(mine, ledger, side, owned=True)
        described = _ages(theirs, ledger, side.other, owned=False)
        for age, owned in named.items():
            found = described.get(age, [])
            if len(owned) != 1 or len(found) != 1:
                continue  # several people of that age: which one, nothing says
            person, description = owned[0], found[0]
            if not _definite(theirs, description) or not _named_before(theirs, person, description):
                continue
            pair = (person, description) if side is Side.LEFT else (description, person)
            ledger.judge("described age", [pair[0]], [pair[1]])
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.NUMBER,
                    [pair[0]],
                    [pair[1]],
                    f"Both give the same age ({age}): the {side.value} article beside the name "
                    f"{_surname(person)!r}, the {side.other.value} in a description "
                    f"({description.text!r}).",
                    _CONFIDENCE,
                )
            )
    return drafts


def _ages(analysis: Analysis, ledger: Ledger, side: Side, *, owned: bool) -> dict[int, list[Fact]]:
    """The free ages of the article by value, given beside a name or not."""
    out: dict[int, list[Fact]] = {}
    for fact in ledger.free(side, claimable(analysis)):
        number = fact.number
        if not is_age(fact) or number is None or not number.exact or bool(fact.owner) != owned:
            continue
        out.setdefault(int(number.low), []).append(fact)
    return out


def _definite(analysis: Analysis, fact: Fact) -> bool:
    """ "the 55-year-old sect leader": the age opens a description after "the"."""
    text = analysis.document.text
    return _THE_BEFORE.search(text, max(0, fact.start - 8), fact.start) is not None


def _named_before(analysis: Analysis, person: Fact, description: Fact) -> bool:
    """The article names the person (by the surname the other gives) before the description."""
    surname = _surname(person)
    if not surname:
        return False
    pattern = re.compile(rf"\b{re.escape(surname)}\b", re.I)
    return pattern.search(analysis.document.text, 0, description.start) is not None


def _surname(person: Fact) -> str:
    """The surname an owned age is given to: "Jeffs" of "person:jeffs" or "Warren Jeffs"."""
    name = (person.owner_name or "").split()
    return name[-1] if name else person.owner.partition(":")[2].split("/")[0]
