"""A count that sets its group apart from people or things the story counted before: "five
other people were injured", "another five", "two more victims", "three additional patients",
"three others".

Such a count may cover a different group than a plain count of the same thing in the other
article ("Four people were injured" may count everyone hurt, the five others everyone but the
gunman), so a clash of the two is a conflict that says both may be true
(findings/counts/other_groups.py). The word is kept as written, for the reason to quote.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.further import FURTHER_AFTER, FURTHER_BEFORE

# "another five people", "a further four": the word before the figure.
_BEFORE = FURTHER_BEFORE | {"other"}
# "five other people", "two more victims", "three others": the word after it.
_AFTER = FURTHER_AFTER | {"other", "others"}


def set_apart_word(span: Any) -> str:
    """The figure with the word that sets its group apart, as written ("five other", "another
    five", "two more"), or "" for a plain count, or one of a list of counts ("seven rifles, two
    other rifles and a grenade launcher": the list adds up its own group)."""
    doc = span.doc
    if _beside_other_counts(span):
        return ""
    if span.end < len(doc) and doc[span.end].lower_ in _AFTER:
        return doc[span.start : span.end + 1].text
    if span.start > 0 and doc[span.start - 1].lower_ in _BEFORE:
        return doc[span.start - 1 : span.end].text
    return ""


def _beside_other_counts(span: Any) -> bool:
    """Another number above one in the figure's sentence, not a date or a clock time."""
    return any(
        tok.like_num
        and tok.pos_ == "NUM"
        and tok.ent_type_ not in ("DATE", "TIME")
        and tok.lower_ not in ("one", "1")
        for tok in span.sent
        if not span.start <= tok.i < span.end
    )
