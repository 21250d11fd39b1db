"""Words that say information was held back: "The details of the Boston bid have not been
reported", "the hospital would not release any details", "No dollar figures have been released"
(findings/untold/withheld.py). Lower-case surface forms, read off the tokens as written."""

from __future__ import annotations

# Words that negate the making known: the verb's own "not", and the refusals.
WITHHOLDING_NEGATIONS = frozenset(
    ["not", "n't", "never", "no", "declined", "declines", "refused", "refuses"]
)
# Verbs of making something known, in the forms a sentence writes them.
DISCLOSING_FORMS = frozenset(
    ["release", "released", "releases", "releasing", "disclose", "disclosed", "discloses",
     "disclosing", "reveal", "revealed", "reveals", "revealing", "provide", "provided",
     "provides", "providing", "give", "gave", "given", "gives", "giving", "make", "made",
     "makes", "making", "report", "reported", "reports", "reporting", "confirm", "confirmed",
     "confirms", "confirming", "announce", "announced", "announces", "announcing", "publish",
     "published", "publishes", "publishing", "share", "shared", "shares", "sharing"]
)  # fmt: skip
# Nouns that name information itself, not what it is about: "details", "a statement", "an
# assessment", "figures". A name, a cause or an offer is a thing the information is about.
INFORMATION_NOUNS = frozenset(
    ["detail", "details", "information", "statement", "statements", "assessment",
     "assessments", "figure", "figures", "specifics", "particulars", "comment", "comments"]
)  # fmt: skip
# A cause still open: "an investigation into the cause of the fire" / "too early to confirm the
# cause", "the cause was not known". The noun of cause, the words that leave it open by
# themselves, and those that do only beside a negation ("not known", "too early to confirm").
CAUSE_NOUNS = frozenset(["cause", "causes"])
# A motive still open, as crime news words it: "A motive was not immediately clear" / "Police
# have not released a motive" / "the motive remains under investigation". Paired only with a motive.
MOTIVE_NOUNS = frozenset(["motive", "motives"])
OPEN_CAUSE_WORDS = frozenset(
    ["investigation", "investigating", "investigate", "investigated", "probe", "probing",
     "unknown", "unclear", "undetermined", "unconfirmed"]
)  # fmt: skip
KNOWING_WORDS = frozenset(
    ["known", "determined", "confirm", "confirmed", "established", "clear", "identified"]
)
OPEN_NEGATIONS = WITHHOLDING_NEGATIONS | {"too", "yet"}
