"""Verbs of attitude and effort that carry no happening of their own
(datetimes/attitude_days.py).

"Reid felt she needed to be checked in", "the gunman tried to flee", "she managed to escape": the
happening told is the checking in, the flight, the escape; "felt", "needed", "tried" say how the
doer stood to it. A day such a verb holds dates the happening of its complement. Verbs that look
ahead ("decided", "planned", "hoped", "expected", "agreed") are not listed: "decided on Friday to
resign" may put the resignation on another day. Lemmas; lowercase.
"""

from __future__ import annotations

ATTITUDE_VERBS = frozenset(
    ["feel", "need", "seem", "appear", "try", "attempt", "manage"]
)  # fmt: skip
