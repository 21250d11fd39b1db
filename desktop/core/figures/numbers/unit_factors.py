"""The units a figure may be told in, each to its dimension and its factor to a base unit, so
that "200ft" and "60m" compare (values.py reads them)."""

from __future__ import annotations

# Units to a base unit per dimension, so 200ft and 60m compare.
# The kilograms of a plain "ton": read as the short ton, as US copy most often means it
# (findings/amounts/loose_units.py allows the metric and the long ton too).
SHORT_TON_KG = 907.185
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "metre": ("length", 1.0), "meter": ("length", 1.0),
    "metres": ("length", 1.0), "meters": ("length", 1.0),
    "km": ("length", 1000.0), "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0),
    "kilometres": ("length", 1000.0), "kilometers": ("length", 1000.0),
    "cm": ("length", 0.01), "mm": ("length", 0.001),
    # figforms: a unit spelled out is the unit abbreviated ("a 9-millimeter handgun" / "9 mm").
    "centimetre": ("length", 0.01), "centimetres": ("length", 0.01),
    "centimeter": ("length", 0.01), "centimeters": ("length", 0.01),
    "millimetre": ("length", 0.001), "millimetres": ("length", 0.001),
    "millimeter": ("length", 0.001), "millimeters": ("length", 0.001),
    "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "yard": ("length", 0.9144), "yards": ("length", 0.9144), "yd": ("length", 0.9144),
    "mile": ("length", 1609.344), "miles": ("length", 1609.344), "mi": ("length", 1609.344),
    # probewar: positions at sea are given in nautical miles (1,852 m, not a statute mile's
    # 1,609 m: "200 nautical miles" is 370 km) and a ship's speed in knots (nautical miles an hour).
    "nautical mile": ("length", 1852.0), "knot": ("speed", 0.514444),
    "knots": ("speed", 0.514444),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "in": ("length", 0.0254),
    "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0),
    "g": ("mass", 0.001), "gram": ("mass", 0.001), "grams": ("mass", 0.001),
    "tonne": ("mass", 1000.0), "tonnes": ("mass", 1000.0), "ton": ("mass", SHORT_TON_KG),
    "tons": ("mass", SHORT_TON_KG), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536),
    "pound": ("mass", 0.4536), "pounds": ("mass", 0.4536),
    # lead18: volumes, in litres; a gallon is the US gallon news copy means, a barrel of oil 159 l.
    "litre": ("volume", 1.0), "litres": ("volume", 1.0), "liter": ("volume", 1.0),
    "liters": ("volume", 1.0), "gallon": ("volume", 3.785), "gallons": ("volume", 3.785),
    "barrel": ("volume", 158.99), "barrels": ("volume", 158.99),
    "hectare": ("area", 10_000.0), "hectares": ("area", 10_000.0),
    "acre": ("area", 4046.86), "acres": ("area", 4046.86),
    "mph": ("speed", 0.44704), "km/h": ("speed", 0.27778), "kph": ("speed", 0.27778),
    # A chip's clock and a device's memory, as product news writes them ("up to 2.7GHz", "16GB"):
    # measures, so "2.7GHz" is never a bare 2.7 nor digits glued to a name like "76ers".
    "mhz": ("frequency", 1e6), "ghz": ("frequency", 1e9),
    "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12),
    "megabytes": ("data", 1e6), "gigabyte": ("data", 1e9), "gigabytes": ("data", 1e9),
    # probebiz: the same measures spelled out as product news writes them too ("2 terabytes" /
    # "2,000GB", "a 3.2-gigahertz chip" / "3.2GHz").
    "megabyte": ("data", 1e6), "terabyte": ("data", 1e12), "terabytes": ("data", 1e12),
    "megahertz": ("frequency", 1e6), "gigahertz": ("frequency", 1e9),
    # probetech39: a chip's process and a camera's sensor, abbreviated or spelled out ("a
    # 10-nanometer process" / "10nm chips", "a 12-megapixel camera" / "a 12MP camera"). A
    # "200nm" at sea is never near a chip's nanometres, so the two never meet.
    "nm": ("length", 1e-9), "nanometer": ("length", 1e-9), "nanometers": ("length", 1e-9),
    "nanometre": ("length", 1e-9), "nanometres": ("length", 1e-9),
    "mp": ("pixels", 1e6), "megapixel": ("pixels", 1e6), "megapixels": ("pixels", 1e6),
    "%": ("percent", 1.0), "percent": ("percent", 1.0), "per cent": ("percent", 1.0),
    "pct": ("percent", 1.0), "$": ("usd", 1.0), "dollar": ("usd", 1.0), "dollars": ("usd", 1.0),
    "€": ("eur", 1.0), "euro": ("eur", 1.0), "euros": ("eur", 1.0),
    "£": ("gbp", 1.0), "pound sterling": ("gbp", 1.0),
    # probebiz: a sum in cents is a sum in dollars ("96 cents a share" / "$0.96 per share"); the
    # plural only, so "per cent" stays a share.
    "cents": ("usd", 0.01), "pence": ("gbp", 0.01),
    # The currency's code after the figure, as wire copy writes it: "100 billion USD".
    "usd": ("usd", 1.0), "eur": ("eur", 1.0), "gbp": ("gbp", 1.0),
}  # fmt: skip
