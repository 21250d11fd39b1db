"""BERT's uncased tokenizer for a sentence pair, as the pair reader was trained with it.

The reader (``pair_reader``) was trained on Hugging Face's BERT tokenizer; it must see the same
pieces at run time or its logits drift. So this is that tokenizer, numpy and the standard library
only: control characters dropped, CJK characters split off, lower case without accents (the
embedding table's ``_fold``), every punctuation character its own word, each word spelled by
greedy longest WordPiece (``embed._wordpiece``; an unspellable word is ``[UNK]``), then
"[CLS] left [SEP] right [SEP]" with segment ids 0 / 1, cut to ``max_pieces`` by taking pieces
off the longer side first (the ``longest_first`` rule of the ``tokenizers`` library).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.alignment.embed import _fold, _wordpiece

_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")


@dataclass(frozen=True)
class PairTokenizer:
    """The reader's vocabulary and the piece ids of texts already seen (one comparison reads a
    sentence against several partners)."""

    index: dict[str, int]
    _ids: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        missing = [s for s in _SPECIALS if s not in self.index]
        if missing:
            raise ValueError(f"vocabulary lacks {missing}")

    @property
    def pad(self) -> int:
        return self.index["[PAD]"]

    def ids(self, text: str) -> tuple[int, ...]:
        """The text's piece ids, without the special pieces."""
        cached = self._ids.get(text)
        if cached is None:
            unknown = self.index["[UNK]"]
            pieces: list[int] = []
            for word in words(text):
                pieces.extend(_wordpiece(word, self.index) or (unknown,))
            cached = self._ids[text] = tuple(pieces)
        return cached

    def pair(self, left: str, right: str, max_pieces: int) -> tuple[list[int], list[int]]:
        """Piece ids and segment ids of "[CLS] left [SEP] right [SEP]", at most max_pieces."""
        a, b = self.ids(left), self.ids(right)
        keep_a, keep_b = truncated(len(a), len(b), max_pieces - 3)
        cls, sep = self.index["[CLS]"], self.index["[SEP]"]
        ids = [cls, *a[:keep_a], sep, *b[:keep_b], sep]
        return ids, [0] * (keep_a + 2) + [1] * (keep_b + 1)


def truncated(n1: int, n2: int, room: int) -> tuple[int, int]:
    """How many pieces of each side stay: the shorter side whole when the longer can give way,
    else half each (the longer side the odd one), as the ``tokenizers`` library's
    ``longest_first``."""
    if n1 + n2 <= room:
        return n1, n2
    swap = n1 > n2
    if swap:
        n1, n2 = n2, n1
    n2 = n1 if n1 > room else max(n1, room - n1)
    if n1 + n2 > room:
        n1 = room // 2
        n2 = n1 + room % 2
    return (n2, n1) if swap else (n1, n2)


def words(text: str) -> list[str]:
    """BERT's basic tokenizer: the words and single punctuation marks of a text, folded."""
    out: list[str] = []
    current: list[str] = []
    for char in _fold(_clean(text)):
        if char.isspace():
            kind = "space"
        elif _is_punctuation(char) or _is_cjk(char):
            kind = "alone"
        else:
            current.append(char)
            continue
        if current:
            out.append("".join(current))
            current = []
        if kind == "alone":
            out.append(char)
    if current:
        out.append("".join(current))
    return out


def _clean(text: str) -> str:
    """Drop NUL, the replacement character and control characters; tabs and newlines are
    spaces (BERT's ``_clean_text``)."""
    if text.isascii() and text.isprintable():
        return text
    kept: list[str] = []
    for char in text:
        if char in "\t\n\r":
            kept.append(" ")
        elif char in "\x00\ufffd" or unicodedata.category(char).startswith("C"):
            continue
        else:
            kept.append(char)
    return "".join(kept)


def _is_punctuation(char: str) -> bool:
    """Every non-letter, non-digit ASCII mark ("$", "^", "`" too) and Unicode's P* classes."""
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return code > 127 and unicodedata.category(char).startswith("P")


_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return code > 0x3000 and any(low <= code <= high for low, high in _CJK)


def padded(rows: Sequence[Sequence[int]], pad: int) -> tuple[list[list[int]], list[list[int]]]:
    """Rows padded to the longest with ``pad``, and their masks (1 for a real piece)."""
    longest = max((len(r) for r in rows), default=0)
    return (
        [[*r, *([pad] * (longest - len(r)))] for r in rows],
        [[1] * len(r) + [0] * (longest - len(r)) for r in rows],
    )
