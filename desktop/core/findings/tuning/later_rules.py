"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""

# gk20: the largest figure a lower bound may name and still say only "more than one" ("more
# than one", "at least two"), so a word of plural count ("numerous") tells it. Not fitted: two
# is the least plural; the fresh_k tune gold ("more than one interested bidder" / "suitors were
# numerous") showed the case.
PLURAL_BOUND_MOST = 2
