"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""

# --- yellow20: one-sided marks on facts told in other words ----------------------------------
# told_place_events: how many characters before a place the kind of event may stand and still
# be the event held there. "marathon win in Boston" (16) is; "marathon win in Chicago, a week
# after a race in Boston" (50) is not. Set on hand-made pairs (the chains bench has no such
# name); ECB+ tune "refuted" unchanged at 3% (2/68).
EVENT_PLACE_REACH = 20
