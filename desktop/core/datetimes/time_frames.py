"""A sentence set in another month: "In March, a quake measuring 6.6 hit Varna, killing 300."

A news report dates its own event by weekday or by day of the month; a sentence that opens by
setting itself in a month ("In March,", "In December 2003,") with no day turns to another time,
and every figure and day in it belongs to what happened then. When the page's own date is known,
a frame naming the page's own month is the story's (a follow-up may say "In May, ..." of May).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.numbers.values import parse_date
from desktop.core.lexicon import FRAME_OPENERS


def in_another_month(span: Any, reference: date | None) -> bool:
    """The value stands in a sentence that opens in another month than the page's."""
    sent_start = sentence_bounds(span.doc, span.start)[0]
    # Read once per sentence (kept on the Doc, which never changes): each of its values asks.
    frames = span.doc.user_data.setdefault(_FRAMES_KEY, {})
    if sent_start not in frames:
        frames[sent_start] = _opening_frame(span.sent)
    frame = frames[sent_start]
    if frame is None:
        return False
    when = parse_date(frame, None)
    if when is None or when.month is None or when.day is not None or when.weekday is not None:
        return False
    if reference is None:
        return True
    if when.year is not None:
        return (when.year, when.month) < (reference.year, reference.month)
    return when.month != reference.month


_FRAMES_KEY = "crosscheck.opening_frames"


def _opening_frame(sent: Any) -> str | None:
    """The words of a time frame that opens the sentence and ends at its first comma."""
    words = [t for t in sent if not t.is_punct or t.text == ","]
    if len(words) < _SHORTEST or words[0].lower_ not in FRAME_OPENERS:
        return None
    frame: list[str] = []
    for tok in words[1 : _LONGEST_FRAME + 1]:
        if tok.text == ",":
            return " ".join(frame) if frame else None
        if tok.ent_type_ != "DATE":
            return None
        frame.append(tok.text)
    return None


# "In March, X happened": at least a preposition, a month, a comma and a clause of two words.
_SHORTEST = 5
# "In early December 2003": the longest frame of a month and a year with a word before it.
_LONGEST_FRAME = 4
