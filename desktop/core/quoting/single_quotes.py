"""Words an article quotes between single marks, the British house style: 'It sounded like a
dog barking,' said the neighbour.

The quote reader (quotes.py) knows only double marks, since a single mark is also an apostrophe
("McMeekin's", "rock 'n' roll", "the players' union"). Here a single mark opens only where a word
begins (after a space or a line's start, before a letter) and closes only where a word ends
(after a letter or a stop, before a space, a stop or the line's end); an apostrophe inside a
word does neither. What such marks hold is what someone said, enough to know that a quote the
other article prints in double marks is reported here in part (quote_runs.py); it is no quote of
its own, with no speaker read.
"""

from __future__ import annotations

import re

from desktop.core.model import TextRange

# An opening single mark, the words it holds on one line, and its closing mark. The words hold
# no further opening mark, so two quotes on a line are two stretches; a closing-looking mark
# inside ("the players' union") may cut a stretch short, never join two.
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘]"  # opens where a word begins
    r"(?P<words>[A-Za-z][^\n'‘’]*?(?:['’][A-Za-z][^\n'‘’]*?)*?[\w.,!?;:])"
    r"['’](?=[\s.,;:!?)\]—–-]|$)",  # closes where a word ends
    re.MULTILINE,
)
# Fewer words than this between single marks are a nickname or a scare quote ('Fenn', 'bubbly').
_MIN_WORDS = 3


def single_quoted_stretches(text: str) -> tuple[TextRange, ...]:
    """The text inside each pair of single quotation marks of at least ``_MIN_WORDS`` words."""
    return tuple(
        TextRange(m.start("words"), m.end("words"))
        for m in _SINGLE_QUOTED.finditer(text)
        if len(m.group("words").split()) >= _MIN_WORDS
    )
