"""Words that make a count a further batch of something told before: "another five people",
"an additional six engines", "a further four appliances", "20 more people". Common usage, not
fitted to any article. Lowercase."""

from __future__ import annotations

# Right before the figure: "another five", "a further four", "an additional six", "an extra 50".
FURTHER_BEFORE = frozenset(["another", "further", "additional", "extra"])
# Right after it: "20 more people", "six additional engines", "50 extra officers".
FURTHER_AFTER = frozenset(["more", "additional", "extra"])
# Nouns of a span of time or of a repeat: "another six years", "two more times", "five more
# minutes" say how long or how often, never how many of a thing.
NOT_COUNTED_NOUNS = frozenset(
    ["year", "month", "week", "day", "night", "hour", "minute", "second", "decade", "time",
     "season", "game", "round", "point", "yard", "inning", "mile", "kilometre", "kilometer"]
)  # fmt: skip
