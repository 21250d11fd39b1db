"""Codes in capitals that carry a numeral: "AK-47", "F-16", "COVID-19", "six AK 47 rifles".

The numeral is part of a name, never a figure, so "14 AK-47 Rifles" is 14 rifles, not a range
from 14 to 47. Spaced from its numeral, a code has two or three letters ("A 5.9 quake" is a
figure) and counts only in mixed case (in an ALL-CAPS text "OF 300" is a word and a figure).
A single digit with a capital G or D written onto it ("3G networks", "a 4G phone", "3D
glasses") names a generation of a standard or a kind of picture: it counts nothing either.
"""

from __future__ import annotations

import re

_DESIGNATION = re.compile(r"\b[A-Z]{1,6}[-\u2013]\d+\b")
_SPACED_DESIGNATION = re.compile(r"\b[A-Z]{2,3} \d+\b")
_CODE_BEFORE = re.compile(r"\b[A-Z]{1,6}[-\u2013]$")
_SPACED_CODE_BEFORE = re.compile(r"\b[A-Z]{2,3} $")
_FUSED_CODE = re.compile(r"(?<![\w.,])\d[GD]\b")


def without_codes(text: str) -> str:
    """The text with every code and its numeral blanked out."""
    text = _DESIGNATION.sub(" ", text)
    return text if text.isupper() else _SPACED_DESIGNATION.sub(" ", text)


def follows_code(text: str, start: int) -> bool:
    """The numeral at ``start`` is part of a code: it counts nothing."""
    before = text[max(0, start - 8) : start]
    if _CODE_BEFORE.search(before):
        return True
    return not text[max(0, start - 40) : start + 40].isupper() and bool(
        _SPACED_CODE_BEFORE.search(before)
    )


def fused_code(text: str, start: int) -> bool:
    """The numeral at ``start`` is the digit of "3G" or "3D": a standard's name, not a figure."""
    return _FUSED_CODE.match(text, start) is not None
