"""How bench/quotes.py grades what the engine shows beside a planted edit, as a journalist would.

A finding besides the planted one is right, not new, when what it says of the copy is true:
- (c) a one-sided fact the copy lost with the deleted quote: every span of it lies in the deleted
  sentences and the copy writes its words nowhere (for a person, not even the surname). "Only the
  left article mentions the date 'October 23'" is then simply true.
- (b) the swapped speaker shown as a name changed in the sentence: a conflict of the replaced
  speaker's name with the planted one ("names the person 'Ed Stefanski' on the left but 'Maurice
  Cheeks' on the right"). It counts as right, not as the edit found: that takes the quote finding.
A swapped speaker is found by the quote finding whose speaker in the copy is the planted name,
wherever the parse starts it ("the Rev. Sarah Palin said" read as "Palin").
The planted speaker swap must read as a sentence: a speaker phrase ending in a name set off by
commas ("the Troy police chief, Charles Craft, said") loses its closing comma with it; otherwise
the copy says "Anthony LaCalamita, said", which no article prints and no parser reads a speaker in.
The same rules grade both halves. Run it through ``python -m bench.quotes``.
"""

from __future__ import annotations

import re

from desktop.core.model import Finding, FindingKind, MentionType, TextRange

_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def planted_speaker(text: str, start: int, end: int, other: str) -> str:
    """``text`` with the speaker at ``start..end`` replaced by ``other``; an apposition's closing
    comma goes with the phrase it closes."""
    if "," in text[start:end] and text[end : end + 1] == ",":
        end += 1
    return text[:start] + other + text[end:]


def speaker_planted(speaker: TextRange | None, start: int, other: str) -> bool:
    """Whether a quote's speaker in the copy is (part of) the name planted at ``start``."""
    return speaker is not None and speaker.overlaps(TextRange(start, start + len(other)))


def lost_with_sentence(f: Finding, deleted: TextRange | None) -> bool:
    """A left-only finding whose every span lies in the text the copy left out."""
    return (
        deleted is not None
        and f.kind is FindingKind.LEFT_ONLY
        and bool(f.left)
        and all(deleted.start <= s.start and s.end <= deleted.end for s in f.left)
    )


def lost_fact(f: Finding, deleted: TextRange | None, copy: str) -> bool:
    """A one-sided finding of the original that is true of the copy: it lies in the deleted
    sentences, and the copy writes none of its spans (nor, for a person, the surname)."""
    if not lost_with_sentence(f, deleted):
        return False
    words = _bare(copy)
    for s in f.left:
        said = _WORDS.findall(s.text)
        if not said:
            continue
        if _bare(s.text) in words:
            return False
        if f.type is MentionType.PERSON and f" {said[-1].lower()} " in words:
            return False
    return True


def _bare(text: str) -> str:
    """The text's words, lower case, one space apart and one around."""
    return " " + " ".join(w.lower() for w in _WORDS.findall(text)) + " "


def swap_shown(f: Finding, replaced: TextRange, planted: TextRange) -> bool:
    """A conflict of two people's names, the replaced speaker's on the left and the planted one's
    on the right: the swapped speaker shown as a name changed in the sentence ("The same sentence
    names the person 'Ed Stefanski' on the left but 'Maurice Cheeks' on the right")."""
    return (
        f.kind is FindingKind.CONFLICT
        and f.type is MentionType.PERSON
        and bool(f.left)
        and bool(f.right)
        and all(replaced.start <= s.start and s.end <= replaced.end for s in f.left)
        and all(planted.start <= s.start and s.end <= planted.end for s in f.right)
    )
