"""A figure given as a range it lies in: "a five-year deal in the $75 million range", "an offer
in the range of $145 million to $175 million".

"In the X range" says about X, as "about X" does: the figure is approximate, never exact. And
"range" is no word of what the figure is about, only of how exact it is: two figures in two
ranges ("Lowe's deal in the $75 million range" / "the Red Sox offer in the range of $145
million to $175 million") are no two values of one slot. What the range is about is the word the
phrase "in the ... range" hangs on ("deal", "be" ... "offer"). A range that is measured ("a
missile with a range of 2,000 km") is no frame: it stands after "in" only as a frame does.
"""

from __future__ import annotations

from typing import Any

RANGE = "range"
_FRAME_PREPOSITION = "in"
_HEDGE = "about "


def range_frame(span: Any) -> Any | None:
    """The word "range" framing the figure ``span`` ("in the $75 million range", "in the range
    of $145 million to $175 million"), or None."""
    root = span.root
    candidates = [root.head]
    if root.head.lower_ == "of":
        candidates.append(root.head.head)  # "the range of $145 million ..."
    for token in candidates:
        if (
            token.i != root.i
            and token.lemma_.lower() == RANGE
            and token.dep_ == "pobj"
            and token.head.lower_ == _FRAME_PREPOSITION
        ):
            return token
    return None


def range_hedged(text: str, span: Any) -> str:
    """The figure's words as a reader takes them: "in the $75 million range" is "about $75
    million" (a range of two figures stays the range it gives)."""
    return _HEDGE + text if range_frame(span) is not None else text
