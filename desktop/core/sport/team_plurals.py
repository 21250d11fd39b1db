"""A plural name after "the": "The Jets finished 4-13", "re-signed with the Spurs". One plural
name with "the" and no noun after it ("the Williams sisters" has one) names a team, a band or a
family, never one person; the tagger's PERSON for it is a slip (core/naming/entity_types.py)."""

from __future__ import annotations

from typing import Any


def a_plural_with_the(span: Any, before: Any) -> bool:
    """The span is one capitalised plural right after "the" or "The" (the tagger may call it a
    common noun's plural: "The Jets" opening a sentence)."""
    doc = span.doc
    if before is None or before.lower_ != "the" or len(span) != 1:
        return False
    word = span[0]
    if word.tag_ not in ("NNPS", "NNS") or not word.text[:1].isupper() or word.text[-1:] != "s":
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")
