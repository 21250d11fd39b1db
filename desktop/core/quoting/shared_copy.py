"""Passages two articles share word for word, or nearly: the same agency copy reprinted by both.

Agreement inside such a passage is one source printed twice, not two sources confirming each other,
so the comparison needs to know where these passages are. The method is the one plagiarism detectors
use: index the right article's word 8-grams, seed a passage at every left 8-gram the right article
also has, then extend the seed both ways word by word, stepping over a small edit (a changed,
dropped or added word) only when the text falls back into step right after it. Words are compared
lower-cased without punctuation, so a changed comma or capital never breaks a passage.

Words inside quotation marks do not make a passage on their own: two reporters who quote the same
sentence of a press conference print it word for word without copying each other. A passage counts
only when MIN_PASSAGE_WORDS of its words lie outside quotation marks.

Time is linear in the length of the articles: one dictionary look-up per left word, and every
extension moves the scan past the words it covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.model import SharedPassage, TextRange
from desktop.core.quoting.quotes import quoted_stretches

# Words as the reader counts them: letters and digits, with inner apostrophes ("didn't", "O'Neill").
_WORD = re.compile(r"\w+(?:['’]\w+)*")

# The seed length. Two independently written articles about one event share 5- and 6-word runs
# ("the magnitude 6.1 earthquake struck", "said in a statement on Monday") but rarely 8 in a row;
# a reprinted agency paragraph shares dozens. Chosen a priori; bench/quotes.py tune: 0.997 of an
# edited copied half found, shared_copy 0.000 between articles on different events.
SEED_WORDS = 8
# The shortest passage reported, in matched words: the "at least ~12 consecutive words".
MIN_PASSAGE_WORDS = 12
# After an edit, this many words must match again in a row before the edit is accepted: a changed
# word inside copied text is followed by the copy resuming, a real divergence is not.
RESYNC_WORDS = 4
# The largest edit stepped over, in words on either side ("a dropped word", "two words replaced").
MAX_EDIT_WORDS = 2
# A word that starts more right 8-grams than this is boilerplate repeated inside one article; seeds
# from it are skipped so a pathological text cannot make the look-up quadratic.
MAX_SEED_CANDIDATES = 16


@dataclass(frozen=True, slots=True)
class _Words:
    norm: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


@lru_cache(maxsize=4)  # the shared passages and the count of words read each article's words
def _words(text: str) -> _Words:
    found = list(_WORD.finditer(text))
    return _Words(
        norm=tuple(m.group().lower().replace("’", "'") for m in found),
        starts=tuple(m.start() for m in found),
        ends=tuple(m.end() for m in found),
    )


def word_count(text: str) -> int:
    return len(_words(text).norm)


def shared_copy(left_text: str, right_text: str) -> tuple[list[SharedPassage], float]:
    """The shared passages and ``shared_copy_share`` of them, reading each text's words once."""
    left, right = _words(left_text), _words(right_text)
    passages = _find(left, right, left_text)
    return passages, _share(passages, left, right)


def find_shared_passages(left_text: str, right_text: str) -> list[SharedPassage]:
    """Every passage of at least MIN_PASSAGE_WORDS words that both texts share, in left order."""
    return _find(_words(left_text), _words(right_text), left_text)


def _find(left: _Words, right: _Words, left_text: str) -> list[SharedPassage]:
    a, b = left.norm, right.norm
    if len(a) < SEED_WORDS or len(b) < SEED_WORDS:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - SEED_WORDS + 1):
        index.setdefault(b[j : j + SEED_WORDS], []).append(j)

    quoted = _in_quotes(left.starts, quoted_stretches(left_text))
    passages: list[SharedPassage] = []
    i = 0
    while i <= len(a) - SEED_WORDS:
        candidates = index.get(a[i : i + SEED_WORDS])
        if not candidates or len(candidates) > MAX_SEED_CANDIDATES:
            i += 1
            continue
        best: tuple[int, int, int, int, int] | None = None
        for j in candidates:
            a0, b0, back = _extend(a, b, i - 1, j - 1, step=-1)
            a1, b1, ahead = _extend(a, b, i + SEED_WORDS, j + SEED_WORDS, step=1)
            matched = back + SEED_WORDS + ahead
            if best is None or matched > best[4]:
                best = (a0, a1, b0, b1, matched)
        assert best is not None
        a0, a1, b0, b1, matched = best
        unquoted = a1 - a0 - sum(quoted[a0:a1])
        if matched >= MIN_PASSAGE_WORDS and unquoted >= MIN_PASSAGE_WORDS:
            passages.append(
                SharedPassage(
                    left=TextRange(left.starts[a0], left.ends[a1 - 1]),
                    right=TextRange(right.starts[b0], right.ends[b1 - 1]),
                    words=matched,
                )
            )
            i = max(a1, i + 1)
        else:
            i += 1
    return passages


def _extend(
    a: Sequence[str], b: Sequence[str], i: int, j: int, *, step: int
) -> tuple[int, int, int]:
    """Walk from (i, j) in direction ``step`` while the words match, stepping over small edits.

    Returns the passage bound on each side (exclusive end going forward, inclusive start going
    backward) and the number of matched words walked over.
    """
    matched = 0
    last_i, last_j = i - step, j - step  # the last matched word on each side: the seed's edge
    len_a, len_b = len(a), len(b)
    while True:
        # _inside spelled out: the walk over a passage both articles print steps word by word.
        if 0 <= i < len_a and 0 <= j < len_b and a[i] == b[j]:
            matched += 1
            last_i, last_j = i, j
            i += step
            j += step
            continue
        edit = _resync(a, b, i, j, step)
        if edit is None:
            break
        i, j = edit
    if step > 0:
        return last_i + 1, last_j + 1, matched
    return last_i, last_j, matched


def _in_quotes(starts: Sequence[int], quoted: Sequence[TextRange]) -> list[bool]:
    """For each word start, whether it lies inside quotation marks (both lists in text order)."""
    flags: list[bool] = []
    k = 0
    for start in starts:
        while k < len(quoted) and quoted[k].end <= start:
            k += 1
        flags.append(k < len(quoted) and quoted[k].start <= start)
    return flags


def _inside(words: Sequence[str], k: int) -> bool:
    return 0 <= k < len(words)


# The skips an edit may take on each side, smallest first (and the most even of equal ones).
_SKIPS = [
    (da, db)
    for da, db in sorted(
        ((da, db) for da in range(MAX_EDIT_WORDS + 1) for db in range(MAX_EDIT_WORDS + 1)),
        key=lambda d: (d[0] + d[1], abs(d[0] - d[1])),
    )
    if (da, db) != (0, 0)
]


def _resync(
    a: Sequence[str], b: Sequence[str], i: int, j: int, step: int
) -> tuple[int, int] | None:
    """Where the copy resumes after an edit at (i, j): the smallest skip on each side after which
    RESYNC_WORDS words match in a row, or None when the texts have really parted."""
    len_a, len_b = len(a), len(b)
    for da, db in _SKIPS:
        ni, nj = i + da * step, j + db * step
        # Most skips fail on their first word: it is compared before the run is walked.
        if not (0 <= ni < len_a and 0 <= nj < len_b and a[ni] == b[nj]):
            continue
        if all(
            _inside(a, ni + k * step)
            and _inside(b, nj + k * step)
            and a[ni + k * step] == b[nj + k * step]
            for k in range(RESYNC_WORDS)
        ):
            return ni, nj
    return None


def shared_copy_share(passages: Sequence[SharedPassage], left_text: str, right_text: str) -> float:
    """The share of the shorter article's words that lie inside shared passages (0.0 to 1.0)."""
    return _share(passages, _words(left_text), _words(right_text))


def _share(passages: Sequence[SharedPassage], left_words: _Words, right_words: _Words) -> float:
    shorter, ranges = (
        (left_words, [p.left for p in passages])
        if len(left_words.norm) <= len(right_words.norm)
        else (right_words, [p.right for p in passages])
    )
    if not shorter.norm:
        return 0.0
    inside = 0
    merged = _merge(ranges)
    k = 0
    for start in shorter.starts:
        while k < len(merged) and merged[k].end <= start:
            k += 1
        if k < len(merged) and merged[k].contains(start):
            inside += 1
    return inside / len(shorter.norm)


def _merge(ranges: Sequence[TextRange]) -> list[TextRange]:
    merged: list[TextRange] = []
    for r in sorted(ranges, key=lambda r: r.start):
        if merged and r.start <= merged[-1].end:
            merged[-1] = TextRange(merged[-1].start, max(merged[-1].end, r.end))
        else:
            merged.append(r)
    return merged
