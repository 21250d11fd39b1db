"""How far a hedge lets a small measure stray: "about three kilometres" is rounded at its digit,
as a measure converted from another unit is ("two miles", 3.2 km)."""

from __future__ import annotations

# Measures a reporter converts from another unit: "two miles" is told as "about three
# kilometres", a round figure in the new unit.
_CONVERTED = frozenset(["length", "mass", "speed", "volume", "area"])


def one_digit_leeway(numbers: list[float], factor: float, dimension: str) -> float:
    """ "about three kilometres": a hedged measure of one digit is rounded at that digit, so it
    holds half a unit either side (2.5 to 3.5 km, and 3.2 km, two miles, with it); "about 30
    km" keeps the hedge's share of the figure."""
    if dimension not in _CONVERTED or len(numbers) != 1:
        return 0.0
    figure = numbers[0]
    if not (float(figure).is_integer() and 1 <= figure <= 9):
        return 0.0
    # Read at call time: the findings package imports the extraction this module serves.
    from desktop.core.findings.tuning import HEDGE_DIGIT_SHARE

    return factor * HEDGE_DIGIT_SHARE
