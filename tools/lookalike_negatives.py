"""Minimal-pair hard negatives for the sentence-pair reader (lookalike52).

Build-time only (``tools/train_pair_reader.py --lookalikes N``): never imported by the app. The
reader52 model read "The coach was fired a week ago." / "The coach was hired a week ago." as one
statement (p 0.90): it learned "same words, same statement". Here, for a gold sentence pair
(a, b), b' is b with ONE element of its claim changed, and (a, b') is taught as a negative while
(a, b) stays positive: the main verb (a fixed contrast list, or another past-tense verb of the
same article), a name (another capitalised word of the same article), a weekday or month, or a
figure. The week's days and the months are the app's own (``desktop.core.lexicon.time_words``);
the other word lists live here, not in desktop/: they serve training only.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the app's lexicon

from desktop.core.lexicon.time_words import MONTHS, WEEKDAYS

# verbs whose swap flips the claim; both directions, inflections listed as they are written
# (no bare "fire", "open", "fall": nouns as often as verbs)
_CONTRAST = [
    ("hired", "fired"),
    ("arrested", "released"),
    ("arrest", "release"),
    ("won", "lost"),
    ("wins", "loses"),
    ("opened", "closed"),
    ("rose", "fell"),
    ("increased", "decreased"),
    ("raised", "lowered"),
    ("accepted", "rejected"),
    ("approved", "rejected"),
    ("confirmed", "denied"),
    ("convicted", "acquitted"),
    ("guilty", "innocent"),
    ("killed", "injured"),
    ("died", "survived"),
    ("dead", "injured"),
    ("resigned", "was appointed"),
    ("started", "ended"),
    ("began", "ended"),
    ("joined", "left"),
    ("signed", "cancelled"),
    ("charged", "cleared"),
    ("sentenced", "released"),
    ("captured", "escaped"),
    ("bought", "sold"),
    ("attacked", "defended"),
    ("before", "after"),
    ("more", "fewer"),
    ("higher", "lower"),
]
CONTRAST = {a: b for a, b in _CONTRAST} | {b: a for a, b in _CONTRAST if " " not in b}

# past tenses without -ed, counted as verbs for the same-article swap
IRREGULAR = set(
    [
        "said",
        "told",
        "went",
        "came",
        "took",
        "gave",
        "made",
        "found",
        "left",
        "fell",
        "rose",
        "won",
        "lost",
        "ran",
        "shot",
        "hit",
        "began",
        "saw",
        "held",
        "led",
        "met",
        "paid",
        "sent",
        "spent",
        "struck",
        "threw",
        "wrote",
        "sold",
        "brought",
        "bought",
        "caught",
        "fought",
        "kept",
        "became",
        "fled",
        "broke",
        "chose",
        "drove",
        "flew",
        "got",
        "knew",
        "put",
        "quit",
        "read",
        "rode",
        "sat",
        "set",
        "shook",
        "sought",
        "spoke",
        "stood",
        "stole",
        "swore",
        "tore",
        "woke",
        "wore",
    ]
)
# words ending in -ed that are not past-tense verbs
NOT_VERBS = set(
    [
        "need",
        "needed",
        "bed",
        "red",
        "shed",
        "sped",
        "speed",
        "seed",
        "feed",
        "fed",
        "led",
        "hundred",
        "kindred",
        "bred",
        "shred",
        "wed",
        "indeed",
        "united",
        "limited",
        "naked",
        "sacred",
        "wicked",
        "ragged",
        "rugged",
        "beloved",
    ]
)
NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "hundred",
]
# capitalised words that start sentences or name no one: never swapped as names
NOT_NAMES = set(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
) | {w.capitalize() for w in WEEKDAYS + MONTHS}

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _replace(text: str, m: re.Match[str], new: str) -> str:
    old = m.group(0)
    if old[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    return text[: m.start()] + new + text[m.end() :]


def _is_verb(word: str) -> bool:
    w = word.lower()
    return word.islower() and (
        w in IRREGULAR or (len(w) > 4 and w.endswith("ed") and w not in NOT_VERBS)
    )


def _is_name(m: re.Match[str], text: str) -> bool:
    word = m.group(0)
    # a capital after the sentence's first word is a name (or part of one)
    return word[:1].isupper() and m.start() > 0 and word not in NOT_NAMES and len(word) > 2


def candidates(a: str, b: str, article: Sequence[str]) -> list[tuple[str, str]]:
    """Every one-element change of b: (kind, b'). The new word never occurs in a (swapping b's
    "held" to a's "arrested" would make a paraphrase, not a look-alike)."""
    in_a = {t.group(0).lower() for t in _tokens(a)}
    words = [t for s in article for t in _tokens(s)]
    article_verbs = sorted({t.group(0) for t in words if _is_verb(t.group(0))})
    article_names = sorted({t.group(0) for s in article for t in _tokens(s) if _is_name(t, s)})
    article_figures = sorted({t.group(0) for t in words if t.group(0)[0].isdigit()})
    out: list[tuple[str, str]] = []
    for m in _tokens(b):
        word, low = m.group(0), m.group(0).lower()
        if low in CONTRAST and CONTRAST[low] not in in_a:
            out.append(("contrast", _replace(b, m, CONTRAST[low])))
        if _is_verb(word):
            others = [v for v in article_verbs if v.lower() not in in_a and v != word]
            out += [("verb", _replace(b, m, v)) for v in others]
        # a name, a day or a figure is changed only where a gives it too: then a and b' differ on
        # an element both tell, not on a detail only b adds
        shared = low in in_a
        if shared and (low in WEEKDAYS or low in MONTHS):
            pool = WEEKDAYS if low in WEEKDAYS else MONTHS
            out += [
                ("when", _replace(b, m, d.capitalize())) for d in pool if d != low and d not in in_a
            ]
        if shared and word[0].isdigit():
            figures = [f for f in article_figures if f != word and f.lower() not in in_a]
            value = word.replace(",", "")
            if value.isdigit() and len(value) < 6:
                n = int(value)
                figures += [str(k) for k in {n + 1, n * 2, max(0, n - 1), n + 10} if k != n]
            out += [("figure", _replace(b, m, f)) for f in figures]
        if shared and low in NUMBER_WORDS:
            out += [("figure", _replace(b, m, n)) for n in NUMBER_WORDS if n != low]
        if shared and _is_name(m, b):
            others = [n for n in article_names if n.lower() not in in_a and n != word]
            out += [("name", _replace(b, m, n)) for n in others]
    return [(k, s) for k, s in out if s != b]


# the kinds of change; the contrast list names the look-alikes the reader failed, drawn first
PRIORITY = ("contrast", "verb", "name", "when", "figure")


def lookalikes(
    a: str, b: str, article: Sequence[str], count: int, rng: np.random.Generator
) -> list[str]:
    """Up to ``count`` look-alikes of b, each of a different kind, drawn with ``rng``."""
    by_kind: dict[str, list[str]] = {}
    for kind, text in candidates(a, b, article):
        by_kind.setdefault(kind, []).append(text)
    kinds = [k for k in PRIORITY if k in by_kind]
    # the contrast list first; the other kinds in a random order, so no kind crowds out the rest
    rest = [k for k in kinds if k != "contrast"]
    kinds = [k for k in kinds if k == "contrast"] + [rest[i] for i in rng.permutation(len(rest))]
    picked: list[str] = []
    for kind in kinds:
        if len(picked) >= count:
            break
        options = [t for t in by_kind[kind] if t not in picked]
        if options:
            picked.append(options[int(rng.integers(len(options)))])
    return picked
