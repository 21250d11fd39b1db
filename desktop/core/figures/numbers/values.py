"""Normalised readings of numbers, quantities and dates, and when two readings are compatible.

Reporters round, hedge and convert: "about 200ft" and "about 60m" agree, "at least 50" is not
contradicted by 80, but "about 50" is. Numbers therefore become intervals, and two statements
conflict only when their intervals cannot both hold.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

# Clock times are read in desktop/core/datetimes/clock.py; re-exported for the callers that read
# values.
from desktop.core.datetimes.clock import parse_time as parse_time

# Dates are read in desktop/core/datetimes/dates.py; re-exported for the callers that read values.
from desktop.core.datetimes.dates import DateValue as DateValue
from desktop.core.datetimes.dates import calendar_day as calendar_day
from desktop.core.datetimes.dates import dates_compatible as dates_compatible
from desktop.core.datetimes.dates import parse_date as parse_date
from desktop.core.datetimes.dates import parse_iso_date as parse_iso_date
from desktop.core.extraction.split_decimals import joined
from desktop.core.figures.changes.multiples import multiple_percent
from desktop.core.figures.changes.point_changes import POINTS, read_points
from desktop.core.figures.numbers.digit_leeway import one_digit_leeway
from desktop.core.figures.numbers.feet_and_inches import feet_and_inches_metres
from desktop.core.figures.numbers.figure_words import (
    SQUARED,
    dimension_of,
    glued_to_a_name,
    numbers_in,
    unit_word,
)
from desktop.core.figures.numbers.nested_orders import nested_order
from desktop.core.figures.numbers.single_units import as_figure
from desktop.core.figures.numbers.slash_names import slash_name
from desktop.core.figures.numbers.unit_compounds import count_before_compound
from desktop.core.figures.numbers.unit_factors import UNIT_FACTORS
from desktop.core.lexicon.counted_nouns import GROUP_COUNTS, SET_COUNTS
from desktop.core.naming.codes import without_codes
from desktop.core.sport.streak_lengths import streak_length

# --- numbers -----------------------------------------------------------------------------------

# "hundreds of thousands": an order of magnitude, not a number.
_VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "tens": (20, 99),
    "several": (3, 9),
    "few": (2, 5),
    "a few": (2, 5),
    "many": (4, math.inf),
    "some": (2, math.inf),
    "couple": (2, 3),
    "a couple": (2, 3),
}

# How far a plural order word reaches when it tells an exact figure: up to the tens of that
# order. English says "tens of thousands", but, wanting a short word, news copy writes "thousands
# of farmers" of a crowd another article counts at 40,000, and "millions" of 40 million viewers.
# A hundred of the order has a word of its own ("hundreds of thousands"), and "hundreds" stops
# below a thousand, where "thousands" takes over. Set against another order word ("tens of
# thousands"), the word keeps its own range. Not fitted: the usage.
_ORDER_REACH: dict[tuple[float, float], float] = {
    _VAGUE["thousands"]: 99_999,
    _VAGUE["millions"]: 99_999_999,
}


def word_reach(value: NumberValue) -> float:
    """The highest figure a vague word of an order of magnitude may be told of."""
    return _ORDER_REACH.get((value.low, value.high), value.high)


_LOWER = (
    "at least",
    "more than",
    "over",
    "upwards of",
    "no fewer than",
    "no less than",
    "in excess of",
    "above",
    "exceeding",
    "+",
)
_UPPER = (
    "at most",
    "up to",
    "fewer than",
    "less than",
    "under",
    "nearly",
    "almost",
    "below",
    "no more than",
    "as many as",
    "as much as",
)
_APPROX = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "estimated",
    "nearly",
    "almost",
    "close to",
    "circa",
    "c.",
    "approx.",
    "~",
    "more or less",
)


def is_currency_word(word: str) -> bool:
    """A currency named in words after a sum: "euros", "dollars", "pounds" (a weight elsewhere)."""
    return word in ("pound", "pounds") or UNIT_FACTORS.get(word, ("", 0.0))[0] in _CURRENCIES


_CURRENCIES = frozenset(["usd", "eur", "gbp"])


def is_currency(dimension: str) -> bool:
    """The dimension of a sum of money: "usd", "eur", "gbp"."""
    return dimension in _CURRENCIES


def is_unit(word: str) -> bool:
    """A unit word or symbol that may follow a figure ("ft", "metres", "%")."""
    return (word in UNIT_FACTORS and word not in ("in", "g", "a", "m")) or word == "m"


TALLY_BASE = 10_000  # a tally "a-b" is stored as a * TALLY_BASE + b in dimension "tally"
# A tally: two whole numbers joined by a dash, or by "to" with no unit, unless a change runs
# "from" one to the other ("fell from 68 to 32"; "10 to 5 km" is a distance).
_TALLY_FORM = re.compile(r"(?:(?!\bfrom\b)\D)*?(\d+)\s*(?:votes?\s+)?(-|\bto\b)\s*(\d+)\D*")


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A number as an interval in a base unit; ``exact`` is False for hedged or vague figures."""

    low: float
    high: float
    dimension: str = ""  # "", "length", "mass", "percent", "usd"...
    exact: bool = True
    # How the text bounds the figure: "" (as stated), "lower" ("at least"), "upper" ("up to"),
    # "approx" ("about", "nearly"), "range" ("40 to 70"), "vague" ("hundreds", "several").
    bound: str = ""

    @property
    def stated(self) -> tuple[float, ...]:
        """The figure as the text gives it: 5 for "at least five", (40, 70) for "40 to 70"."""
        if self.bound in ("range", "vague"):
            return (self.low, self.high)
        if self.bound == "upper" or (self.bound == "approx" and self.low == self.high * 0.9):
            return (self.high,)
        if self.bound == "approx":
            return (self.centre,)
        return (self.low,)

    def display(self) -> str:
        if self.dimension == RANK and self.exact and self.low == self.high:
            n = int(self.low)  # "11th", "21st": a rank is shown as one
            return f"{n}{'th' if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, 'th')}"
        if self.dimension == "tally":
            return f"{int(self.low) // TALLY_BASE}-{int(self.low) % TALLY_BASE}"
        unit = {"percent": "%", "usd": " USD", "eur": " EUR", "gbp": " GBP"}.get(
            self.dimension, f" {self.dimension}" if self.dimension else ""
        )
        if self.low == self.high:
            return f"{_fmt(self.low)}{unit}"
        if math.isinf(self.high):
            return f">={_fmt(self.low)}{unit}"
        if self.low <= 0:
            return f"<={_fmt(self.high)}{unit}"
        return f"{_fmt(self.low)}-{_fmt(self.high)}{unit}"

    @property
    def centre(self) -> float:
        if math.isinf(self.high):
            return self.low
        return (self.low + self.high) / 2


# An ordinal written in digits: "11th", "2nd", "the 21st".
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# The dimension of a figure that ranks ("the 11th") rather than counts: compared with ranks only.
RANK = "rank"


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _group_count(raw: str) -> NumberValue | None:
    """ "a pair", "a handful", "twin": the count a group or set word gives (group_counts.py)."""
    group = GROUP_COUNTS.get(raw.removeprefix("a ")) or SET_COUNTS.get(raw)
    if group is None:
        return None
    low, high = group
    exact = low == high
    return NumberValue(float(low), float(high), exact=exact, bound="" if exact else "vague")


def _run_count(raw: str) -> NumberValue | None:
    """ "16th straight": 16 in a row, a count (streak_lengths.py), not a place in an order."""
    run = streak_length(raw)
    return None if run is None else NumberValue(float(run), float(run))


# A comparison reads each figure's words again for every partner it weighs (786 reads of 318
# wordings on two 15,000-word articles); the value depends on the words alone and is frozen.
@lru_cache(maxsize=8192)
def parse_number(text: str) -> NumberValue | None:
    """Read "5,000", "Ten", "about 50", "at least four", "40 percent to 70 percent", "200ft"."""
    text = without_codes(joined(text))
    raw = " ".join(text.lower().replace("\u2013", "-").replace("\u2014", "-").split())
    raw = raw.replace("metric ton", "tonne")  # "2,000 metric tons" are tonnes, not short tons
    if not raw or glued_to_a_name(raw) or slash_name(raw) or _DENIAL.match(raw):
        # "No one was hurt" denies a toll (findings/events/denied_tolls.py): never one; "9/11"
        # and "24/7" name a day or a habit by figures and count nothing (slash_names.py).
        return None
    if (whole := _one_measure(raw) or _group_count(raw) or _run_count(raw)) is not None:
        return whole
    dimension = dimension_of(raw)
    if not dimension and _ORDINAL.search(raw):
        dimension = RANK  # "11th", "the 2nd": a place in an order, never a count
    numbers = numbers_in(raw)
    vague = next((r for w, r in _VAGUE.items() if re.search(rf"\b{w}\b", raw)), None)
    if not numbers and vague is None:
        return None
    if (nested := nested_order(raw)) is not None:
        return NumberValue(*nested, dimension, exact=False, bound="vague")
    if not numbers and vague is not None:
        return NumberValue(float(vague[0]), float(vague[1]), dimension, exact=False, bound="vague")
    tally = _TALLY_FORM.fullmatch(raw)
    if tally and tally.group(2) == "to" and dimension:
        tally = None
    if tally and int(tally.group(3)) < int(tally.group(1)) < 1000:
        # "deadlocked at 9-3", "won 24-17", "a vote of 68 to 32": a score or a vote, not a
        # range (a range runs up, "5 to 7"); compared exactly.
        a, b = int(tally.group(1)), int(tally.group(3))
        return NumberValue(a * TALLY_BASE + b, a * TALLY_BASE + b, "tally", exact=True)
    factor = UNIT_FACTORS.get(unit_word(raw), ("", 1.0))[1]
    if dimension == "area" and SQUARED.search(raw):
        factor *= factor  # "1,500 square kilometres": a kilometre squared, in square metres
    values = [n * factor for n in numbers]
    if len(values) >= 2 and re.search(r"\b(to|and|-|or)\b|\d\s*-\s*[$€£]?\s*\d", raw):
        low, high = min(values[:2]), max(values[:2])
        return NumberValue(low, high, dimension, exact=False, bound="range")
    value = values[0]
    if _has_any(raw, _LOWER):
        return NumberValue(value, math.inf, dimension, exact=False, bound="lower")
    if _has_any(raw, ("nearly", "almost")):
        return NumberValue(value * 0.9, value, dimension, exact=False, bound="approx")
    if _has_any(raw, _UPPER):
        return NumberValue(0.0, value, dimension, exact=False, bound="upper")
    if _has_any(raw, _APPROX):
        spread = min(abs(value) * 0.05, _last_digit_leeway(raw, value))
        spread = max(spread, one_digit_leeway(numbers, factor, dimension))
        return NumberValue(value - spread, value + spread, dimension, exact=False, bound="approx")
    return NumberValue(value, value, dimension, exact=True)


def _count_of_compounds(raw: str) -> NumberValue | None:
    """ "46 9-mm": 46 things of 9 mm, a count; the hyphen is the compound's, not a range's."""
    words = count_before_compound(raw)
    count = parse_number(words) if words is not None else None
    return count if count is not None and not count.dimension else None


def _one_measure(raw: str) -> NumberValue | None:
    """Words read whole as one measure, whatever figures they hold: a temperature, a change told
    in words, a height in feet and inches ("5ft 7in" is one length, not five feet)."""
    if (count := _count_of_compounds(raw)) is not None:
        return count  # "46 9-mm": 46 things of 9 mm (unit_compounds.py)
    if (heat := _temperature(raw)) is not None:
        return heat
    if (change := _worded_change(raw)) is not None:
        return change
    if (height := feet_and_inches_metres(raw)) is not None:
        return NumberValue(height, height, "length", exact=True)
    one = as_figure(raw)  # "a foot of snow": one foot
    return parse_number(one) if one is not None else None


def _worded_change(raw: str) -> NumberValue | None:
    """A change told in words: "half a percentage point", "50 basis points" (in percentage
    points), "more than doubled" (a rise of over 100 percent); None for any other words."""
    if (points := read_points(raw)) is not None:
        return _hedged(*points, POINTS)
    if (multiple := multiple_percent(raw)) is not None:
        return _hedged(*multiple, "percent")
    return None


def _hedged(value: float, hedge: str, dimension: str) -> NumberValue:
    """A figure read from words with the hedge before it: "more than" a floor, "nearly" just
    under, "about" 5% either side, as ``parse_number`` reads the same hedges before digits."""
    if not hedge:
        return NumberValue(value, value, dimension, exact=True)
    if hedge in ("more than", "at least"):
        return NumberValue(value, math.inf, dimension, exact=False, bound="lower")
    if hedge == "less than":
        return NumberValue(0.0, value, dimension, exact=False, bound="upper")
    if hedge in ("nearly", "almost"):
        return NumberValue(value * 0.9, value, dimension, exact=False, bound="approx")
    return NumberValue(value * 0.95, value * 1.05, dimension, exact=False, bound="approx")


_DENIAL = re.compile(r"(?:no|not)[\s-]+one\b")
_DECIMALS = re.compile(r"(?<![\w.])\d+\.(\d+)")


def _last_digit_leeway(raw: str, value: float) -> float:
    """How far a hedge lets a figure written with decimals stray: "about 6.0" is rounded at its
    tenth, so it holds 5.95 to 6.05 and never a magnitude of 6.1, which a reporter who had it
    would write. A whole number ("about 100,000") keeps the hedge's share of the figure."""
    decimals = _DECIMALS.search(raw)
    if decimals is None or float(decimals.group(0)) == 0:
        return math.inf
    # Read at call time: the findings package imports the extraction this module serves.
    from desktop.core.findings.tuning import HEDGE_DIGIT_SHARE

    unit = 10.0 ** -len(decimals.group(1))
    scale = abs(value / float(decimals.group(0)))  # "about 2.5 million": a tenth of a million
    return scale * unit * HEDGE_DIGIT_SHARE


# A temperature on a named scale: "40C", "104F", "40 degrees Celsius", "104°F". Compared in
# degrees Celsius, so "40C" and "104F" are one heat. "40 degrees" alone names no scale.
_TEMPERATURE = re.compile(
    r"(?:about |around |nearly |almost )?(-?\d+(?:\.\d+)?)\s*(?:°|º|degrees?\s)?\s*"
    r"(c|f|celsius|centigrade|fahrenheit)"
)
CELSIUS = "celsius"


def _temperature(raw: str) -> NumberValue | None:
    # "Temperatures reached 45C.": the sentence's full stop sticks to a scale letter; it ends
    # the sentence and is no part of the heat.
    match = _TEMPERATURE.fullmatch(raw.removesuffix("."))
    if match is None:
        return None
    value = float(match.group(1))
    if match.group(2) in ("f", "fahrenheit"):
        value = round((value - 32) * 5 / 9, 1)
    exact = raw[0].isdigit() or raw[0] == "-"
    return NumberValue(value, value, CELSIUS, exact=exact, bound="" if exact else "approx")


def _has_any(raw: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        if phrase in ("+", "~"):
            if phrase in raw:
                return True
        elif re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", raw):
            return True
    return False


def exact_sums(a: NumberValue, b: NumberValue) -> bool:
    """ "down $2.49" / "down $2.56": two exact sums in one currency convert nothing, so no
    leeway makes them one figure; the leeway is for a measure restated in another unit
    ("200ft" / "60m")."""
    return a.dimension in _CURRENCIES and a.dimension == b.dimension and a.exact and b.exact


def numbers_compatible(a: NumberValue, b: NumberValue) -> bool | None:
    """Can both statements be true? None when they measure different things (metres, dollars)."""
    if a.dimension != b.dimension:
        return None  # "20 years" and "two", "5 miles" and "5%": not the same kind of figure
    tolerance = 0.02 if (a.dimension or b.dimension) not in ("", "percent") else 0.005
    if exact_sums(a, b) or written_sums(a, b) or a.dimension == "tally":
        tolerance = 0.0  # "98-95" / "98-93": a vote or a score is two exact counts, never rounded
    a_low, a_high = _widen(a, tolerance)
    b_low, b_high = _widen(b, tolerance)
    return a_low <= b_high and b_low <= a_high


def written_sums(a: NumberValue, b: NumberValue) -> bool:
    """ "$12 billion to $13 billion" / "$13.2 billion": sums in one currency, each a range or a
    plain sum, convert nothing, so a range holds only the sums between its own edges."""
    return (
        a.dimension in _CURRENCIES
        and a.dimension == b.dimension
        and {a.bound, b.bound} <= {"", "range"}
        and "range" in (a.bound, b.bound)
    )


def _widen(v: NumberValue, tolerance: float) -> tuple[float, float]:
    if v.exact and not v.dimension and float(v.low).is_integer():
        return v.low, v.high
    if v.bound == "approx":
        return v.low, v.high  # a hedge's own leeway is all the rounding it allows
    return v.low - abs(v.low) * tolerance, v.high + abs(v.high) * tolerance
