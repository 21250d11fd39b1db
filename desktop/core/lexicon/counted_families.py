"""sameclaim46: nouns that count one thing in two words, for the reverse default's kinds
(``findings/bookkeeping/one_claim.py``): "cut about 600 jobs" counts the layoffs "the loss of 800
jobs" counts. The slot folds the deaths of "killed", "dead" and "died" into one toll already
(``events/tolls.py``); these are the counted nouns it leaves apart. Lowercase lemmas as the slot
gives them, each to the family it names. Common usage, not fitted."""

from __future__ import annotations

COUNTED_FAMILIES: dict[str, str] = {
    # a job cut is a layoff, whichever noun the writer counts
    "job": "job", "layoff": "job", "position": "job",
}  # fmt: skip
