"""Names of things made, not of people: a device's part ("two Lightning ports") and a news
outlet ("a pro-war channel named Rybar", "a website called Drudge").

Both are read from the words beside the name, whatever the model tagged it: a device noun right
after it, or "named"/"called" after a noun of an outlet (lexicon ``OUTLET_NOUNS``).
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.bodies import OUTLET_NOUNS
from desktop.core.lexicon.not_names import DEVICE_NOUNS


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
    if start - 2 < span.sent.start:
        return False
    doc = span.doc
    return doc[start - 1].lower_ in ("named", "called") and (
        doc[start - 2].lemma_.lower() in OUTLET_NOUNS
    )
