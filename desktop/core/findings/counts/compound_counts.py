"""A figure joined by a hyphen to a noun before another noun: "Rahman, the two-time heavyweight
champion", "on a three-game losing streak", "a four-car pile-up".

Such a figure says what the next noun is like (a champion twice over, a streak three games long),
not how many of the first noun the story has: "the two-time champion" / "stopped the former
champion in seven rounds", "a three-game losing streak" / "won 40 games last season" are no two
accounts of one figure. A conflict that sets such a figure against one written apart is dropped;
two figures of the same shape ("a five-car pile-up" / "a four-car pile-up") are still compared.
A noun that a figure measures as well joined as apart ("a 17-year-old", "a 6.1-magnitude quake":
lexicon/compounds.py) keeps its conflicts.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.lexicon.compounds import MEASURE_COMPOUND_NOUNS
from desktop.core.model import FindingKind


def without_compound_counts(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts of a hyphened figure on one side against a plain one."""
    texts = (left.document.text, right.document.text)
    return [d for d in drafts if not _mismatched(d, texts)]


def _mismatched(draft: Draft, texts: tuple[str, str]) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    ours = any(_joined(f, texts[0]) for f in draft.left)
    theirs = any(_joined(f, texts[1]) for f in draft.right)
    return ours != theirs


def _joined(fact: Fact, text: str) -> bool:
    """The figure is joined by a hyphen to a noun, and another word follows: "two-time
    heavyweight champion", "three-game losing streak"; not a measure ("17-year-old")."""
    if fact.number is None or fact.number.dimension:
        return False
    words = fact.text.split()
    if not words:
        return False
    # "fifty-four species": the hyphen joins the tens and units of one number, no noun.
    last = _SPELLED_TENS_UNITS.sub("n", words[-1])
    after = text[fact.end : fact.end + 40]
    if not after.startswith("-") and "-" not in last:
        return False  # "Thirty-five insurgents": the hyphen is the number's own, no compound
    match = _HYPHENED.match(last + after)
    if match is None:
        return False
    # "Thirty-two people", "a thirty-two-car pile-up": the units of a number written in words
    # are the figure's own, never a noun it describes.
    nouns = match.group("nouns").lower().split("-")
    while nouns and nouns[0] in _UNIT_WORDS:
        nouns = nouns[1:]
    return bool(nouns) and not any(
        n.rstrip("s") in MEASURE_COMPOUND_NOUNS or n in MEASURE_COMPOUND_NOUNS for n in nouns
    )


# The units a number word of tens is joined to by a hyphen: "twenty-one" to "ninety-nine".
_UNIT_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
     "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
)  # fmt: skip
# A number from 21 to 99 in words, tens and units joined by a hyphen: "forty-five", "Fifty-four".
_SPELLED_TENS_UNITS = re.compile(
    r"^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)
# A figure (digits or a word), a hyphen and one or more words joined by hyphens, then a space and
# a lowercase word: the noun the compound describes, or a word before it.
_HYPHENED = re.compile(r"[\w.,]+?-(?P<nouns>[A-Za-z]+(?:-[A-Za-z]+)*)\s+[a-z]")
