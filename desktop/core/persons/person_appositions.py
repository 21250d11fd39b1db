"""A name set beside a lower-case noun for a person, with a comma between, names that person.

"his wife, Celeste, heard shots", "the victim, Banky, was 40", "Cheryl Boone Isaacs, only the
third woman to head the academy": an apposition says the two are one, and a man, a wife or a
victim is a person, never a body or a place, whatever the small model read the name as.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import DESCRIPTION_NOUNS


def _a_person_noun(token: Any) -> bool:
    # Any part of speech: the small model tags "the suspect, Kirkpatrick," a proper noun.
    return token.is_lower and (
        token.lower_ in DESCRIPTION_NOUNS or token.lemma_ in DESCRIPTION_NOUNS
    )


def in_apposition_to_person(span: Any) -> bool:
    """True when ``span``'s head is in apposition with a person noun, on either side of it."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and _a_person_noun(root.head):
        return True  # "his wife, Celeste"
    return any(
        child.dep_ == "appos" and child.i >= span.end and _a_person_noun(child)
        for child in root.children
    )  # "Cheryl Boone Isaacs, only the third woman to head the academy"
