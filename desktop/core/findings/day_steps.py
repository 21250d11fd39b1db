"""Two days of two steps of one story: "shot and killed June 3" / "was arrested June 12".

A shooting story dates several happenings: the shooting (with the call, the finding of the victim
and the killing, which fall on one day as a rule), the arrest and the charge, the hearings, the
funeral or the vigil. A day tells the step of the word it hangs on; the day of an arrest is not
the day of the shooting, so two days of two known steps are never one claim. A day whose word
names no known step ("on Saturday, a man ...") is compared as before. Clock times have their own
finer steps (``clock_steps``).
"""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.lexicon.steps import DAY_STEPS


def days_of_two_steps(a: Fact, b: Fact) -> bool:
    """Two days, each hanging on a word of a known step, and the steps differ."""
    if a.date is None or b.date is None:
        return False
    steps = _steps(a), _steps(b)
    return all(steps) and not steps[0] & steps[1]


def _steps(fact: Fact) -> frozenset[str]:
    # The words the day hangs on carry full weight in its slot (its verb and the verb above).
    return frozenset(
        DAY_STEPS[word] for word, weight in fact.slot.items() if weight >= 1.0 and word in DAY_STEPS
    )
