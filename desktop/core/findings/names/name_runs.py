"""The capitalised runs of a sentence that name something ("the musical The Boy from Oz",
"Genesee County"), as ``statements`` asks whether the other article writes them.

A run joined by "and" names the things it joins: "the current Pro and Air models" names two,
each written when the other article writes it, whatever it joins it with ("both the Air and the
Pro"). Read as one name, "Pro and Air" is something the other never writes, and the sentence
keeps a mark for a name it does give.
"""

from __future__ import annotations

import re

# A run of capitalised words inside a sentence, joined by the small words titles and names take.
_NAME_RUN = re.compile(
    r"(?<=\S )(?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|from|the|and|de|la)\s+)*[A-Z][\w'’-]*)*"
)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """The capitalised runs of ``text`` as (start, end, words), offsets in ``text``; a run joined
    by "and" cut into the names it joins."""
    runs = []
    for m in _NAME_RUN.finditer(text):
        start = m.start()
        for joint in _AND.finditer(m.group(0)):
            end = m.start() + joint.start()
            runs.append((start, end, text[start:end]))
            start = m.start() + joint.end()
        runs.append((start, m.end(), text[start : m.end()]))
    return runs


def written(name: str, lowered: str) -> bool:
    """``name`` stands in ``lowered`` (the other article in lower case), each of the names it
    joins with "and" on its own when not joined so there ("Pro and Air" / "the Air and the Pro")."""
    name = name.lower()
    return name in lowered or all(part in lowered for part in _AND.split(name) if part)
