"""Whether two facts' sentences speak of the same part of the story: loosely aligned, or one of
them in the headline or lead. "a home loss to Cleveland" on Wednesday and "a six-game loss to
Detroit" two seasons ago share a frame of words, not a happening; "an 88-72 win" years ago and
"an 88-72 loss" on Friday share a score, not a game."""

from __future__ import annotations

import numpy as np

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning


def related(scores: np.ndarray, a: Fact, b: Fact) -> bool:
    lead = min(a.sentence, b.sentence) < tuning.LEAD_SENTENCES
    return lead or float(scores[a.sentence, b.sentence]) >= tuning.CONFLICT_NEAR
