"""Words that close the name of a unit inside a body: "the Dunmore Metro Police Department
Homicide Unit", "the State Police Criminal Investigation Division" (findings/untold/
told_body_units.py). What goes before the unit's own words names the body it belongs to.
"""

from __future__ import annotations

UNIT_WORDS = frozenset(["unit", "units", "division", "squad", "section", "branch"])
