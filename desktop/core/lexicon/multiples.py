"""Adjectives that count what they qualify: "a double homicide" is two homicides, "twin
bombings" two bombings, "a triple murder" three murders (``findings/counts/told_multiples.py``)."""

from __future__ import annotations

MULTIPLES = {"double": 2, "twin": 2, "triple": 3, "quadruple": 4}
# Words after "double" that make no count of things: "double the price", "twin the two cities".
NOT_COUNTED_AFTER = frozenset(
    ["the", "that", "this", "his", "her", "its", "their", "our", "what", "as", "in", "up",
     "down", "back", "over", "and", "or", "to", "digits", "figures"]
)  # fmt: skip
