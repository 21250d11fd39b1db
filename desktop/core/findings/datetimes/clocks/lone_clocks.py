"""One clock time in each of two matching sentences is the time of what both sentences tell.

"The fire broke out at 3 p.m." / "The blaze started around 5pm": the verbs differ, so the two
times share no context word, yet a sentence that tells one happening gives it one clock time,
and two sentences aligned as the same statement time the same happening. Where a sentence gives
two clock times ("shot at 3 p.m. and died at 5 p.m.") it tells two steps, and neither time is
lone; clock times hung on two known steps (the shots, the call) stay apart (``steps.two_steps``).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.claim_dates import clock_time


def lone_clocks(a: Fact, b: Fact, mine: Sequence[Fact], theirs: Sequence[Fact]) -> bool:
    """Both facts are clock times, each its sentence's only one."""
    return _only_clock(a, mine) and _only_clock(b, theirs)


def _only_clock(fact: Fact, facts: Sequence[Fact]) -> bool:
    if not clock_time(fact):
        return False
    return sum(1 for f in facts if clock_time(f)) == 1
