"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""

# para20: a whole count of months set against a count of days ("four months" / "136 days") is
# read as told round, by half a month either side: 136 days is four and a half months, which a
# writer may call "four months" or "five months", never "seven". Not fitted: half the unit, as
# the rounding of a whole number goes; paraphrase tune --more 160 has the one such pair.
MONTH_ROUNDING = 0.5
