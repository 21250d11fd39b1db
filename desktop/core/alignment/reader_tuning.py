"""Thresholds of the sentence-pair reader's lift (desktop/core/alignment/reader_lift.py).

They live beside the alignment, as ``align.PAIR_THRESHOLD`` does, not in findings/tuning: that
package imports the results layer, which imports the alignment (a cycle).

Figures are reader52's (docs/embeddings.md, "A cross-encoder trained on statement labels"):
``bench.reader_lift`` on the fresh-read and fresh-check groups, which no rule or model was fitted
on, and ``train_pair_reader.py export``'s timing; docs/pair-reader.md has the shipped reader's.
"""

from __future__ import annotations

# The reader's own decision point (probability of "one statement told twice"): a pair it gives
# at least this is lifted. reader52's lift at 0.5: fresh-read agreements 147 -> 158, fresh-check
# 155 -> 165; at 0.8 only 149 and 156 (the reader's high-confidence pairs already align).
READER_PROBABILITY = 0.5
# A lifted pair scores at least this: a statement agreement (STATEMENT_AGREE 0.36 and the pair
# threshold 0.3 are under it), but under CLAIM_PAIR, so the claims inside are never compared
# on the reader's word (a weekday or a count clash needs today's score). Fixed before any run.
READER_LIFT = 0.449  # findings/tuning/stage.py's CLAIM_PAIR 0.45, less 0.001 (a test holds it)
# The pairs the reader reads: each sentence's best READER_PARTNERS partners by today's score in
# this band, both directions. Under the band the reader rarely lifts; over it pairs already align.
# reader52, K = 1: 7 of the 11 and 8 of the 10 agreements reading every pair gives (fresh-read,
# fresh-check), for a mean of 20-29 pairs a comparison instead of every one.
READER_BAND = (0.15, 0.45)
READER_PARTNERS = 1
# At most this many pairs a comparison, highest today's score first: the numpy reader reads
# 25-65 pairs/s on the shared build machine (docs/pair-reader.md), so 40 pairs cost 0.6-1.6 s;
# K = 1 read at most 40 a comparison on fresh-read's articles and 54 on fresh-check's.
READER_MAX_PAIRS = 40
# No reader when either article has more sentences than this: bench.speed's 15,000-word inputs
# (871 sentences a side) already spend the whole speed budget on spaCy; the reader is skipped.
READER_MAX_SENTENCES = 150

# Off: the lift is not part of the app's alignment (the reader's files stay out of the bundle,
# build.spec). Wired in, it failed six existing twin story tests, each a look-alike of another
# claim the reader reads as one statement with p 0.8-0.9 ("The man had been laid off in March."
# / "The man was let go by police in March." 0.92; "Talks with the unions progressed slowly on
# Monday." / "The fire spread slowly on Monday." 0.84), and on the unseen groups it added only
# +3 (fresh-read) and +2 (fresh-check) agreements once figure clashes and contained copies were
# left unread (docs/pair-reader.md). Stop 53's guard (reader_guard.py, below) leaves those
# look-alikes unread and every twin test passes with the lift on, but on check (pooled) the lift
# still costs more one-sided lines (-7) than it gains agreements (+6): the reader joins
# sentences that share one statement and each tell another, and the one-sided part loses its
# mark. So it stays off (docs/pair-reader.md, "Stop 53: the guard").
READER_IN_ALIGNMENT = False

# Stop 53's guard (reader_guard.py): the reader reads only pairs whose gists (deed, doer,
# undergoer, a named sayer) leave room for one statement, and no pair in which one sentence
# quotes someone's words and the other does not. Together they cost fresh-read 1 and read 2 of
# the unguarded lift's agreements and make the six twin tests pass (docs/pair-reader.md,
# "Stop 53"); flags so each part can be measured alone.
READER_GIST_GUARD = True
READER_QUOTE_GUARD = True
