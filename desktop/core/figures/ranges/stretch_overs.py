"""A figure's "over": a bound ("played over 300 games", "over 5 percent") or a span ("a 4.12 ERA
over 12 starts", "20 goals over 12 games" tell a tally across twelve starts or games, not more
than twelve of them).

After what the clause counts is said (a noun or a figure right before "over"), "over" and a count
of stretches of play ("starts", "games", "seasons") give the stretch the tally covers: the count
is exact. Right after a verb ("played over 300 games", "won over 20 matches") it is a bound, which
the parser may leave outside the figure: the "over" it hangs on the figure as a quantifier is
taken in. An "over" it hangs elsewhere places ("fought over three islands")."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.games import STRETCH_NOUNS

# Words of the told tally that may stand right before a spanning "over".
_TALLY_BEFORE = frozenset(["NOUN", "PROPN", "NUM", "ADJ"])
_OVERS = ("over", "across")


def without_stretch_over(tokens: list[Any]) -> list[Any]:
    """The figure's tokens without a spanning "over" before them."""
    if len(tokens) < 2 or tokens[0].lower_ not in _OVERS:
        return tokens
    return tokens[1:] if _spans(tokens[0], tokens[-1].i + 1) else tokens


def with_bounding_over(span: Any) -> Any:
    """The figure with the "over" the parser hung on it as a bound but left outside it."""
    if span.start == 0:
        return span
    over = span.doc[span.start - 1]
    if over.lower_ != "over" or over.dep_ != "quantmod" or not span.start <= over.head.i < span.end:
        return span
    return span if _spans(over, span.end) else span.doc[over.i : span.end]


def _spans(over: Any, after: int) -> bool:
    doc = over.doc
    if over.i == 0 or after >= len(doc) or doc[over.i - 1].pos_ not in _TALLY_BEFORE:
        return False
    return doc[after].lemma_.lower() in STRETCH_NOUNS
