"""A plural name called by the head of its one-word compound: "Trailblazers" / "Blazers",
"Timberwolves" / "Wolves". A name written with a numeral is said in the number's words and
called by the last of them the same way: "76ers" is said "Seventy-Sixers", so "Sixers";
"49ers" the "Niners".

English names a compound by its head (the last part), and a team or a firm goes by a plural
noun: so the head names the team when it is a plural word of its own (``tuning.
COMPOUND_HEAD_MIN_LETTERS``) and what is cut off is a word's worth too (``tuning.
COMPOUND_FRONT_MIN_LETTERS``): "Trail" + "blazers". A singular word ("Chester" in "Manchester")
keeps its own meaning and is left alone.
"""

from __future__ import annotations

import re

from desktop.core.figures.numbers.spelled_numbers import COUNTING_VALUES
from desktop.core.naming.names import bare_name

# The word each number up to ninety-nine is said with last: 76 -> "six", 40 -> "forty".
_SAID_LAST: dict[int, str] = {v: w for w, v in COUNTING_VALUES.items()}
# A numeral with the ending that makes people of it ("76ers", "49ers"), not an ordinal ("4th").
_NUMERAL_NAME = re.compile(r"(\d{1,2})(ers)", re.I)


def heads(word: str) -> set[str]:
    """The lower-case heads a one-word plural name may go by: its compound heads ("blazers"
    of "Trailblazers") and, for a numeral name, the last number word with its ending
    ("sixers" of "76ers")."""
    from desktop.core.findings import tuning  # the stage's thresholds; imported late, as a cycle

    lowered = word.lower()
    out: set[str] = set()
    numeral = _NUMERAL_NAME.fullmatch(lowered)
    if numeral is not None:
        said = _said_last(int(numeral.group(1)))
        ending = numeral.group(2)
        if said is not None:
            # "nine" + "ers" is "niners": one e where the word's and the ending's meet.
            joined = (
                said[:-1] + ending if said.endswith("e") and ending[0] == "e" else said + ending
            )
            out.add(joined)
        return out
    if not lowered.isalpha() or not lowered.endswith("s"):
        return out
    for cut in range(tuning.COMPOUND_FRONT_MIN_LETTERS, len(lowered)):
        head = lowered[cut:]
        if len(head) < tuning.COMPOUND_HEAD_MIN_LETTERS:
            break
        out.add(head)
    return out


def _said_last(number: int) -> str | None:
    if number in _SAID_LAST:
        return _SAID_LAST[number]
    return _SAID_LAST.get(number % 10) if number > 20 else None


def called_by_head(name: str, short: str) -> bool:
    """``short`` (one word) is what ``name``'s last word is called by its head."""
    words, short = bare_name(name).split(), bare_name(short)
    return bool(words) and " " not in short and short.lower() in heads(words[-1])
