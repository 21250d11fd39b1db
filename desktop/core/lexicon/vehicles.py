"""The words a police report describes a vehicle by (findings/events/vehicle_colours.py): its
colour, and the makes a colour may stand before ("a silver Honda"). Lowercase."""

from __future__ import annotations

# A colour and the colours a witness may give for the same paint: "gray", "grey" and "silver"
# are one finish; "dark" and "light" say only how deep the paint is. Common usage, not fitted.
VEHICLE_COLOURS: dict[str, frozenset[str]] = {
    "white": frozenset(["white", "light"]),
    "black": frozenset(["black", "dark"]),
    "silver": frozenset(["silver", "gray", "grey", "light"]),
    "gray": frozenset(["silver", "gray", "grey", "light", "dark"]),
    "grey": frozenset(["silver", "gray", "grey", "light", "dark"]),
    "red": frozenset(["red", "maroon", "burgundy"]),
    "maroon": frozenset(["red", "maroon", "burgundy", "dark"]),
    "burgundy": frozenset(["red", "maroon", "burgundy", "dark"]),
    "blue": frozenset(["blue", "navy", "dark", "light"]),
    "navy": frozenset(["blue", "navy", "dark"]),
    "green": frozenset(["green", "dark", "light"]),
    "gold": frozenset(["gold", "tan", "beige", "light"]),
    "tan": frozenset(["gold", "tan", "beige", "brown", "light"]),
    "beige": frozenset(["gold", "tan", "beige", "light"]),
    "brown": frozenset(["brown", "tan", "dark"]),
    "dark": frozenset(["dark", "black", "gray", "grey", "blue", "navy", "green", "maroon",
                       "burgundy", "brown"]),
    "light": frozenset(["light", "white", "silver", "gray", "grey", "blue", "green", "gold",
                        "tan", "beige"]),
}  # fmt: skip

# Makes a colour stands before in a description ("a silver Honda Accord", "a black Chevy").
VEHICLE_MAKES = frozenset(
    ["honda", "toyota", "ford", "chevrolet", "chevy", "nissan", "dodge", "jeep", "kia",
     "hyundai", "bmw", "mercedes", "buick", "cadillac", "chrysler", "gmc", "lexus", "mazda",
     "subaru", "volkswagen", "audi", "acura", "infiniti", "lincoln", "pontiac", "mitsubishi",
     "tesla", "volvo", "ram"]
)  # fmt: skip
# How many words may stand between the colour and the vehicle: "a black 2015 Ford F-150 pickup".
COLOUR_REACH = 4

# The words a model year follows when it describes a vehicle: "a 2004 Honda", "his 2004 Honda",
# "a silver 2004 Honda" (findings/bookkeeping/label_wording.py). "In 2004 Honda sold ..." gives a
# year of the story, not of a car.
VEHICLE_OPENERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "my", "our", "your", *VEHICLE_COLOURS]
)
