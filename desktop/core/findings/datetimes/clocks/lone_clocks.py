"""One clock time in each of two matching sentences is the time of what both sentences tell.

"The fire broke out at 3 p.m." / "The blaze started around 5pm": the verbs differ, so the two
times share no context word, yet a sentence that tells one happening gives it one clock time,
and two sentences aligned as the same statement time the same happening. Where a sentence gives
two clock times ("shot at 3 p.m. and died at 5 p.m.") it tells two steps, and neither time is
lone; clock times hung on two known steps (the shots, the call) stay apart (``steps.two_steps``).
A clock after "until" ends a state that lasts ("An orange warning remains in force until 9 a.m.")
and times no happening, so it meets only another such end, never a moment ("lifted its red
warning at noon").
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claim_dates import clock_time
from desktop.core.lexicon.time_words import STATE_END_WORDS


def lone_clocks(
    a: Fact,
    b: Fact,
    mine: Sequence[Fact],
    theirs: Sequence[Fact],
    analyses: tuple[Analysis, Analysis],
) -> bool:
    """Both facts are clock times, each its sentence's only one, and both moments or both ends
    of a lasting state."""
    return (
        _only_clock(a, mine)
        and _only_clock(b, theirs)
        and ends_a_state(analyses[0], a) == ends_a_state(analyses[1], b)
    )


def ends_a_state(analysis: Analysis, fact: Fact) -> bool:
    """ "until 9 a.m.": the word before the clock makes it the end of what lasts."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return bool(before) and before[-1] in STATE_END_WORDS


def _only_clock(fact: Fact, facts: Sequence[Fact]) -> bool:
    if not clock_time(fact):
        return False
    return sum(1 for f in facts if clock_time(f)) == 1
