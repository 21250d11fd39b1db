"""Whether two written names are one name spelt two ways: the same sound in other letters
("Katherine" / "Catherine"), or a letter or two apart from one initial sound ("Karen" /
"Karin", "Independence" / "Independent"). A name that only adds letters to the other ("Paul" /
"Paula", "Chris" / "Christopher") is another form of the name, never a slip of spelling."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop.core.lexicon.name_sounds import (
    ROMANISED_ENDINGS,
    ROMANISED_GLIDES,
    TRANSLITERATED_VOWELS,
    VOWEL_LETTERS,
    sound_key,
)

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


def romanised_alike(a: str, b: str, *, given: bool = True) -> bool:
    """Two folded spellings of one name in two systems of romanisation, which a journalist would
    not correct. Any name may part on the Russian ending ("Zelenskiy" / "Zelensky"); a given name
    also on the glide ("Heidar" / "Heydar", "Sergei" / "Sergey"), or on vowel letters where one of
    the partings is the short "u" written "o" ("Mohammed" / "Muhammad": a name that shows one
    system's vowel shows it in its other vowels too). Surnames keep "ei" / "ey" and "o" / "u"
    apart: "Meier" / "Meyer" and "Horst" / "Hurst" are families of their own."""
    from desktop.core.findings import tuning

    if a == b or min(len(a), len(b)) < tuning.ROMANISED_SHORTEST:
        return False
    x, y = _romanised(a, given), _romanised(b, given)
    if x == y:
        return True
    if not given:
        return False
    edits = Levenshtein.editops(x, y)
    if any(op.tag != "replace" for op in edits):
        return False  # a letter more or less is another name or a slip, not another system
    pairs = [frozenset((x[op.src_pos], y[op.dest_pos])) for op in edits]
    return all(pair <= VOWEL_LETTERS for pair in pairs) and any(
        pair in TRANSLITERATED_VOWELS for pair in pairs
    )


def _romanised(word: str, given: bool) -> str:
    """The word with each romanised ending, and a given name's glides, written one way."""
    for ending, one_way in ROMANISED_ENDINGS:
        if word.endswith(ending):
            word = word[: -len(ending)] + one_way
    for written, one_way in ROMANISED_GLIDES if given else ():
        word = word.replace(written, one_way)
    return word


def _frame(key: str) -> str:
    """The consonants of a sounded name after its first letter, a run of one written once."""
    consonants = "".join(c for c in key[1:] if c not in VOWEL_LETTERS)
    return key[0] + "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


def _extends(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short)
