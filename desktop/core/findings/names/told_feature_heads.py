"""A natural feature the other article names by its head alone: "the Persian Gulf" / "at the
entrance to the Gulf".

A writer names a gulf, a sea or a valley in full once and then, or in another article from the
first, calls it "the Gulf": the head with "the" and a capital names the one feature of that kind
the story is about. So the full name is told there, unless the other article names another
feature of that kind in full ("the Gulf of Oman", "the Red Sea"): then "the Gulf" may be that one.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.name_heads import FEATURE_HEADS
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name


def feature_told_by_its_head(fact: Fact, theirs: Analysis) -> bool:
    """This place is "<Name> <Head>" with a feature's head, and the other article writes "the
    <Head>" standing alone and names no other feature with that head."""
    words = bare_name(fact.text).split()
    if fact.type is not MentionType.PLACE or len(words) < 2:
        return False
    head = words[-1]
    if head.lower() not in FEATURE_HEADS or not head[:1].isupper():
        return False
    text = theirs.document.text
    # "the Gulf" standing alone: no capitalised word or "of" after it ("the Gulf Coast",
    # "the Gulf of Oman" name something else).
    alone = re.search(rf"\b[Tt]he {re.escape(head)}\b(?![-\w])(?!\s+(?:of\b|[A-Z]))", text)
    if alone is None:
        return False
    named = " ".join(words)
    return not any(_another(m.group(0), named, head) for m in _named_features(head).finditer(text))


def _named_features(head: str) -> re.Pattern[str]:
    """A feature with this head named in full: "the Red Sea", "the Gulf of Oman"."""
    return re.compile(rf"\b(?:(?:[A-Z][\w'’-]*\s+)+{re.escape(head)}\b|{re.escape(head)} of [A-Z])")


def _another(found: str, named: str, head: str) -> bool:
    """The feature found is another than the one named ("The Gulf" opening a sentence, "Iran's
    Persian Gulf" are no other)."""
    found = re.sub(r"^(?:The|the)\s+", "", found.strip())
    same = found in (head, named) or named.endswith(" " + found) or found.endswith(" " + named)
    return not same
