"""A rank's token at the head of a name the model read: "Sgt. Whitlow" is Whitlow, as "Mr. Whitlow"
is. The pipeline keeps "Sgt." one token (pipeline.py), and the model then sometimes reads it into
the name, or alone as a name of its own ("Det." for a place); the rank stays the person's title
(names.py, people.py), never part of the name."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.titles import ABBREVIATED_TITLES, FALSE_TITLES


def without_ranks(tokens: list[Any]) -> list[Any]:
    """``tokens`` from their first word that is no abbreviated rank with its full stop; none when
    every word is one."""
    i = 0
    while i < len(tokens) and is_rank(tokens[i].text):
        i += 1
    return tokens[i:]


def is_rank(text: str) -> bool:
    """ "Sgt.", "Const.": an abbreviated rank with its full stop, as the pipeline keeps it."""
    return text.endswith(".") and text[:1].isupper() and text[:-1].lower() in ABBREVIATED_TITLES


def without_false_titles(tokens: list[Any]) -> list[Any]:
    """ "Striker Leo Marsh", "Singer Tyler Crane": an occupation capitalised at the head of a
    sentence and read into the name is the person's description, never their first name; the
    name is "Leo Marsh", as the other article writes it. A lone word stays ("Singer" alone)."""
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower_ in FALSE_TITLES and tokens[i + 1].is_title:
        i += 1
    return tokens[i:]
