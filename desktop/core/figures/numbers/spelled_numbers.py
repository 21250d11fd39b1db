"""Numbers written in words: "two hundred", "ten", "two dozen", "half a million", "one and a
half million", "a quarter of a million". Split from values.py, which reads figures in digits and
calls on this module when a phrase has none."""

from __future__ import annotations

import re

_UNITS_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}  # fmt: skip
# The number words a count is written in, "one" to "ninety": the words above less the article,
# zero, the dozen and the half.
COUNTING_WORDS = tuple(
    w for w, v in _UNITS_WORDS.items() if v >= 1 and v == int(v) and w not in ("a", "an", "dozen")
)
# Each of them with its value, in the same order ("one": 1 ... "ninety": 90).
COUNTING_VALUES = {w: int(_UNITS_WORDS[w]) for w in COUNTING_WORDS}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
    "k": 1_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "mln": 1_000_000,
    # Wire and financial copy: "£5mn", "$1tn", "110 b. Euro" (the last read in a sum only).
    "mn": 1_000_000,
    "tn": 10**12,
    "b": 1_000_000_000,
}
# Scales written short: read only right after a figure ("5m", "110 bn"), never as words alone.
ABBREVIATED = frozenset({"k", "m", "bn", "mln", "mn", "tn", "b"})


def word_numbers(raw: str) -> list[float]:
    """Number words: "two hundred", "ten"; a dozen and a half multiply what they follow and
    precede ("two dozen" is 24, "half a dozen" 6, "half a million" 500,000, "one and a half
    million" 1,500,000)."""
    values: list[float] = []
    current: float | None = None
    total = 0.0
    half = False  # "half a ...": the next dozen or scale counts half
    share = 1.0  # "a quarter of a ...": the next scale counts that share
    words = re.findall(r"[a-z]+", raw.replace("-", " "))
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if word == "half":
            if before in ("a", "an") and i >= 2 and words[i - 2] == "and" and current is not None:
                current += 0.5  # "one and a half"
            else:
                half = True
        elif word in _PARTS and words[i + 1 : i + 3] in (["of", "a"], ["of", "an"]):
            # "a quarter of a million", "three quarters of a billion": a share of the scale
            share, current = (current or 1.0) * _PARTS[word], None
            continue
        elif word == "dozen":
            base = current if current is not None else 1.0
            current, half = base * 12 * (0.5 if half else 1.0), False
        elif word in _UNITS_WORDS and word not in ("a", "an"):
            if before == "and" and current is not None and words[i - 2] in _UNITS_WORDS:
                # "between five and seven": "and" adds only after a scale ("two hundred and
                # five"); after a number of its own it starts the next number.
                values.append(total + current)
                current, total = None, 0.0
            current = (current or 0) + _UNITS_WORDS[word]
        elif word in ("a", "an") and (current is None or before == "and"):
            continue  # "a hundred" handled by the scale branch; "one and a half"
        elif word in SCALES and word not in ABBREVIATED:
            base = (current if current is not None else 1.0) * (0.5 if half else 1.0) * share
            half, share = False, 1.0
            if SCALES[word] == 100:
                current = base * 100
            else:
                total += base * SCALES[word]
                current = None
        elif word == "and":
            continue
        else:
            if current is not None or total:
                values.append(total + (current or 0))
            current, total = None, 0.0
    if current is not None or total:
        values.append(total + (current or 0))
    return values


_PARTS = {"quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
