"""The same numeral counting two different things bears neither out.

"Three medium-strong aftershocks were felt" / "three people killed": the figure is written alike,
but the one counts tremors and the other the dead. A count of a toll (the dead, the injured, the
arrested) is borne out only by a figure of that toll, never by the same numeral counting something
no toll word touches; otherwise an early report's "three people killed" hides behind an unrelated
"three" and never meets the other article's "Ten people are killed" (two counts of one toll told
at different times, which the reader must see).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.events.tolls import nouns_counted, tolls_told
from desktop.core.lexicon.counted_nouns import PEOPLE_TOLLS


def numeral_of_another_thing(a: Fact, b: Fact) -> bool:
    """Exactly one of the two figures counts a toll of people and the other counts no toll at
    all, nor hangs on any word the toll's figure hangs on: one numeral, two things counted."""
    tolls_a, tolls_b = tolls_told(a) & PEOPLE_TOLLS, tolls_told(b) & PEOPLE_TOLLS
    if bool(tolls_a) == bool(tolls_b):
        return False
    plain = b if tolls_a else a
    if tolls_told(plain):
        return False  # a word of a toll, however loose: the parse may have muddled the two
    heads_a, heads_b = nouns_counted(a), nouns_counted(b)
    return bool(heads_a) and bool(heads_b) and not heads_a & heads_b
