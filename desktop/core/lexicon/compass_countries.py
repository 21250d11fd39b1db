"""Countries whose own name begins with a compass point (core/names.py).

"South Sudanese" are the people of South Sudan, but "South American" says nothing of the United
States and "West Indian" nothing of India: a compass point before a people's adjective names a
country only where the country is so named.
"""

from __future__ import annotations

COMPASS_COUNTRIES = frozenset(
    ["south sudan", "north korea", "south korea", "south africa", "east timor", "west germany",
     "east germany", "north macedonia", "south ossetia"]
)  # fmt: skip
