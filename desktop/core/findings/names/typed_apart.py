"""One name in one role, typed two ways by the tagger: "the Sarnia intercepted the other three" /
"INS Harwell intercepted the remaining three", the ship read as a place on one side and a person on
the other.

The name passes compare names of one type, so a swapped name the small model typed differently
on each side ended as two one-sided marks. In two sentences that tell the same thing, two proper
names standing in the same grammatical role of the same word (the subject or object of one verb,
the object of one preposition after one head) fill one slot, whatever type each was given; when neither article names the other's name anywhere, the two articles name that
slot differently.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import MentionType, Side
from desktop.core.naming.names import fold, name_within

# The types a proper name of a thing in the story is given; a nationality is an adjective
# ("Ethiopian"), not a name that fills a verb's role.
_NAMES = frozenset({MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE})

# Roles a name fills for the verb it hangs on. A compound or an apposition only describes
# another word ("Philadelphia 76ers", "the ship, MV Gibe"), and an owner describes its noun
# ("People magazine's Sexiest Man" / "one of Hollywood's leading men"): no slot of the story.
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "iobj"})
_OBJECT_OF_PREPOSITION = "pobj"

Slot = tuple[str, ...]


def typed_apart_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """Two names of different types in one slot of two aligned sentences: a conflict."""
    left, right = analyses
    if left.clause_parse is None or right.clause_parse is None:
        return []
    a_slots = _slots(left, left.clause_parse, _free(mine, links.keys(), ledger, Side.LEFT))
    b_slots = _slots(right, right.clause_parse, _free(theirs, linked_right, ledger, Side.RIGHT))
    drafts: list[Draft] = []
    for slot in sorted(a_slots.keys() & b_slots.keys()):
        fa, fb = a_slots[slot], b_slots[slot]
        if (
            fa.type is fb.type  # one type: the name passes judged them already
            or name_within(fa.text, fb.text)  # "Lisbon" / "INS Lisbon": one name cut short
            or _word_begun(fa.text, fb.text)  # "the Tony Awards" / "the Tonys": another form
            or _named_in(right, fa)  # the right names the left's name too: two things
            or _named_in(left, fb)
            or not ledger.take("aligned", fa, fb)
        ):
            continue
        drafts.append(
            aligned_clash(
                report_type(fa),
                [fa],
                [fb],
                f"the left names {fa.text!r} and the right {fb.text!r} in the same place "
                f"({_shown(slot)}).",
                pair.score,
            )
        )
    return drafts


def _free(facts: list[Fact], linked: Collection[str], ledger: Ledger, side: Side) -> list[Fact]:
    return [
        f
        for f in facts
        if f.type in _NAMES
        and f.key not in linked
        and not f.weak
        and not f.title  # "Captain Cole" / "Cole": a title is a role of its own
        and not ledger.judged(side, f)
    ]


def _slots(analysis: Analysis, parse: ClauseParse, facts: list[Fact]) -> dict[Slot, Fact]:
    """Each name by the slot it fills; a slot two names fill ("X and Y") is no one name's."""
    found: dict[Slot, Fact] = {}
    crowded: set[Slot] = set()
    for fact in facts:
        slot = _slot(parse, fact)
        if slot is None:
            continue
        if slot in found and found[slot].key != fact.key:
            crowded.add(slot)
        found.setdefault(slot, fact)
    return {slot: fact for slot, fact in found.items() if slot not in crowded}


def _slot(parse: ClauseParse, fact: Fact) -> Slot | None:
    """The name's role and the lemma of the word it fills it for: ("nsubj", "intercept"),
    ("pobj", "by", "conduct") for "conducted by Sukanya"."""
    first = bisect_left(parse.starts, fact.start)
    inside = range(first, bisect_left(parse.starts, fact.end))
    heads = [k for k in inside if parse.heads[k] not in inside or parse.heads[k] == k]
    if len(heads) != 1 or parse.roots[heads[0]]:
        return None
    k = heads[0]
    label, head = parse.labels[k], parse.heads[k]
    if label in _CORE and parse.tags[head] == "VERB":
        return (label, parse.lemmas[head].lower())
    if label == _OBJECT_OF_PREPOSITION and not parse.roots[head]:
        return (label, parse.lemmas[head].lower(), parse.lemmas[parse.heads[head]].lower())
    return None


def _word_begun(a: str, b: str) -> bool:
    """A word of one name opens a word of the other ("Tony" / "Tonys", "Lohan" / "Lohan's"): one
    name in a short or inflected form, not two names."""
    words_a, words_b = fold(a).split(), fold(b).split()
    return any(
        min(len(x), len(y)) >= _OPENING and (x.startswith(y) or y.startswith(x))
        for x in words_a
        for y in words_b
    )


# The shortest word that, opening a word of the other name, shows the two are one name: shorter
# words ("St", "Al") open too many names.
_OPENING = 3


def _named_in(analysis: Analysis, fact: Fact) -> bool:
    """The other article gives this name itself, as any type or as none: its last word
    ("Lisbon" of "INS Lisbon") anywhere in the other article's text."""
    words = fact.text.split()
    if any(f.key == fact.key for f in analysis.facts) or not words:
        return True
    last = words[-1].strip(".,'\u2019\"")
    last = last[:-2] if last.endswith(("'s", "\u2019s")) else last
    return not last or re.search(rf"\b{re.escape(last)}\b", analysis.document.text) is not None


def _shown(slot: Slot) -> str:
    if slot[0] == _OBJECT_OF_PREPOSITION:
        return f"the object of {slot[1]!r} after {slot[2]!r}"
    role = "the object" if slot[0] in ("dobj", "iobj") else "the subject"
    return f"{role} of {slot[1]!r}"
