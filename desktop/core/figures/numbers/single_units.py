"""One unit of a measure told with "a" or "an": "a foot of snow", "an inch of rain", "half a
mile from the school".

The article stands for the figure one, as "one mile" does, so "a foot of snow" is 0.3 m of snow
and meets "30 cm of snow" in the other article. Only a length or a weight in a measuring frame
counts: the unit must be followed by what it measures or where it reaches ("of", "from",
"away", "deep", "north of"...), so "a foot soldier", "on foot" and "a mile marker" are no
measures, and "a pound" is left alone (it is also a sum of money).
"""

from __future__ import annotations

import re

# Units a reporter tells one of with "a" ("a foot of snow", "a kilometre away").
_UNITS = (
    r"foot|inch|mile|yard|metre|meter|kilometre|kilometer|centimetre|centimeter|"
    r"millimetre|millimeter|tonne|kilogram|kilo"
)
# Words after the unit that make it a measure: what it measures, how far, which way.
_FRAMES = (
    r"of|from|away|long|high|deep|wide|tall|thick|short|above|below|off|inland|offshore|"
    r"north|south|east|west|northeast|northwest|southeast|southwest"
)
SINGLE_UNIT = re.compile(
    rf"(?<![\w-])(?:(?P<half>half)\s+)?(?:a|an)\s+(?P<unit>{_UNITS})(?=\s+(?:{_FRAMES})\b)",
    re.IGNORECASE,
)
_WHOLE = re.compile(rf"(?:(?P<half>half)\s+)?(?:a|an)\s+(?P<unit>{_UNITS})", re.IGNORECASE)


def as_figure(raw: str) -> str | None:
    """ "a foot" as "1 foot", "half a mile" as "0.5 mile"; None for other words."""
    match = _WHOLE.fullmatch(raw.strip())
    if match is None:
        return None
    return f"{'0.5' if match.group('half') else '1'} {match.group('unit').lower()}"
