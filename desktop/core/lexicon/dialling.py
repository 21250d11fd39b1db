"""Words around numerals that name a thing instead of counting: the number one dials ("called
911", "a 911 call") and the bore of a firearm ("a .45-caliber pistol", "a 9mm handgun").
Lowercase."""

from __future__ import annotations

# Verbs whose object is a number dialled: "called 911", "dial 9-1-1", "text 274637".
CALLING_VERBS = frozenset(
    ["call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
     "dialling", "phone", "phoned", "phoning", "text", "texted", "texting", "ring", "rang"]
)  # fmt: skip

# Nouns the emergency number labels: "a 911 call", "911 dispatchers", "the 911 center".
CALL_NOUNS = frozenset(
    ["call", "calls", "caller", "callers", "dispatch", "dispatcher", "dispatchers", "operator",
     "operators", "center", "centre", "centers", "system", "recording", "recordings", "tape",
     "tapes", "line", "lines", "emergency", "hang-up", "hangup"]
)  # fmt: skip

# Numbers dialled as such: the emergency numbers of North America and Britain.
EMERGENCY_NUMBERS = frozenset(["911", "9-1-1", "999"])

# Words after a numeral that make it a firearm's bore: ".45 caliber", "9mm", "12-gauge".
CALIBRE_WORDS = frozenset(
    ["caliber", "calibre", "cal", "mm", "millimeter", "millimetre", "gauge", "magnum", "acp"]
)  # fmt: skip
