"""Names of things made, not of people: a device's part ("two Lightning ports"), a news outlet
("a pro-war channel named Rybar", "a website called Drudge") and a prize ("won an Oscar").

Both are read from the words beside the name, whatever the model tagged it: a device noun right
after it, or "named"/"called" after a noun of an outlet (lexicon ``OUTLET_NOUNS``).
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.lexicon.bodies import OUTLET_NOUNS
from desktop.core.lexicon.not_names import DEVICE_NOUNS, PRIZE_NOUNS, PRIZE_VERBS


def before_a_device(span: Any) -> bool:
    """A name right before the noun of a device's part, a model number between them or not:
    "two Lightning ports", "a Lightning 400 port". The noun, not a verb spelt alike: "Markov
    drove a truck" (lemma "drive") or "Ellis screens callers" tells of a person who acts."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].like_num:
        k += 1
    return (
        k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].lemma_.lower() in DEVICE_NOUNS
    )


def names_an_outlet(span: Any) -> bool:
    """The name right after "<outlet noun> named" or "... called"."""
    start = span.start
    if start - 2 < sentence_bounds(span.doc, start)[0]:
        return False
    doc = span.doc
    return doc[start - 1].lower_ in ("named", "called") and (
        doc[start - 2].lemma_.lower() in OUTLET_NOUNS
    )


def names_a_prize(span: Any) -> bool:
    """A one-word name won or handed out as a thing ("won an Oscar", "received two Emmys": the
    object of a verb of winning, with an article or a count) or set before the noun of a prize's
    winner ("a three-time Grammy winner"). No one wins a person, and a person's name before
    "winner" names a race or a vote ("the Smith campaign") only with other words."""
    if len(span) != 1:
        return False
    word = span[0]
    if word.dep_ == "compound":
        return word.head.lemma_.lower() in PRIZE_NOUNS
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "won two Emmys and an Oscar": the list's first prize is the object
    return (
        first.dep_ == "dobj"
        and first.head.lemma_.lower() in PRIZE_VERBS
        and any(c.dep_ in ("det", "nummod") for c in word.children)
    )
