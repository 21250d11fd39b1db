"""Verbs that tell one deed in other words: "founded in 2011" / "was established in August 2012"
date one founding (findings/deed_years.py). Lowercase lemmas, each to the deed it names."""

from __future__ import annotations

DEED_SYNONYMS: dict[str, str] = {
    # founding a body
    "found": "establish", "establish": "establish", "form": "establish", "create": "establish",
    # ending a job
    "fire": "dismiss", "sack": "dismiss", "dismiss": "dismiss", "oust": "dismiss",
    # taking a life
    "kill": "kill", "slay": "kill", "murder": "kill",
    # a wedding
    "marry": "marry", "wed": "marry",
    # taking into custody
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest",
}  # fmt: skip
