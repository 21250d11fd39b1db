"""Words that tell a prison term apart from the time served of it."""

from __future__ import annotations

# The verb of time spent in prison: "served four months".
SERVING_VERBS = frozenset(["serve"])
# Words of a term handed down, whatever of it is then served: "sentenced to one to three years,
# with all but six months suspended", "faces up to 20 years".
TERM_WORDS = frozenset(["sentence", "suspend", "face", "impose"])
# probecourt: verbs of a term asked of the court, not handed down by it: "prosecutors sought 12
# years", "asked for a 12-year term", "recommended a 12-year sentence".
ASKING_VERBS = frozenset(["seek", "ask", "request", "recommend", "demand", "urge", "want"])
# confrecall45: the slot word of the counts of an indictment ("14 theft counts", "seven charges";
# SLOT_SYNONYMS folds both): a verdict on some of them ("guilty on 12 of the 14 counts") counts
# the charges it decided, as "convicted him on 11 counts" does.
CHARGE_SLOT = "charge"
