"""Word-level differences inside two matched sentences, as Meld, WinMerge and Draftable show them.

The aligner says which sentences tell the same thing; this module says which words differ between
them ("avoid" / "avert", "firebomb" / "fire-bomb"), so the reader sees a reworded sentence at a
glance instead of comparing it letter by letter. Pure functions on strings and offsets: the panes
paint the ranges, the tests check them without a widget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from desktop.core.model import AlignedPair, Report, Side, TextRange

# A word with its inner hyphens and apostrophes ("fire-bomb", "Kovgan's"), a number with its
# separators ("5,000", "6.1"), or one punctuation mark. Hyphenation must stay inside one token,
# or "fire-bomb" against "firebomb" would read as two insertions around a shared "bomb".
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")

# Typographic and plain forms of the same mark are the same word to a reader.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# Above this many tokens on the two sides together a pair is a run of sentences, not one
# sentence: token diffs of that length fragment into noise and cost time on long articles (Meld
# stops inline highlighting at 20,000 characters for the same reasons). A display choice, not set
# by a bench figure: the longest aligned pair of one sentence each in the sample holds ~90 tokens.
MAX_PAIR_TOKENS = 400

# When more than this share of the words on either side differ, the sentences say the same thing
# in other words (a paraphrase), or one is a headline inside a long sentence: marking nearly every
# word would only hide the few that matter, so the pair gets no word marks. A display choice (as
# Meld's absorbing of short equal runs), not set by a bench figure.
MAX_CHANGED_SHARE = 0.6

# A word-level difference is a substitution or a short insertion ("avoid"/"avert", ", 47,"); a
# longer run of added or replaced words is a clause one article has and the other lacks, which the
# sentence colouring already shows. Runs longer than this (tokens, on either side) get no mark.
MAX_RUN_TOKENS = 4


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    key: str  # what is compared: case and typographic marks folded


@dataclass(frozen=True, slots=True)
class WordChanges:
    """The ranges that differ on each side of one matched pair (absolute text offsets)."""

    left: tuple[TextRange, ...]
    right: tuple[TextRange, ...]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and punctuation marks of ``text[start:end]``, with absolute offsets."""
    stop = len(text) if end is None else end
    return [
        Token(start + m.start(), start + m.end(), m.group().translate(_FOLD).casefold())
        for m in _TOKEN.finditer(text[start:stop])
    ]


def _is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.key)


def _ranges(run: Sequence[Token]) -> tuple[TextRange, ...]:
    return (TextRange(run[0].start, run[-1].end),) if run else ()


def word_changes(left_text: str, right_text: str, left: TextRange, right: TextRange) -> WordChanges:
    """Which words differ between ``left_text[left]`` and ``right_text[right]``.

    Each replaced, inserted or deleted run of tokens becomes one range on the side that has it
    (an insertion marks only the side holding the extra words). Long runs, and pairs too long or
    too different to mark usefully (see the constants above), give no ranges.
    """
    a = tokens(left_text, left.start, left.end)
    b = tokens(right_text, right.start, right.end)
    if not a or not b or len(a) + len(b) > MAX_PAIR_TOKENS:
        return WordChanges((), ())
    left_out: list[TextRange] = []
    right_out: list[TextRange] = []
    changed_left = changed_right = 0
    for op in Levenshtein.opcodes([t.key for t in a], [t.key for t in b]):
        if op.tag == "equal":
            continue
        left_run = a[op.src_start : op.src_end]
        right_run = b[op.dest_start : op.dest_end]
        changed_left += len(left_run)
        changed_right += len(right_run)
        if len(left_run) > MAX_RUN_TOKENS or len(right_run) > MAX_RUN_TOKENS:
            continue
        if not any(_is_word(t) for t in (*left_run, *right_run)):
            continue  # a comma or a quote mark: house style, not wording
        left_out.extend(_ranges(left_run))
        right_out.extend(_ranges(right_run))
    if changed_left > MAX_CHANGED_SHARE * len(a) or changed_right > MAX_CHANGED_SHARE * len(b):
        return WordChanges((), ())
    return WordChanges(tuple(left_out), tuple(right_out))


def wording_differences(
    report: Report, pairs: Sequence[AlignedPair] | None = None
) -> dict[Side, tuple[TextRange, ...]]:
    """Word changes of every aligned pair of the report, per side, sorted by position."""
    left_text = report.left.document.text
    right_text = report.right.document.text
    out: dict[Side, list[TextRange]] = {Side.LEFT: [], Side.RIGHT: []}
    for pair in report.alignment if pairs is None else pairs:
        changes = word_changes(left_text, right_text, pair.left, pair.right)
        out[Side.LEFT].extend(changes.left)
        out[Side.RIGHT].extend(changes.right)
    return {side: tuple(sorted(set(ranges), key=_key)) for side, ranges in out.items()}


def _key(r: TextRange) -> tuple[int, int]:
    return (r.start, r.end)


class LazyWording:
    """Word changes computed pair by pair when first needed (the pairs on screen), then kept.

    Diffing every pair of a 50,000-word article up front takes most of a second; the pairs a
    reader can see take milliseconds, so the window asks for those as it scrolls (as Meld asks
    its differ only for the chunks in the visible range).
    """

    def __init__(self, report: Report) -> None:
        self._left = report.left.document.text
        self._right = report.right.document.text
        self._pairs = report.alignment
        self._done: dict[int, WordChanges] = {}

    def cover(self, left: TextRange, right: TextRange) -> bool:
        """Diff the pairs touching ``left`` (left text) or ``right`` (right text) not yet diffed;
        True when that added any pair (the marks to paint changed)."""
        added = False
        for index, pair in enumerate(self._pairs):
            if index in self._done or not (pair.left.overlaps(left) or pair.right.overlaps(right)):
                continue
            self._done[index] = word_changes(self._left, self._right, pair.left, pair.right)
            added = True
        return added

    def diffed(self) -> int:
        return len(self._done)

    def ranges(self, side: Side) -> tuple[TextRange, ...]:
        found = {r for c in self._done.values() for r in (c.left if side is Side.LEFT else c.right)}
        return tuple(sorted(found, key=_key))
