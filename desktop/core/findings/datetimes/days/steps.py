"""Two days or two clock times of two steps of one story: "shot and killed June 3" / "was
arrested June 12"; "pronounced dead at 1:05 a.m." / "was shot at 12:40 a.m.".

A shooting story dates several happenings: the shooting (with the call, the finding of the victim
and the killing, which fall on one day as a rule), the arrest and the charge, the hearings, the
funeral or the vigil; and it times the steps of one night more finely: the shots, the call that
brought the police, the death at a hospital, the arrest. A day or a time tells the step of the
word it hangs on; the day of an arrest is not the day of the shooting, nor the time of the death
the time of the shots, so two values of two known steps are never one claim. A value whose word
names no known step ("on Saturday, a man ...", "at 9 p.m., a man ...") is compared as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.datetimes.process_ends import END, START
from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.steps import CLOCK_STEPS, DAY_STEPS, VERDICT_STEP, VERDICT_WORDS
from desktop.core.locations.place_steps import EVENT_STEP
from desktop.core.model import MentionType


def days_of_two_steps(a: Fact, b: Fact) -> bool:
    """Two days, each hanging on a word of a known step, and the steps differ; or the start
    and the end of one process."""
    if a.date is None or b.date is None:
        return False
    return two_ends(a, b) or _apart(_steps(a, DAY_STEPS), _steps(b, DAY_STEPS))


def two_ends(a: Fact, b: Fact) -> bool:
    """One process dated by its start on one side and by its end on the other ("began to vote on
    Sunday" / "the election ended Sunday evening"): two moments, never one day told twice."""
    return {a.phase, b.phase} == {START, END}


def two_steps(a: Fact, b: Fact) -> bool:
    """Two clock times, each hanging on a verb of a known step, and the steps differ; or the
    start and the end of one process ("polls opened at 7 a.m." / "closed at 8 p.m.")."""
    if a.type is not MentionType.TIME or b.type is not MentionType.TIME:
        return False
    return two_ends(a, b) or _apart(_steps(a, CLOCK_STEPS), _steps(b, CLOCK_STEPS))


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def _steps(fact: Fact, steps: Mapping[str, str]) -> frozenset[str]:
    # The words a day or time hangs on carry full weight in its slot (its verb and the verb above).
    verdict = any(word in VERDICT_WORDS for word in fact.slot)  # "found guilty on March 3"
    return frozenset(
        VERDICT_STEP if verdict and word == "find" else steps[word]
        for word, weight in fact.slot.items()
        if weight >= 1.0 and word in steps
    )


def places_of_one_step(a: list[Fact], b: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The places of each side that tell one step both sides place: where the shots were fired
    when both say it, else where one later step happened ("arrested in Dallas" / "arrested in
    Arlington"). A place of the arrest is never set against a place of the shooting ("arrested
    in Dallas" / "shot in Fort Worth"): the two towns answer two questions."""
    common = {f.step for f in a} & {f.step for f in b}
    step = EVENT_STEP if EVENT_STEP in common else min(common, default=None)
    if step is None:
        return [], []
    return [f for f in a if f.step == step], [f for f in b if f.step == step]
