"""Whether two written names are one name spelt two ways: the same sound in other letters
("Katherine" / "Catherine"), or a letter or two apart from one initial sound ("Karen" /
"Karin", "Independence" / "Independent"). A name that only adds letters to the other ("Paul" /
"Paula", "Chris" / "Christopher") is another form of the name, never a slip of spelling."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop.core.lexicon.name_sounds import sound_key

# Shorter names than this ("Al" / "Ali", "Jo" / "Joe") are other names, not other spellings.
_SHORTEST = 3


def same_sound(a: str, b: str) -> bool:
    """Two folded words written differently that read the same aloud."""
    return a != b and not _extends(a, b) and sound_key(a) == sound_key(b)


def spelt_alike(a: str, b: str) -> bool:
    """Two folded words that are one spelt two ways: the same sound, or from one initial sound a
    letter or two apart and mostly the same letters."""
    if a == b or min(len(a), len(b)) < _SHORTEST or _extends(a, b):
        return False
    if same_sound(a, b):
        return True
    # The findings' thresholds, read late: extract (which finds "Wolfe said") loads before them.
    from desktop.core.findings import tuning

    x, y = sound_key(a), sound_key(b)
    return (
        x[:1] == y[:1]
        and Levenshtein.distance(x, y) <= tuning.SPELLING_EDITS
        and fuzz.ratio(a, b) >= tuning.SPELLING_LIKENESS
    )


def _extends(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short)
