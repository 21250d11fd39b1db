"""Two clock times of two steps: "pronounced dead at 1:05 a.m." / "was shot at 12:40 a.m.".

A story times several steps of one night: the shots, the call that brought the police, the death
at a hospital, the arrest. Each clock time tells the step of the verb it hangs on; the time of
the death is not the time of the shooting, so two times of two known steps are never one claim.
A time whose verb names no known step ("at 9 p.m., a man ...") is compared as before.
"""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.lexicon.steps import CLOCK_STEPS
from desktop.core.model import MentionType


def two_steps(a: Fact, b: Fact) -> bool:
    """Two clock times, each hanging on a verb of a known step, and the steps differ."""
    if a.type is not MentionType.TIME or b.type is not MentionType.TIME:
        return False
    steps = _steps(a), _steps(b)
    return all(steps) and not steps[0] & steps[1]


def _steps(fact: Fact) -> frozenset[str]:
    # The words the time hangs on carry full weight in its slot (its verb and the verb above).
    return frozenset(
        CLOCK_STEPS[word]
        for word, weight in fact.slot.items()
        if weight >= 1.0 and word in CLOCK_STEPS
    )
