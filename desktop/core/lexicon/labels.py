"""Nouns that take a numeral after them to say *which one*, not how many: "Precinct 5",
"Route 30", "Apartment 204", "Channel 2". Lowercase. Nouns that are also verbs taking a count
("beat 3 men", "post 5 photos", "rescue 2 children") are left out."""

from __future__ import annotations

# A count stands before its noun ("two precincts"); a numeral after one of these nouns is the
# thing's number in a series (a label), so it never counts anything in the story.
NUMBERED_NOUNS = frozenset(
    ["precinct", "district", "ward", "zone", "sector", "division", "squad", "unit", "station",
     "engine", "ladder", "truck", "medic", "battalion", "route", "highway", "hwy", "interstate",
     "exit", "flight", "apartment", "apt", "suite", "room", "building", "bldg", "gate",
     "terminal", "pier", "dock", "level", "floor", "tower", "box", "phase", "section",
     "channel", "fox", "chapter", "article", "amendment", "no", "number", "junction",
     "platform", "runway", "berth", "lane"]
)  # fmt: skip

# A storey told by its ordinal before it: "the 14th floor", "the fourteenth storey"
# (findings/counts/label_numbers.py).
STOREY_NOUNS = frozenset(["floor", "storey", "story"])

# Short forms of a numbered noun, read as the noun they shorten: "Apt. 4" and "Apartment 12" name
# one kind of thing (findings/counts/numbered.py ``label_kinds``).
NUMBERED_NOUN_FORMS = {"apt": "apartment", "bldg": "building", "hwy": "highway"}
# Numbered nouns that name no kind of thing ("No. 3", "number 12"): such a label may stand for a
# label of any kind.
ANY_KIND_NOUNS = frozenset(["no", "number"])
# Nouns a police or court record is numbered by ("case 24-1133", "badge 4471", "docket No. 17"):
# they say which record, so two of them in one sentence told alike are two numbers for one record.
# Used for wording a conflict only (findings/bookkeeping/label_wording.py), never to drop a count.
RECORD_NOUNS = frozenset(["case", "badge", "docket"])
