"""Words that set the story's happening a measured time from another one: "The shooting comes
two weeks after four people were wounded", "The killing came just days after ..." (``core/
earlier_incidents.py``)."""

from __future__ import annotations

# Words that order two happenings in time.
ORDERING_WORDS = frozenset(["after", "before", "since"])
# Spans of time long enough that what lies at their far end is another happening, not an earlier
# step of this one: "two weeks after", "days before". Minutes and hours are left out ("minutes
# after two men argued" may be the same quarrel).
APART_UNITS = frozenset(["day", "week", "month", "year", "decade"])
# Verbs that say the story's happening took place, its subject the happening itself: "The
# shooting comes/came/happened/occurred ...", "The attack took place ...". Not "be": "it would be
# three months before ..." has a dummy "it" and no happening.
OCCURRING_VERBS = frozenset(["come", "happen", "occur", "take", "unfold", "erupt"])

# gvcconf43: verbs of attending to a happening, in a "while" clause of the story's own: "was killed
# while investigating a June 20 shooting", "was shot while responding to a robbery". The happening
# attended to came first and is another one (events/attended_incidents.py). Lemmas.
ATTENDING_VERBS = frozenset(["investigate", "probe", "respond", "examine", "handle", "cover"])
# Words opening a clause of what someone was doing when the story's happening struck.
WHILE_WORDS = frozenset(["while", "as", "when"])
