"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""

# gvc20: "A 45-year-old store clerk was shot" / "fired at the 44-year-old clerk": the one age
# each article gives, to the same kind of person, in sentences that need not align. As sure as
# the one suspect's age (SUSPECT_AGE_CONFIDENCE): the person is read off the noun, not a name.
# Not fitted (hand-written GVC-shaped probes; wide GVC tune, see the commit).
LONE_AGE_CONFIDENCE = 0.6
