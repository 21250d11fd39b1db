"""Words that tell who speaks for whom: an official's title, a reporting verb beside a speaker's
name, and the auxiliaries that open what was reported (findings/quoting/sources.py). Lowercase."""

from __future__ import annotations

# Words that make a person someone who speaks for an agency: two of them telling the same thing
# are two sources, never two accounts of who took part ("Officer Jose Estrada" / "Officer Pacheco").
OFFICIAL_WORDS = frozenset(
    ["officer", "spokesman", "spokeswoman", "spokesperson", "sergeant", "sgt", "lieutenant", "lt",
     "detective", "det", "chief", "sheriff", "deputy", "coroner", "examiner", "captain", "capt",
     "commander", "cmdr", "corporal", "cpl", "trooper", "investigator", "prosecutor", "attorney",
     "spokesperson", "official", "superintendent", "marshal", "agent"]
)  # fmt: skip
# Word forms of reporting verbs as they stand beside a speaker's name ("Pacheco said", "said
# Estrada", "according to Estrada").
SPEAKING_FORMS = frozenset(
    ["said", "says", "say", "told", "tells", "added", "according", "stated", "confirmed",
     "explained", "noted", "reported", "announced", "testified", "wrote"]
)  # fmt: skip
# Finite auxiliaries that open a reported clause after its subject: "says Tara Reid has checked
# in", "said the man was armed" (a name before one is what was said about, not the speaker).
CLAUSE_AUXILIARIES = frozenset(
    ["has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "should", "may",
     "might", "can", "did", "does", "must"]
)  # fmt: skip

# Reporting verbs that make a decision public (event_ties.said_on). With a thing for object
# ("announced major changes Wednesday", "unveiled a new rule on Monday") the announcement is the
# news itself, not a source speaking of it; with a report or a clause ("announced on Monday that
# ...") it is a statement's day, as "said" is. Common usage, not fitted.
ANNOUNCING_VERBS = frozenset(["announce", "unveil"])

# Words before a speaker's title or name that tell no fact of their own: determiners and
# possessives ("his Public Defender" is the public defender the other article names) and "new"
# before a title ("new Interior Secretary Ken Salazar" is the Interior Secretary Ken Salazar). A
# word that does tell something ("former", "32-year-old") is not here and keeps the mark.
SPEAKER_FILLERS = frozenset(["the", "his", "her", "their", "its", "our", "new"])
