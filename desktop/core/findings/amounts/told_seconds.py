"""A time in seconds written with the unit in short: "ran the 100 metres in 9.58 seconds" / "ran
the 100m in 9.58s", "45 seconds behind" / "lost 45sec". Race reports write "s" and "sec" glued on
where others spell the unit out; the same digits in seconds are the same time."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import search_after

_SECONDS = r"(?:s|sec|secs|second|seconds)"
_TIME = re.compile(rf"(\d+(?:\.\d+)?)\s*{_SECONDS}\.?", re.I)


def seconds_told(fact: Fact, my_text: str, their_text: str) -> bool:
    """This fact is a count of seconds the other article writes with the same digits, in either
    form of the unit."""
    match = _TIME.fullmatch(my_text[fact.start : fact.end].strip())
    if match is None:
        return False
    # The digits searched alone (the engine jumps between them), the lookbehind checked there.
    same = compiled(rf"{re.escape(match.group(1))}\s*{_SECONDS}\b", re.I)
    return search_after(_NOT_INSIDE_A_FIGURE, same, their_text) is not None


_NOT_INSIDE_A_FIGURE = re.compile(r"(?<![\w.,])")
