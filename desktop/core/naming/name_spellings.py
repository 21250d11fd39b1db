"""Whether two written names are one name spelt two ways: the same sound in other letters
("Katherine" / "Catherine"), or a letter or two apart from one initial sound ("Karen" /
"Karin", "Independence" / "Independent"). A name that only adds letters to the other ("Paul" /
"Paula", "Chris" / "Christopher") is another form of the name, never a slip of spelling."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop.core.lexicon.name_sounds import TRANSLITERATED_VOWELS, VOWEL_LETTERS, sound_key

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


def vowels_apart(a: str, b: str) -> bool:
    """Two folded names that part only in their inner vowel letters: the same consonants in the
    same order between the same first and last letter ("Trevion" / "Trayveon", "Delvion" /
    "Dalveon"). Said aloud they are near enough to be one name heard and written down twice. A
    changed last letter is an ending, and endings tell names apart ("Mario" / "Maria", "Dennis" /
    "Denise"); vowels parting as romanisations part ("Mohammed" / "Muhammad") are one name in two
    systems of transliteration, not a slip."""
    # The findings' thresholds, read late, as in spelt_alike.
    from desktop.core.findings import tuning

    if a == b or min(len(a), len(b)) < tuning.VOWEL_FRAME_SHORTEST or _extends(a, b):
        return False
    x, y = sound_key(a), sound_key(b)
    if x[0] != y[0] or x[-1] != y[-1] or _frame(x) != _frame(y):
        return False
    return not any(
        op.tag == "replace" and frozenset((a[op.src_pos], b[op.dest_pos])) in TRANSLITERATED_VOWELS
        for op in Levenshtein.editops(a, b)
    )


def _frame(key: str) -> str:
    """The consonants of a sounded name after its first letter, a run of one written once."""
    consonants = "".join(c for c in key[1:] if c not in VOWEL_LETTERS)
    return key[0] + "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


def _extends(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short)
