"""The words before a road's number that say which network numbers it (road_numbers.py):
"Interstate 95" / "I-95", "U.S. 61" / "U.S. Highway 61", "State Route 9" / "SR 9", "County
Road 12" / "CR 12", and the plain "Highway 61" / "Route 66" a paper uses for a US or a state
road alike. Longer forms stand first, so that "U.S. Highway 1" is not read as "U.S." alone."""

from __future__ import annotations

INTERSTATE = "interstate"
US_ROUTE = "us"
STATE_ROUTE = "state"
COUNTY_ROAD = "county"
ANY_ROUTE = "highway"  # "Highway 61", "Route 66": a US or a state road, the paper does not say

ROAD_SYSTEM_WORDS: tuple[tuple[str, str], ...] = (
    (r"U\.\s?S\.\s+(?:Highway|Hwy\.?|Route|Rte\.?)", US_ROUTE),
    (r"US\s+(?:Highway|Hwy\.?|Route|Rte\.?)", US_ROUTE),
    (r"State\s+(?:Route|Road|Highway|Hwy\.?|Rte\.?)", STATE_ROUTE),
    (r"County\s+(?:Road|Route|Highway|Rd\.?)", COUNTY_ROAD),
    (r"Interstate", INTERSTATE),
    (r"I-", INTERSTATE),
    (r"U\.\s?S\.", US_ROUTE),
    (r"US-?", US_ROUTE),
    (r"S\.?R\.?-?", STATE_ROUTE),
    (r"C\.?R\.?-?", COUNTY_ROAD),
    (r"Highway|Hwy\.?|Route|Rte\.?", ANY_ROUTE),
)
