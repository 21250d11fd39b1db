"""One saying told in another tense: "the way we wanted to progress" / "the way we had wanted to
progress", "I just wanted to say" / "I just want to say".

A speaker retelling his words, or a reporter taking them down, shifts the tense of a verb as
readily as that of "was" / "is" (lexicon/speech.TENSE_FORMS): a perfect auxiliary added before a
verb of the past, or a regular verb with or without its past ending "-ed". Neither changes what
was said, so the quote is told a little differently, not misquoted. Any other word changed,
added or dropped still makes a misquote (quote_compare).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.lexicon.speech import PERFECT_AUXILIARIES


def tense_shifted(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one changed stretch (lower-cased words) is the other in another tense: a perfect
    auxiliary alone added or dropped, or words that pair one for one, each the same word or the
    same regular verb with and without "-ed"."""
    if not left or not right:
        added = list(left or right)
        return len(added) == 1 and added[0] in PERFECT_AUXILIARIES
    if len(left) != len(right):
        return False
    return any(a != b for a, b in zip(left, right, strict=True)) and all(
        _one_regular_verb(a, b) for a, b in zip(left, right, strict=True)
    )


def _one_regular_verb(a: str, b: str) -> bool:
    """The same word, or one regular verb in the present and the past ("want" / "wanted",
    "hope" / "hoped"). Words of three letters or fewer are left out: "be" / "bed"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) > 3 and long in (short + "ed", short + "d")
