"""Sentences told in other words that share a rare anchor: a close partner paired anyway.

Two reporters retelling one fact in their own words ("she was the only doctor for 2,500 people" /
"the area's population of 2,500"; "tens of thousands of union members rallied" / "tens of
thousands of people joined a walkout") share few words, so the lexical score stays under
``PAIR_THRESHOLD`` and the facts inside are never compared. What they do share is rare: a figure,
or nouns and names, that each article uses in that one sentence only. Two newspapers seldom
repeat a precise figure, or two nouns they use nowhere else, about different things. So a sentence
pair sharing such an anchor, when one of the two is among the other's two closest sentences anyway
(as many as ``align`` keeps), is paired at the threshold: aligned, but as the loosest kind of pair
(the findings stage reads the score, so nothing that asks for a close pair changes).

Measured on bench.alignment's tune half (odd topics, check sub-topics left out): recall of
same-event sentences 0.723 -> 0.735, reworded 0.371 -> 0.400, event precision 0.868 -> 0.870,
coverage AUC unchanged (a lifted pair stays under the coverage floor); aligned pairs between
look-alike events 0.839 -> 0.843 per sentence (docs/embeddings.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.core.extraction.extract import Analysis, Token

# An anchored pair scoring under this shares nothing but the anchor (a figure in a sentence of
# other words entirely): too little to read as one fact. Set on bench.alignment's tune half: 0.1
# pairs nothing more there; 0.2 loses 0.004 recall.
ANCHOR_FLOOR = 0.15
# Shared rare nouns, names or numbers it takes to anchor a pair when none is a precise figure.
# One is often a topic noun each article happens to use once (look-alike pairs 0.84 -> 1.00 per
# sentence, event precision 0.870 -> 0.864); three lose recall (0.735 -> 0.727).
ANCHOR_WORDS = 2

# A figure precise enough to stand alone: with a decimal point or a thousands separator ("2,500",
# "4.7", ".32"). A bare whole number is often a day, a year, a score or a week ("17", "2008"),
# which two articles give about different things; it anchors only with a second rare word.
_PRECISE = re.compile(r"^[.,]?\d+(?:[.,]\d+)+$|^[.,]\d+$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Anchors:
    """Per sentence pair, how many rare words and rare figures the two sentences share."""

    words: np.ndarray  # int32, n_left x n_right: nouns, names and figures
    figures: np.ndarray  # those written as precise figures ("2,500", "4.7")


def rare_anchors(left: Analysis, right: Analysis) -> Anchors:
    """Nouns, names and figures each article uses in one sentence only, shared by a pair."""
    return shared_once(anchor_words(left), anchor_words(right))


def anchor_words(analysis: Analysis) -> list[list[str]]:
    """Per sentence, the words that can anchor it: nouns and names (what the sentence speaks of)
    and figures, in digits or in words. A shared verb or adjective says nothing of the thing
    spoken of ("says", "injured"), and in a short article every word is used once. A name or
    noun of several words is one anchor ("New Orleans", "pension reform"), and so is a record,
    score or range written in two numbers ("9-6", "1951-1957")."""
    rows = []
    for words, tokens in zip(analysis.sentence_words, analysis.sentence_tokens, strict=True):
        rows.append(_figures(words, tokens) + _names_and_nouns(tokens))
    return rows


def _figures(words: Sequence[str], tokens: Sequence[Token]) -> list[str]:
    """The sentence's numbers, in its order, digits next to digits joined into one figure."""
    # A token's content is empty for a number: the sentence's words no token holds.
    held = {t.content for t in tokens}
    figures: list[str] = []
    after_digits = False
    for word in words:
        if word in held:
            after_digits = False
            continue
        digits = bool(_DIGIT.search(word))
        if digits and after_digits:
            figures[-1] = f"{figures[-1]} {word}"
        else:
            figures.append(word)
        after_digits = digits
    return figures


def _names_and_nouns(tokens: Sequence[Token]) -> list[str]:
    """The sentence's nouns and names, a run of them joined into one ("pension reform", "New
    Orleans"): one thing, however many words name it."""
    out: list[str] = []
    after_noun = False
    for token in tokens:
        if not token.noun or not token.content:
            after_noun = False
            continue
        if after_noun:
            out[-1] = f"{out[-1]} {token.content}"
        else:
            out.append(token.content)
        after_noun = True
    return out


def shared_once(
    left_words: Sequence[Sequence[str]], right_words: Sequence[Sequence[str]]
) -> Anchors:
    """Words each side uses in one sentence only, and among them figures, shared by each pair.

    Such a word sits in exactly one left and one right sentence, so each adds one to one pair:
    a pass over the words, with no matrix product over all pairs."""
    shape = (len(left_words), len(right_words))
    words = np.zeros(shape, dtype=np.int32)
    figures = np.zeros(shape, dtype=np.int32)
    left_once = _used_once(left_words)
    right_once = _used_once(right_words)
    shared = sorted(left_once.keys() & right_once.keys())
    if not shared:
        return Anchors(words, figures)
    rows = np.fromiter((left_once[w] for w in shared), dtype=np.intp, count=len(shared))
    cols = np.fromiter((right_once[w] for w in shared), dtype=np.intp, count=len(shared))
    is_figure = np.fromiter(
        (bool(_PRECISE.search(w)) for w in shared), dtype=bool, count=len(shared)
    )
    np.add.at(words, (rows, cols), 1)
    np.add.at(figures, (rows[is_figure], cols[is_figure]), 1)
    return Anchors(words, figures)


def _used_once(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    """Word -> the one sentence that uses it, for the words used in a single sentence."""
    where: dict[str, int] = {}
    repeated: set[str] = set()
    for index, row in enumerate(rows):
        for word in row:
            seen = where.get(word)
            if seen is None:
                where[word] = index
            elif seen != index:
                repeated.add(word)
    for word in repeated:
        del where[word]
    return where


def lift_anchored(
    scores: np.ndarray, anchors: Anchors, threshold: float, partners: int = 2
) -> np.ndarray:
    """``scores`` with anchored pairs under ``threshold`` raised to it, where one sentence of the
    pair is among the other's ``partners`` closest (``align`` keeps as many)."""
    if scores.size == 0:
        return scores
    anchored = (anchors.figures >= 1) | (anchors.words >= ANCHOR_WORDS)
    anchored &= (scores >= ANCHOR_FLOOR) & (scores < threshold)
    rows, cols = np.nonzero(anchored)
    if rows.size == 0:
        return scores
    # Only the rows and columns holding an anchored pair need their k-th best score.
    row_kth = _kth_best(scores[np.unique(rows)], partners)
    col_kth = _kth_best(scores[:, np.unique(cols)].T, partners)
    row_of = np.searchsorted(np.unique(rows), rows)
    col_of = np.searchsorted(np.unique(cols), cols)
    values = scores[rows, cols]
    close = (values >= row_kth[row_of]) | (values >= col_kth[col_of])
    lifted = scores.copy()
    lifted[rows[close], cols[close]] = np.float32(threshold)
    return lifted


def _kth_best(rows: np.ndarray, k: int) -> np.ndarray:
    """Each row's k-th highest value (its highest when the row is shorter)."""
    k = min(k, rows.shape[1])
    return -np.partition(-rows, k - 1, axis=1)[:, k - 1]
