"""A run of happenings told as its length or as the ordinal of its latest step: "a three-game
losing streak" / "their third game in a row", "three straight losses" / "the third straight
loss". The words of a run ("streak", "in a row", "straight", "consecutive") say that the count
and the ordinal measure the same unbroken series, so the one tells the other.

Only in a sentence aligned with this one, however loosely (the run's words tie the two; a plain
"third game" is ``told_ordinals``' business), and only a run of the same thing ("games" /
"game"): "a three-game streak" / "their third loss in a row" may count other steps.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.streaks import RUN_ADJECTIVES

Partners = dict[int, list[tuple[int, float]]]

_STEP = r"(?P<n>\d{1,3}(?:st|nd|rd|th)?|[a-z]+)"
_RUN_WORD = "|".join(sorted(RUN_ADJECTIVES))
# A word every run below holds ("streak", "in a row", "straight"), in ASCII lower case.
_RUN_WORDS = ("streak", "row", *sorted(RUN_ADJECTIVES))
_RUNS = (
    # "a three-game losing streak", "a 10-game winning streak", "a four-fight streak"
    re.compile(_STEP + r"[\s-]+(?P<noun>[a-z]+)(?:\s+[a-z]+)?\s+streak\b", re.I),
    # "three games in a row", "their third game in a row"
    re.compile(_STEP + r"\s+(?P<noun>[a-z]+)\s+in\s+a\s+row\b", re.I),
    # "three straight losses", "the third consecutive defeat"
    re.compile(_STEP + r"\s+(?:" + _RUN_WORD + r")\s+(?P<noun>[a-z]+)", re.I),
)


def run_told(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This figure is the length of a run, and a sentence aligned with its own gives a run of
    the same length and the same steps, as a count or as an ordinal."""
    run = next(
        (r for start, r in _runs(mine.document.text, fact.start, fact.end) if start == fact.start),
        None,
    )
    if run is None:
        return False
    text = theirs.document.text
    for j, _ in aligned.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        if any(r == run for _, r in _runs(text, sentence.start, sentence.end)):
            return True
    return False


def _runs(text: str, start: int, end: int) -> list[tuple[int, tuple[int, str]]]:
    """Each run whose length or ordinal opens between ``start`` and ``end``: (where its number
    opens, (its length, the step it counts in the singular))."""
    out: list[tuple[int, tuple[int, str]]] = []
    window = text[start : end + 60]
    if window.isascii() and not any(word in window.lower() for word in _RUN_WORDS):
        return out  # no run's word in the window: the case-blind patterns are not tried
    for pattern in _RUNS:
        for match in pattern.finditer(window):
            if match.start() >= end - start:
                continue
            value = _value(match.group("n"))
            if value is not None:
                out.append((start + match.start(), (value, _singular(match.group("noun")))))
    return out


def _value(words: str) -> int | None:
    """ "three" and "3" -> 3, "third" and "3rd" -> 3; None for no whole count."""
    lowered = words.lower()
    if lowered in ORDINAL_WORDS:
        return ORDINAL_WORDS[lowered]
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", lowered)
    if digits:
        return int(digits.group(1))
    number = parse_number(lowered)
    if number is None or not number.exact or number.low != number.high or number.low < 2:
        return None
    return int(number.low) if float(number.low).is_integer() else None


def _singular(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith("es") and lowered[:-2].endswith(("ss", "sh", "ch", "x")):
        return lowered[:-2]  # "losses" -> "loss"
    return lowered[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else lowered
