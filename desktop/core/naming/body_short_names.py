"""A body's one-word short form: "Morningside Recovery" once, then "checked into Morningside".

The small model types the bare word a person (a one-word capitalised name, often a surname's
shape) and the journalist sees a person card for a clinic. A copy editor reads it the other way:
a one-word name that, in the comparison, opens a place's longer name ("Brennock County") or a
firm's or care site's ("Ford Motors", "Morningside Recovery": a firm's or a clinic's word last,
tagged as such or written right after the word) is that place's or body's short form, and takes
its type in both articles (one label per name, ``label_votes``). Institutions are left out: a
town names its church, school and police ("Wasilla Bible Church"), and the bare town is no
church.

The guard is what marks a person: a full name holding the word ("Henry Ford" beside "Ford
Motors"), a title before it ("Mr. Ford"), or a personal pronoun right after it ("Ford, who",
"Ford said he"). Any one of them, in either article, keeps the person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.core.lexicon import BUSINESS_HEADS
from desktop.core.lexicon.name_heads import CARE_SITE_HEADS, FIRM_FORMS
from desktop.core.lexicon.pronouns import REFERRING_BACK_TO_A_PERSON
from desktop.core.lexicon.titles import HONORIFICS, NAME_TITLES, PERSON_TITLES
from desktop.core.naming.names import fold

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# The last word of a firm's or a care site's name: firms and clinics are named after a founder or
# a made-up word, not after the town they stand in (unlike a town's church, school or police).
_BODY_HEADS = BUSINESS_HEADS | FIRM_FORMS | CARE_SITE_HEADS
# Words before a name that mark a person ("Mr.", "Sgt", "President"), folded; bench.type_slips
# reads the same set.
TITLE_WORDS = frozenset(fold(t).rstrip(".") for t in (*HONORIFICS, *NAME_TITLES, *PERSON_TITLES))
# How many tokens after the name may hold that pronoun: "Ford, who" and "Ford said he" (two).
# Set by those two forms, not fitted to any bench figure (stop 58 tried no other reach).
PRONOUN_REACH = 2


def _title_case(token: Any) -> bool:
    """The token's sentence is set in Title Case (a headline): no content word in lower case."""
    return not any(t.is_alpha and t.is_lower and not t.is_stop for t in token.sent)


def _head_after(token: Any) -> bool:
    """A firm's or care site's word, capitalised, right after a one-word name ("Morningside
    Recovery"), outside a Title Case headline."""
    doc = token.doc
    if token.i + 1 >= len(doc) or _title_case(token):
        return False
    nxt = doc[token.i + 1]
    return nxt.text[:1].isupper() and fold(nxt.text) in _BODY_HEADS


def _marks_a_person(token: Any) -> bool:
    """A title right before the name or a personal pronoun just after it."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and fold(before.text).rstrip(".") in TITLE_WORDS:
        return True
    after = doc[token.i + 1 : min(token.i + 1 + PRONOUN_REACH, token.sent.end)]
    return any(t.lower_ in REFERRING_BACK_TO_A_PERSON for t in after)


def body_short_names(spans: Iterable[Any], votes: dict[str, str]) -> dict[str, str]:
    """The one-word names voted a person that are a body's or place's short form, each with the
    body's label. Every capitalised use of the word in the articles counts, tagged or not: the
    model often leaves the fuller name ("Morningside Recovery") untagged."""
    docs = {id(s.doc): s.doc for s in spans if s is not None}.values()
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    for name, label in votes.items():
        words = name.split()
        if len(words) < 2:
            continue
        if label in _PLACE_LABELS or (label == "ORG" and words[-1] in _BODY_HEADS):
            bodies[words[0]][label] += 1  # "brennock county", "ford motors"
    lone = {n for n, label in votes.items() if label == "PERSON" and " " not in n}
    marked: set[str] = set()
    for doc in docs:
        for token in doc:
            name = fold(token.text)
            if name not in lone or not token.text[:1].isupper():
                continue
            if _marks_a_person(token):
                marked.add(name)
            if _head_after(token):
                bodies[name]["ORG"] += 1
    # "Henry Ford": a word of a person's full name (a surname, or a given name written alone)
    # stays a person, whatever body is named after one.
    personal = {
        w for n, label in votes.items() if label == "PERSON" and " " in n for w in n.split()
    }
    return {
        name: labels.most_common(1)[0][0]
        for name, labels in bodies.items()
        if name in lone and name not in marked and name not in personal
    }
