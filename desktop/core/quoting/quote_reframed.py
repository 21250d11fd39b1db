"""One saying recast in another construction: the same words, reordered, in an existential or
cleft frame ("If I could give you more" / "If there was any more I could give you").

Reported speech is often recast by the speaker retelling it or by the reporter taking it down.
When every word of one wording recurs in the other, and all the other adds is the grammar of the
frame ("there was", "it is ... that", "any"), no word changes what was said: the same quote, told
a little differently, not a misquote. A negation, a figure, a name or any word of the sentence's
own that the other lacks still makes a misquote (quote_compare.told_alike compares the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.lexicon.speech import FRAME_WORDS, SPEECH_FILLERS


def reframed(
    left: Sequence[str], right: Sequence[str], same_word: Callable[[str, str], bool]
) -> bool:
    """Whether one changed stretch of a quote (lower-cased words) is the other's words recast in
    a frame: each word of the shorter wording pairs with one of the longer (``same_word``: the
    word itself, another tense of its verb), and what the longer has beyond them is frame words
    and fillers alone. Words that merely moved count only when some did move (two or more)."""
    mine = [w for w in left if w not in SPEECH_FILLERS]
    theirs = [w for w in right if w not in SPEECH_FILLERS]
    shorter, longer = sorted((mine, theirs), key=len)
    if len(shorter) < 2:
        return False
    rest = list(longer)
    for word in shorter:
        partner = next((w for w in rest if same_word(word, w)), None)
        if partner is None:
            return False
        rest.remove(partner)
    return all(w in FRAME_WORDS for w in rest)
