"""Words that tell over how long a count was made (findings/counts/day_counts.py).

"86 arrests over the course of Saturday's protests" counts one day's arrests; "more than 400
protesters have been detained over the unrest" counts them over the whole of it. A count over a
happening that ran for days holds each day's count, so the two are no clash while the day's is
the smaller.
"""

from __future__ import annotations

# Prepositions that stretch a count over a span: "over the unrest", "during four nights of
# rioting", "throughout the weekend".
SPAN_PREPOSITIONS = frozenset(["over", "during", "throughout"])
# Nouns of a happening or a stretch of time that runs for days (lowercase forms as written): a
# count made over one of them is a running total, not one day's count. Not "protest" alone in
# the singular: "one protest" may be one afternoon's march.
SPAN_NOUNS = frozenset(
    ["unrest", "protests", "riots", "rioting", "violence", "clashes", "demonstrations",
     "protesting", "week", "weekend", "days", "nights", "weeks", "months"]
)  # fmt: skip
# Words that confine a count to one night without naming a day: "overnight", "last night".
ONE_NIGHT_WORDS = frozenset(["overnight", "tonight"])
# Words that make a count a running one from some point on, whatever day the sentence names:
# "86 arrests since Saturday", "so far", "in all", "a total of". Such a count is no day's count.
RUNNING_WORDS = frozenset(["since", "far", "total", "altogether", "overall"])
