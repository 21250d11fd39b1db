"""Words that make a count or an ordinal the length of an unbroken run
(core/findings/sport/told_streaks)."""

# Before the step counted: "three straight losses", "the third consecutive defeat".
RUN_ADJECTIVES = frozenset({"straight", "consecutive", "successive"})
