"""A distance per unit of time is a speed: "gusts of up to 207 kilometres per hour", where the
tagger took "per hour" outside the figure, measures what "220 kilometres per hour" does, in the
base unit of a speed (metres a second), so the two compare."""

from __future__ import annotations

from desktop.core.figures.numbers.values import NumberValue

# Seconds in each period a rate may be given per.
_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_LENGTH, _SPEED = "length", "speed"


def as_speed(number: NumberValue, period: str) -> NumberValue | None:
    """The figure as a speed when it is a length per second, minute or hour, else None."""
    seconds = _SECONDS.get(period)
    if seconds is None or number.dimension != _LENGTH:
        return None
    return NumberValue(
        number.low / seconds, number.high / seconds, _SPEED, number.exact, number.bound
    )
