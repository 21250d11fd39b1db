"""The written forms of one value inside a quote, and the grammatical words around what was
said: what two transcriptions of one utterance print differently with nothing said changed.

A clock time is one time however an outlet prints it ("6:41pm PST", "18:41", "2:30 p.m.",
"2.30pm"), a share is one share as "5%" or "5 per cent", and an article, a preposition or an
auxiliary one transcriber adds or drops ("the violence the system uses" / "the violence of the
system uses"), or one pointing determiner for another ("the regulation" / "this regulation"),
says the same. A changed content word, figure, name or negation is still a misquote: no rule here
touches one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.lexicon.speech import GRAMMAR_WORDS, POINTING_DETERMINERS, TIME_ZONE_LABELS

# A time on the twelve-hour clock: "6:41pm", "2.30 p.m.", "6 a.m." (the dot only before am/pm,
# where it cannot be a decimal).
_TWELVE_HOUR = re.compile(
    r"(?<![\w:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\b\.?", re.IGNORECASE
)
# A time on the twenty-four-hour clock ("18:41"), or in four figures before a zone ("0241 GMT").
_COLON_HOUR = re.compile(r"(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?![\w:]|\.\d)")
_ZONED_HOUR = re.compile(
    r"(?<![\w:.])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:" + "|".join(TIME_ZONE_LABELS) + r")\b)",
    re.IGNORECASE,
)
# The mark of an unsure hour: "6:41" with no a.m. or p.m. may be morning or evening.
_EITHER = "~"
CLOCK = "@"  # the start of a clock-time token: never a word of text
# A clock time stands as this many words, its token then spares, whatever its print: "7 p.m."
# was three words before it was one token, and two reports sharing it shared three words, so
# the share of words two quotes have in common (quote_compare) stays what it was.
CLOCK_WIDTH = 3
CLOCK_SPARE = CLOCK + "+"


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time in a quote: its characters and the one token it stands for."""

    start: int
    end: int
    token: str


def clock_times(text: str, start: int, end: int) -> list[Clock]:
    """The clock times written in text[start:end], each as one token: "@18:41" for "6:41pm" and
    "18:41" alike; "@~6:41" for "6:41" written without a.m. or p.m., which either may mean."""
    found: list[Clock] = []
    for m in _TWELVE_HOUR.finditer(text, start, end):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        found.append(Clock(m.start(), m.end(), f"{CLOCK}{hour:02d}:{m.group(2) or '00'}"))
    for pattern in (_COLON_HOUR, _ZONED_HOUR):
        for m in pattern.finditer(text, start, end):
            if any(c.start <= m.start() < c.end for c in found):
                continue
            hour = int(m.group(1))
            either = _EITHER if 1 <= hour <= 12 and pattern is _COLON_HOUR else ""
            found.append(Clock(m.start(), m.end(), f"{CLOCK}{either}{hour:02d}:{m.group(2)}"))
    return sorted(found, key=lambda c: c.start)


def _is_time(word: str) -> bool:
    return word.startswith(CLOCK) and word != CLOCK_SPARE


def _one_time(a: str, b: str) -> bool:
    """Two clock tokens for one time: the same, or an unsure hour that may be the other."""
    if a == b:
        return True
    for unsure, sure in ((a, b), (b, a)):
        if unsure.startswith(CLOCK + _EITHER) and not sure.startswith(CLOCK + _EITHER):
            hour, minutes = unsure[2:].split(":")
            if sure[1:] in (f"{hour}:{minutes}", f"{int(hour) + 12:02d}:{minutes}"):
                return True
    return False


def written_alike(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one changed stretch of a quote is the same words in another written form or
    grammar only: the same clock time (a zone label one side leaves out), grammatical words one
    side adds or drops, or one pointing determiner for another."""
    return _same_clock(left, right) or _zone_only(left, right) or _grammar_only(left, right)


def _zone_only(left: Sequence[str], right: Sequence[str]) -> bool:
    """A zone label one side gives after a time both print alike ("6:41pm PST" / "18:41"): a
    label tells nothing without its time, and the time is the same."""
    added = left or right
    return not (left and right) and all(w in TIME_ZONE_LABELS for w in added) and bool(added)


def _same_clock(left: Sequence[str], right: Sequence[str]) -> bool:
    """One clock time on each side, the same time, and nothing else but a zone label one side
    gives ("6:41pm PST" / "18:41"); two different zones are two times."""
    times = [w for w in left if _is_time(w)], [w for w in right if _is_time(w)]
    if len(times[0]) != 1 or len(times[1]) != 1 or not _one_time(times[0][0], times[1][0]):
        return False
    zones = [w for w in left if w in TIME_ZONE_LABELS], [w for w in right if w in TIME_ZONE_LABELS]
    if zones[0] and zones[1] and zones[0] != zones[1]:
        return False
    rest = [w for side in (left, right) for w in side if not w.startswith(CLOCK)]
    return all(w in TIME_ZONE_LABELS for w in rest)


def clock_words(token: str) -> tuple[str, ...]:
    """The words a clock time stands as: its token, then spares (CLOCK_WIDTH)."""
    return (token,) + (CLOCK_SPARE,) * (CLOCK_WIDTH - 1)


def _grammar_only(left: Sequence[str], right: Sequence[str]) -> bool:
    """Grammatical words added or dropped with nothing in their place ("of", "there is", "do"),
    or one pointing determiner for another ("the" / "this")."""
    if not left or not right:
        added = left or right
        return bool(added) and all(w in GRAMMAR_WORDS for w in added)
    return (
        len(left) == len(right) == 1
        and left[0] in POINTING_DETERMINERS
        and right[0] in POINTING_DETERMINERS
    )
