"""One saying whose negation stands on the verb of opinion or on the clause it governs: "I didn't
feel we were executing the philosophy" / "I feel we weren't executing the philosophy".

English lets the "not" of a clause rise to a verb of opinion or intent above it (think, believe,
expect, feel, want: lexicon/speech.NEG_RAISING_VERBS), and speakers and transcribers move it
freely: "I don't think he's ready" is heard as "I think he's not ready". Two wordings that differ
only in where that one "not" stands (with the "do" that carries it) say the same thing, so the
quote is told a little differently, not misquoted. A "not" one side has and the other lacks, or a
"not" moved off a verb of saying or knowing, still makes a misquote (quote_compare).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.lexicon.speech import DO_SUPPORT, NEG_RAISING_VERBS

_NOT = "not"


def negation_raised(
    left: Sequence[str], right: Sequence[str], same_word: Callable[[str, str], bool]
) -> bool:
    """Whether one changed stretch (lower-cased words, contractions spelled out) is the other
    with its one "not" moved between a verb of opinion and the clause that verb governs: each side
    has one "not"; on one side it stands just before the verb of opinion, on the other after it;
    and without the "not" and its "do" the two wordings pair word for word (``same_word``: the
    word itself or another tense of its verb)."""
    if left.count(_NOT) != 1 or right.count(_NOT) != 1:
        return False
    raised, lowered = (left, right) if _raised(left) else (right, left)
    if not _raised(raised) or _raised(lowered):
        return False
    verb = raised[raised.index(_NOT) + 1]
    before = [w for w in lowered[: lowered.index(_NOT)]]
    if not any(same_word(verb, w) for w in before):
        return False  # the other side's "not" must stand in the clause below the verb
    bare_raised = [w for w in raised if w != _NOT and w not in DO_SUPPORT]
    bare_lowered = [w for w in lowered if w != _NOT and w not in DO_SUPPORT]
    return len(bare_raised) == len(bare_lowered) and all(
        same_word(a, b) for a, b in zip(bare_raised, bare_lowered, strict=True)
    )


def _raised(words: Sequence[str]) -> bool:
    """The side's "not" stands right before a verb of opinion or intent ("did not feel")."""
    at = words.index(_NOT)
    return at + 1 < len(words) and words[at + 1] in NEG_RAISING_VERBS
