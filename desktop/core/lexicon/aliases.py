"""Other names of one place or body, after names.fold: "U.S." / "America" / "United States",
"Bombay" / "Mumbai", a US state as a dateline abbreviates it ("Ark."), "NATO" (naming/names.place_key,
org_key)."""

from __future__ import annotations

# Alternative names of the same place or body, after normalisation.
ALIASES: dict[str, str] = {
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "uae": "united arab emirates", "the emirates": "united arab emirates",
    "persia": "iran", "burma": "myanmar", "holland": "netherlands", "the netherlands": "netherlands",
    "russian federation": "russia", "nyc": "new york", "new york city": "new york",
    "la": "los angeles", "philly": "philadelphia", "dc": "washington", "d c": "washington", "washington dc": "washington",
    "washington d c": "washington", "un": "united nations", "u n": "united nations",
    "eu": "european union", "nato": "north atlantic treaty organization",
    "karabakh": "nagorno-karabakh", "nagorno karabakh": "nagorno-karabakh",
    # Cities by their former names, still in print: the same city, not another.
    "bombay": "mumbai", "calcutta": "kolkata", "madras": "chennai", "bangalore": "bengaluru",
    "peking": "beijing", "rangoon": "yangon", "saigon": "ho chi minh city", "kiev": "kyiv",
    # US states as datelines abbreviate them ("Fort Smith, Ark.").
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "cal": "california", "colo": "colorado", "conn": "connecticut", "del": "delaware",
    "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas",
    "kans": "kansas", "ky": "kentucky", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nev": "nevada", "n h": "new hampshire",
    "n j": "new jersey", "n m": "new mexico", "n y": "new york", "n c": "north carolina",
    "n d": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "r i": "rhode island", "s c": "south carolina", "s d": "south dakota", "tenn": "tennessee",
    "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "w va": "west virginia", "wis": "wisconsin", "wyo": "wyoming",
    # ... and as the postal service does ("Manhattan, KS"), two capitals each. Codes that are
    # English words, a compass point or another place's initials stay out: IN, ME, OR, OH, HI, OK,
    # ID, AL, CO, NE,
    # DE, MA, and LA (Los Angeles above).
    "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "ct": "connecticut",
    "fl": "florida", "ia": "iowa", "il": "illinois", "ks": "kansas", "mi": "michigan",
    "mn": "minnesota", "ms": "mississippi", "mt": "montana", "nc": "north carolina",
    "nd": "north dakota", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "nv": "nevada", "ny": "new york", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas",
    "ut": "utah", "wa": "washington", "wi": "wisconsin", "wv": "west virginia", "wy": "wyoming",
    # Canadian provinces as Canadian datelines abbreviate them ("Waterloo, Ont."); "Man." stays
    # out, a common word at a sentence's head.
    "ont": "ontario", "que": "quebec", "alta": "alberta", "sask": "saskatchewan",
    "b c": "british columbia", "n s": "nova scotia", "n b": "new brunswick",
    "nfld": "newfoundland", "p e i": "prince edward island",
}  # fmt: skip
