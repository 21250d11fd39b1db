"""A numbered road under the names papers give it: "Highway 61" / "U.S. 61", "Interstate 95" /
"I-95", "State Route 9" / "SR 9", "County Road 12" / "CR 12". A road is its number within its
network; the words before the number say the network, fully or by its initials, or only that it
is a highway ("Highway 61" for a US or a state road). Two names of one number in one network are
one road; another number, or an interstate against a highway ("I-35" / "Highway 35"), is
another road. A US state's name before a number names its state road ("Texas 71")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.lexicon.road_systems import ANY_ROUTE, ROAD_SYSTEM_WORDS, STATE_ROUTE, US_ROUTE
from desktop.core.locations.places import is_region, region_rank

_SYSTEMS = "|".join(f"(?P<s{i}>{words})" for i, (words, _) in enumerate(ROAD_SYSTEM_WORDS))
_ROAD = re.compile(
    rf"(?<![\w.-])(?:{_SYSTEMS}|(?P<state>[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]\.[A-Z]\.))"
    r"\s?(?P<number>\d{1,3}[A-Z]?)(?!\w|[,.:-]\d)(?!-(?:year|month|day|hour|foot|feet|mile))"
    r"(?!\s?%|\s+(?:years?|months?|days?|percent|million|billion|people|times|points?)\b)"
)
# A state's name numbers a road only where a road stands, after "on" or "off": "Alabama 24,
# Auburn 21" is a score.
_ON_A_ROAD = re.compile(r"\b(?:on|off|onto|along)(?: (?:north|south|east|west)bound)? $", re.I)


@dataclass(frozen=True, slots=True)
class Road:
    start: int
    end: int
    network: str
    number: str


@lru_cache(maxsize=16)  # the two articles of a comparison, read fact by fact
def roads_in(text: str) -> tuple[Road, ...]:
    """Every numbered road the text names."""
    found = []
    for match in _ROAD.finditer(text):
        network = _network(match, text)
        if network:
            found.append(Road(match.start(), match.end(), network, match.group("number")))
    return tuple(found)


def _network(match: re.Match[str], text: str) -> str:
    for i, (_, network) in enumerate(ROAD_SYSTEM_WORDS):
        if match.group(f"s{i}") is not None:
            return network
    state = match.group("state")
    on_a_road = _ON_A_ROAD.search(text, max(0, match.start() - 20), match.start())
    if on_a_road and is_region(state) and region_rank(state) == "state":
        return STATE_ROUTE
    return ""


def road_at(text: str, start: int, end: int) -> Road | None:
    """The numbered road whose name covers the words at ``start:end``, if any: "U.S." in "on
    U.S. 61" is part of the road's name."""
    return next((r for r in roads_in(text) if r.start < end and start < r.end), None)


def road_key(road: Road) -> str:
    """The road's identity across names: its number within its network, where a US and a state
    road are one network, for a plain "Highway 61" may be either and papers rarely set the two
    apart; an interstate and a county road keep theirs ("I-35" is no "Highway 35")."""
    network = ANY_ROUTE if road.network in _HIGHWAYS else road.network
    return f"road:{network} {road.number}"


_HIGHWAYS = frozenset({ANY_ROUTE, US_ROUTE, STATE_ROUTE})
