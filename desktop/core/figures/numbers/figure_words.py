"""The figures, scale words and unit a number's words hold, read for ``values.parse_number``.

"5,000", "2, 000", "110-billion", "two hundred": the numbers in the words (``numbers_in``);
"120 miles an hour", "60m", "2m euros": the unit word they are measured in (``unit_word``) and
its dimension (``dimension_of``); "the 76ers": digits glued to a name, counting nothing.
"""

from __future__ import annotations

import re

from desktop.core.figures.numbers.spelled_numbers import SCALES, word_numbers
from desktop.core.figures.numbers.unit_factors import UNIT_FACTORS
from desktop.core.figures.ranges.range_scales import shared_scale
from desktop.core.figures.ranges.worded_range_starts import with_worded_start

# A leading zero before a group of thousands is the one the parser's view of "$1, 799" put
# there to keep its length (split_decimals.py): "$01,799" is $1,799.
_NUM_RE = re.compile(r"(?<![\w.])(0?\d{1,3}(?:[,\s]\s?\d{3})+|\d+(?:\.\d+)?|\.\d+)(?![\d])")

# A numeral written into a word that is no unit, scale or ordinal: "the 76ers", "49ers fans".
_GLUED = re.compile(r"[$€£]?\d[\d,.]*([a-z]{2,})")
_GLUED_OK = frozenset({"st", "nd", "rd", "th", "am", "pm", "mph", "kph"})


def glued_to_a_name(raw: str) -> bool:
    """ "76ers": digits that belong to a name, counting nothing."""
    match = _GLUED.fullmatch(raw)
    if match is None:
        return False
    word = match.group(1)
    return word not in UNIT_FACTORS and word not in SCALES and word not in _GLUED_OK


def numbers_in(raw: str) -> list[float]:
    """Digits first ("5,000", "6.1", "2, 000"); otherwise number words ("two hundred", "ten")."""
    found: list[float] = []
    scales: list[int] = []
    matches = list(_NUM_RE.finditer(raw))
    for match in matches:
        digits = re.sub(r"[,\s]", "", match.group(1))
        try:
            value = float(digits)
        except ValueError:
            continue
        tail = raw[match.end() :].lstrip()
        # "110-billion euros": a hyphen may join the digits to a scale word, never to an
        # abbreviation ("a 10-k race", "a 60-m drop").
        scale = re.match(
            r"(hundred|thousand|million|billion|trillion|bn|mln|mn|tn|k|m)\b|(b)\.", tail
        ) or (re.match(r"-\s*(hundred|thousand|million|billion|trillion)\b", tail))
        word = scale.group(scale.lastindex or 0) if scale else ""
        # "b." is a billion only in a sum or a headcount ("110 b. Euro"), like a bare "m".
        factor = SCALES[word] if word and not _is_unit_m(word, raw) else 1
        found.append(value * factor)
        scales.append(factor)
    if found:
        return with_worded_start(raw, shared_scale(found, scales, raw, matches), scales[0])
    return word_numbers(raw)


def _is_unit_m(word: str, raw: str) -> bool:
    # "60m" after a distance verb is metres; "5m people", "£1.7m", "2m euros" are millions (a sum
    # of money or a count of people); default to metres for "m".
    return word in ("m", "b") and not _MILLIONS.search(raw)


_MILLIONS = re.compile(r"[$€£]|\b(people|dollars|usd|euros?|eur|pounds|gbp|sterling|residents)\b")


# A speed written out: "120 miles an hour" is 120 mph, never a distance of 120 miles.
_SPEED_WRITTEN = re.compile(r"\b(?:(miles?)|kilomet(?:re|er)s?|km)\s+(?:an|a|per)\s+hour\b")


_NAUTICAL = re.compile(r"\bnautical miles?\b")


def unit_word(raw: str) -> str:
    speed = _SPEED_WRITTEN.search(raw)
    if speed is not None:
        return "mph" if speed.group(1) else "km/h"
    if _NAUTICAL.search(raw):
        return "nautical mile"
    for token in re.findall(r"[a-z/]+|[$€£%]", raw):
        if token == "m" and not _is_unit_m(token, raw):
            continue  # "2m euros": the scale of the sum, its unit comes after
        if token in UNIT_FACTORS:
            return token
    if "per cent" in raw:
        return "per cent"
    return ""


def dimension_of(raw: str) -> str:
    word = unit_word(raw)
    if word == "m" and re.search(r"\d\s*m\b", raw) is None:
        return ""
    if word in ("in", "g", "a") and not re.search(rf"\d\s*{word}\b", raw):
        return ""
    dimension = UNIT_FACTORS.get(word, ("", 1.0))[0]
    # "a 1,500-square-kilometre island" gives its area, never a distance of 1,500 km.
    return "area" if dimension == "length" and SQUARED.search(raw) else dimension


SQUARED = re.compile(r"\b(square|sq)\b")
