"""A counted length of time the partner sentence gives as a bare plural of its unit: "About two
hours after the shooting, officers received a tip" / "Hours after the shooting, a motorist spotted
the car".

"Hours", with no figure, is a vague count: two or more hours, fewer than a day. A sentence shown
as one statement with one that counts the hours tells that length at its own precision, as
"dozens" tells "40". Only a count the plural can hold is told so: "minutes after" never tells
"two hours after", nor "hours later" "30 hours later"; and a length between two happenings ("two
hours after") only by a plural that also stands before "after", "later" and the like.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.alignment.statement_partners import Partners, statement_partner_indices
from desktop.core.lexicon.time_words import BARE_UNIT_CEILINGS, BARE_UNIT_LEADS

_BETWEEN_WORDS = frozenset({"after", "before", "later", "earlier"})


def length_told_by_bare_unit(fact: Fact, theirs: Analysis, partners: Partners) -> bool:
    """The fact counts a unit of time the partner statement gives as a bare plural."""
    if not fact.key.startswith("duration:") or fact.other_event:
        return False
    unit = fact.value.rsplit(" ", 1)[-1]
    ceiling = BARE_UNIT_CEILINGS.get(unit)
    count = parse_number(fact.text)
    if ceiling is None or count is None:
        return False
    middle = (count.low + count.high) / 2  # "about two hours" is 1.9 to 2.1: two, told round
    if not 2 <= middle < ceiling:
        return False
    return any(
        _bare_plural(theirs.sentence_tokens[j], unit, fact.interval)
        for j in statement_partner_indices(fact, partners)
    )


def _bare_plural(tokens: list[Token], unit: str, between: bool) -> bool:
    """The sentence writes the unit's plural with no figure before it ("Hours after", "for
    days"), and, for a length between two happenings, a word of sequence right after it."""
    for i, tok in enumerate(tokens):
        if tok.lower != unit:
            continue
        before = tokens[i - 1].lower if i > 0 else ""
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        lead_ok = i == 0 or before in BARE_UNIT_LEADS or not before.isalnum()
        if lead_ok and (not between or after in _BETWEEN_WORDS):
            return True
    return False
