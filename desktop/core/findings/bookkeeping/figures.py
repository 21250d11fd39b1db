"""How two figures relate: the same, one allowing the other, two estimates, or a clash.

"at least five" / "at least three" are different floors (both may be true at different times);
"some 35" lies within "between 30 and 40"; "several" has no hard edge to clash on.
"""

from __future__ import annotations

import math
from enum import Enum

from desktop.core.figures.changes.point_changes import POINTS
from desktop.core.figures.numbers.values import (
    NumberValue,
    exact_sums,
    is_currency,
    numbers_compatible,
    word_reach,
)
from desktop.core.findings import tuning


class Relation(Enum):
    SAME = "same"  # the same value, as written or converted
    CONSISTENT = "consistent"  # one allows the other ("at least 50" / "80"): no contradiction
    BOUNDS = "bounds"  # different lower bounds or estimates: both may be true at different times
    CLASH = "clash"  # cannot both be true


def number_relation(a: NumberValue, b: NumberValue) -> Relation | None:
    if {a.dimension, b.dimension} == {POINTS, ""}:
        # "by 16 percentage points" / "by 16 points": the bare word may be the same unit, but
        # its number is no share of anything to clash with (a basis point is a hundredth).
        return Relation.SAME if (a.low, a.high) == (b.low, b.high) else None
    a, b = months_against_days(a, b)  # "136 days" / "seven months": both read in days
    if _covered_by_word(a, b):
        return Relation.CONSISTENT  # "Thousands of farmers" / "a crowd of 40,000 farmers"
    compatible = numbers_compatible(a, b)
    if compatible is None:
        return None
    if same_figure(a, b) and not _sums_apart(a, b, compatible):
        # "nearly 100" is under a hundred and "more than 100" over it: one figure written, two
        # sizes told, as two estimates are.
        return Relation.BOUNDS if _either_side(a, b) else Relation.SAME
    if compatible and _edge_to_edge(a, b):
        return Relation.BOUNDS  # "tens of thousands" / "as many as 20,000": two estimates
    estimates = ("lower", "upper", "approx", "range")
    # Two estimates of one count ("about 50" / "about 60" dead): tolls are revised, so both may
    # have been true when written. Measures ("about 200ft" / "about 300ft") do not move so.
    both_estimates = a.bound in estimates and b.bound in estimates and close(a, b)
    if both_estimates and compatible and (_one_within(a, b) or _floor_and_estimate(a, b)):
        return Relation.CONSISTENT  # "some 35" lies within "between 30 and 40": one count
    if both_estimates and compatible and rounded_floor(a, b):
        return Relation.CONSISTENT  # "at least 162" / "more than 160": one floor, rounded down
    if both_estimates and (compatible or not a.dimension):
        return Relation.BOUNDS
    if not compatible and _near_vague(a, b):
        return None  # "several" dead and "10 dead": a vague word has no hard edge to clash on
    if not compatible:
        return Relation.CLASH
    if not close(a, b):
        return None  # "at least 50" and "600" can both hold, but say little about each other
    return Relation.CONSISTENT


def _sums_apart(a: NumberValue, b: NumberValue, compatible: bool) -> bool:
    """Two sums in one currency that no hedge lets meet: "about $14.7 billion" / "roughly
    $15.1bn" are two forecasts. Nothing converts them, so the leeway ``same_figure`` keeps for a
    measure restated in another unit ("about 200ft" / "about 60m") cannot make them one; the
    hedge's own leeway, the last digit's, is all the rounding they allow."""
    return not compatible and is_currency(a.dimension) and a.dimension == b.dimension


def _covered_by_word(a: NumberValue, b: NumberValue) -> bool:
    """ "Thousands of farmers" / "40,000 farmers": a word of an order of magnitude and a figure
    within the word's reach (values.word_reach) tell one count at two precisions, however far
    the figure lies from the range's middle; the word says no more than the order. A word with
    no top ("some", "many" passes) says too little to tell any figure."""
    for vague, other in ((a, b), (b, a)):
        if vague.bound == "vague" and other.bound != "vague" and vague.dimension == other.dimension:
            reach = word_reach(vague)
            return math.isfinite(reach) and vague.low <= other.low and other.high <= reach
    return False


def _either_side(a: NumberValue, b: NumberValue) -> bool:
    """One estimate lies below the figure both write and the other above it."""
    sides = {_side(a), _side(b)}
    return sides == {"below", "above"}


def _side(value: NumberValue) -> str:
    stated = value.stated
    if len(stated) != 1 or value.exact:
        return ""
    if value.high <= stated[0] and value.low < stated[0]:
        return "below"  # "nearly 100", "fewer than 100"
    if value.low >= stated[0] and value.high > stated[0]:
        return "above"  # "more than 100", "at least 100"
    return ""


def _edge_to_edge(a: NumberValue, b: NumberValue) -> bool:
    """A word of an order of magnitude and an estimate that meets its range only at an edge:
    "tens of thousands" (20,000 up) / "as many as 20,000". The two share at most one value: they
    tell two sizes, never one corroborated size. An exact figure at the edge ("dozens" / "24")
    is one the word covers."""
    vague, other = (a, b) if a.bound == "vague" else (b, a)
    if vague.bound != "vague" or other.bound not in ("lower", "upper", "approx", "range"):
        return False
    return min(a.high, b.high) <= max(a.low, b.low)


def _near_vague(a: NumberValue, b: NumberValue) -> bool:
    """A vague quantity ("several", "a few", "dozens") and a figure that reaches within
    CLOSE_RATIO of its range: "several" may be ten, but not a hundred, and "dozens" is not five.
    A bound reaches as far as it allows: "at least 10" may be ten, so it meets "several"."""
    for vague, other in ((a, b), (b, a)):
        if vague.bound == "vague" and other.bound != "vague":
            low, high = vague.low / tuning.CLOSE_RATIO, vague.high * tuning.CLOSE_RATIO
            return low <= other.high and other.low <= high
    if a.bound == "vague" and b.bound == "vague":
        # "Thousands" / "tens of thousands": the shorter word is said of the tens too
        # (values.word_reach), so the two words meet and neither denies the other.
        return a.low <= word_reach(b) and b.low <= word_reach(a)
    return False


def _one_within(a: NumberValue, b: NumberValue) -> bool:
    """One estimate's whole span lies inside the other's ("some 35" / "between 30 and 40",
    "about 40" / "30 to 50"): the two tell one count at two precisions. Open bounds ("at least
    three" / "at least five") are different floors, never one within the other."""
    if "lower" in (a.bound, b.bound) or "upper" in (a.bound, b.bound):
        return False
    return (b.low <= a.low and a.high <= b.high) or (a.low <= b.low and b.high <= a.high)


def _floor_and_estimate(a: NumberValue, b: NumberValue) -> bool:
    """ "more than 100,000" / "about 200,000" residents: an open bound allows any estimate on
    its open side, so the two tell one count (compatible is checked by the caller); so do a floor
    and a ceiling with room between them. Two floors ("at least three" / "at least five") stay
    different floors."""
    open_bounds = ("lower", "upper")
    if {a.bound, b.bound} == set(open_bounds):
        return True  # "at least $160m" / "as much as $180m": a floor and a ceiling, one range
    return (a.bound in open_bounds) != (b.bound in open_bounds)


def rounded_floor(a: NumberValue, b: NumberValue) -> bool:
    """ "at least 162" / "more than 160" dead: a floor on a round figure is how a paper rounds a
    precise floor down, so the two tell one floor when the precise one lies below the next round
    figure of the same precision (160 < 162 < 170). A floor at or past it ("at least 170") is a
    higher floor, a revised toll. Precision is the round figure's last non-zero digit, one place
    finer for a bare power of ten: "more than 100" rounds 104, not 162."""
    if a.bound != "lower" or b.bound != "lower":
        return False
    (low,), (high,) = sorted((a.stated, b.stated))
    return low < high < low + _rounding_step(low)


def _rounding_step(figure: float) -> float:
    if figure < 10 or not float(figure).is_integer():
        return 0.0  # "at least three" / "at least five": small floors round nothing
    step = 1
    while figure % (step * 10) == 0:
        step *= 10
    leading = figure // step
    return step / 10 if leading == 1 and step > 1 else float(step)


def same_figure(a: NumberValue, b: NumberValue) -> bool:
    sa, sb = a.stated, b.stated
    if len(sa) != len(sb):
        return False
    tolerance = tuning.SAME_FIGURE_TOLERANCE if a.dimension not in ("", "percent", "tally") else 0
    if exact_sums(a, b):
        tolerance = 0
    return all(abs(x - y) <= tolerance * max(abs(x), abs(y)) for x, y in zip(sa, sb, strict=True))


def close(a: NumberValue, b: NumberValue) -> bool:
    low, high = sorted((a.centre, b.centre))
    return (low > 0 and high / low <= tuning.CLOSE_RATIO) or low == high


# The shortest and the longest month, in days: a count of months is a count of days only within
# these (the calendar, not a threshold).
_MONTH_DAYS = (28.0, 31.0)


def months_against_days(a: NumberValue, b: NumberValue) -> tuple[NumberValue, NumberValue]:
    """ "136 days" / "seven months": a count of months set against a count of days is read as the
    days it may cover, each month 28 to 31 days and the count told round by MONTH_ROUNDING, so
    "four months" allows 136 days and "seven months" does not. Two counts of months, or of days,
    are returned as they are: "four months" / "five months" still differ. A count of years set
    against a count of months is read in months: "18 months" / "a year and a half"."""
    if {a.dimension, b.dimension} == {"months", "years"}:
        return _in_months(a), _in_months(b)  # "18 months" / "a year and a half"
    if {a.dimension, b.dimension} != {"days", "months"}:
        return a, b
    return _in_days(a), _in_days(b)


def _in_months(value: NumberValue) -> NumberValue:
    """A count of years as the months it is: a year is twelve months, by the calendar."""
    if value.dimension != "years":
        return value
    low, high = value.low * 12, value.high * 12
    return NumberValue(low, high, "months", value.exact, value.bound)


def _in_days(value: NumberValue) -> NumberValue:
    if value.dimension != "months":
        return value
    rounding = tuning.MONTH_ROUNDING
    low = max(0.0, value.low - rounding) * _MONTH_DAYS[0]
    high = (value.high + rounding) * _MONTH_DAYS[1]
    bound = value.bound if value.bound in ("lower", "upper", "range") else "approx"
    return NumberValue(low, high, "days", False, bound)
