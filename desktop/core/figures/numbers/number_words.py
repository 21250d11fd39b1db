"""Counts written in words that the model leaves untagged: "called in an additional six
engines", "Sixty local residents had to be evacuated".

The parse still counts the noun (the word is its ``nummod``), so the count is read as one in
digits is (``missed_entities.missed_figures``). "One" is left out: "one employee" says what "an
employee" says, and it stands in for an article far more often than it counts. Scale words
("billion") belong to a larger figure and are left out too.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.time_words import TIME_UNITS

# The number words that count on their own, two to ninety. Common usage, not fitted.
_COUNT_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen"]
)  # fmt: skip


def counts_a_noun(span: Any) -> bool:
    """ "Forty firefighters were sent": one number word counting the noun after it, which the
    model may tag a date (a decade's word); a count of a unit of time ("forty years") is a span
    of time and stays a date. Nouns naming a kind may stand between ("Forty fire engines")."""
    root = span.root
    between = span.doc[root.i + 1 : root.head.i]
    return (
        len(span) == 1
        and root.lower_ in _COUNT_WORDS
        and root.dep_ == "nummod"
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
        and all(t.dep_ == "compound" and t.head.i == root.head.i for t in between)
        and root.head.lemma_.lower() not in TIME_UNITS
    )


def figure_token(token: Any) -> bool:
    """A token that may be a figure the model missed: digits, or a number word of a count."""
    return any(c.isdigit() for c in token.text) or token.lower_ in _COUNT_WORDS


# Scale words that count on their own after "a": "a thousand homes", "a hundred firefighters".
_SCALE_COUNTS = frozenset(["hundred", "thousand"])


def a_scale_count(token: Any) -> bool:
    """ "Over a thousand homes were destroyed": a scale word after "a" counts the noun it is the
    ``nummod`` of, as "1,000 homes" does; the "a" is the figure's first word."""
    return (
        token.lower_ in _SCALE_COUNTS
        and token.dep_ == "nummod"
        and token.head.pos_ == "NOUN"
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("a", "an")
    )


def adjective_count(token: Any) -> bool:
    """ "Eleven skiers were buried": the tagger may take a number word that opens a sentence for
    an adjective of the noun right after it; it counts that noun all the same."""
    return (
        token.dep_ == "amod"
        and token.lower_ in _COUNT_WORDS
        and token.head.pos_ == "NOUN"
        and token.head.i == token.i + 1
        and token.head.lemma_.lower() not in TIME_UNITS
    )
