"""Thresholds of the conflicts told in words (findings/events/exclusive_deeds.py), stop 54, and of
one group's ages listed two ways (findings/persons/listed_age_clashes.py), stop 58."""

from __future__ import annotations

# deeds54: two aligned sentences give one named or one-role participant outcomes that exclude
# each other ("was arrested" / "remains at large"). A deed is read off the parse, and two
# reports a day apart may tell a change, so the conflict is shown as one to check (under
# results.trust.TO_CHECK_BELOW 0.6). Not fitted: set at ROLE_FATE_CONFIDENCE's tier less a
# step, the parse reading less sure than role_fates' fixed phrases.
EXCLUSIVE_DEED_CONFIDENCE = 0.5
# The same deed said in one article and denied in the other ("was not injured" / "was
# injured"), read off the parse's negation: outcome_polarity's tier (0.55), one "not" parted.
DENIED_DEED_CONFIDENCE = 0.55

# ages58: listed_age_clashes. "Two men, ages 19 and 22" / "Two men, 19 and 23" in aligned
# sentences: one group's ages listed two ways, as sure as a numbered thing told with two numbers
# (LABEL_NUMBER_CONFIDENCE, 0.75): the apposition is fixed English, but which two ages differ
# rests on the lists' matching, not on a parse. Not fitted: hand-made tests
# (test_ages_listed_for_one_group).
LISTED_AGES_CLASH_CONFIDENCE = 0.75
