"""Initialisms of common nouns: a thing, a measure, a condition or a role, never one body's or
one person's name (entity_types.py). "8GB of RAM", "placed on IR", "a new CPU": the small model
reads the capitals as an organisation's, and a yellow mark would say the other article never
names a body it never meant. Only initialisms English uses for the common noun and for nothing
else a news story names: "PR" (Puerto Rico), "CT" (Connecticut), "AI" (Amnesty International)
and "IT" (the pronoun set in capitals) stay out."""

from __future__ import annotations

COMMON_NOUN_INITIALISMS = frozenset(
    [
        # computing: parts and measures
        "ram", "rom", "cpu", "gpu", "ssd", "hdd", "usb", "hdmi", "lcd", "led", "dvd", "pc",
        "os", "gb", "mb", "kb", "tb", "ghz", "mhz", "wifi", "lan", "vpn", "url", "pdf",
        # sport: rosters, plays and tallies
        "ir", "pup", "mvp", "td", "tds", "rbi", "rbis", "qb", "wr", "rb", "ko", "tko",
        # medicine and the law
        "icu", "er", "mri", "dna", "ptsd", "dui", "dwi", "cpr",
        # business and office
        "ceo", "cfo", "coo", "cto", "ipo", "gdp", "vp", "hr",
        # everyday things
        "tv", "suv", "atm", "gps", "id", "iq",
    ]
)  # fmt: skip
