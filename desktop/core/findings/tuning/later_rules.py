"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""

from desktop.core.findings.tuning.rules import NOUN_COUNT_CONFIDENCE

# Confidence of two different final scores, each its article's one result (final_scores.py):
# the evidence of one count of one noun in each article (noun_counts), another kind of figure
# told once. Not fitted: probe20's hand-made score pair and its twin.
FINAL_SCORE_CONFIDENCE = NOUN_COUNT_CONFIDENCE
