"""The kinds of body a name ends with ('the Marfin Investment Bank';
findings/names/told_short_bodies.py)."""

from __future__ import annotations

from desktop.core.lexicon import INSTITUTION_HEADS

# A name's last word that says what kind of body it is, so that its first word and this word name
# the body at a coarser precision ("the Marfin bank"; findings/names/told_short_bodies.py).
BODY_KINDS = INSTITUTION_HEADS | frozenset(
    ["bank", "store", "hotel", "airline", "airlines", "airport", "stadium", "arena", "museum",
     "clinic", "plant", "factory", "mall", "restaurant", "theater", "theatre", "foundation",
     "institute", "prison", "jail", "temple", "mosque", "synagogue", "cathedral"]
)  # fmt: skip

# The last word of a newspaper's or broadcaster's name ("the LA Times", "Fox News"): a body that
# reports the story, not one that takes part in it (findings/names/named_bodies.py).
REPORTING_HEADS = frozenset(["news", "times", "post", "press", "radio", "tv", "network", "herald",
                             "tribune", "journal", "gazette", "telegraph", "daily"])  # fmt: skip

# Common nouns a story calls a company or body by once it has named it ("France Telecom ... the
# French firm said"): a nationality before one of them may say whose body it is, no place of its
# own (findings/names/told_body_nationalities.py).
BODY_DESCRIPTION_NOUNS = frozenset(
    ["firm", "company", "group", "operator", "carrier", "giant", "conglomerate", "corporation",
     "bank", "lender", "insurer", "airline", "maker", "manufacturer", "utility", "provider",
     "broadcaster", "network", "agency", "subsidiary"]
)  # fmt: skip

# Nouns for a publication that a name stands right before ("the Press Democrat newspaper"): the
# capitalised words before one are the publication's name (core/naming/publication_names.py).
PUBLICATION_NOUNS = frozenset(
    ["newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "website"]
)

# Nouns of a news outlet that a name may be given after ("a pro-war channel named Rybar", "a blog
# called Drudge"): the name is the outlet's, a body, never a person (publication_names.py).
OUTLET_NOUNS = PUBLICATION_NOUNS | frozenset(
    ["channel", "blog", "outlet", "station", "network", "agency", "podcast", "site", "account"]
)

# Offices held by one officer that name the body under them ("the Fayette County Sheriff's
# Office", "the Cook County Medical Examiner's Office", "the Harris County District Attorney's
# Office"), and the words for that body: the office's title with its jurisdiction names the body
# too ("Fayette County Sheriff Marty Fisher says", "a Los Angeles County Sheriff's deputy";
# findings/names/told_office_heads.py). Lowercase.
HEADED_OFFICES = frozenset(
    ["sheriff", "coroner", "medical examiner", "district attorney", "state's attorney",
     "county attorney", "attorney general", "fire marshal", "marshal", "prosecutor",
     "public defender", "county clerk", "comptroller", "auditor"]
)  # fmt: skip
HEADED_BODY_WORDS = frozenset(["office", "department"])
