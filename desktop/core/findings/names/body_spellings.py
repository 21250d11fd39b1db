"""One business or body whose name the two articles spell differently: "Tallgrass Distributors
Ltd." / "TallGrass Distribution Ltd.", "Harmon Engineering Group" / "Harmon Engineers Group".

The link is right: it is one body, by every other word of its name. But one word of the name
stands in two forms of one stem, and a name is written one way only, so one article has it wrong
and a fact-checker must see which: a conflict of spelling, as for a person's surname
(``spelled_apart``). Another accepted spelling ("Defence" / "Defense"), a word shortened
("Corp." / "Corporation"), a plural's "s" or letters in another case ("Tallgrass" /
"TallGrass") are the same name; so is any pair an article itself writes both ways.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, spelled_alike


def body_spelled_apart(mine: list[Fact], theirs: list[Fact], texts: tuple[str, str]) -> str | None:
    """The reason to show when the two sides write one body's name each its own way."""
    if not all(f.type is MentionType.ORGANISATION for f in mine + theirs):
        return None
    ours, other = _full_names(mine), _full_names(theirs)
    if len(ours) != 1 or len(other) != 1:
        return None
    a, b = ours[0], other[0]
    if fold(b) in _folded(texts[0]) or fold(a) in _folded(texts[1]) or spelled_alike(a, b):
        return None  # an article that writes both forms has a slip of its own
    if not _one_word_apart(fold(a).split(), fold(b).split()):
        return None
    return (
        f"Both articles name one body, but spell its name differently: the left writes {a!r}, "
        f"the right {b!r}. One of them is likely wrong: check the name with the source."
    )


def _full_names(facts: list[Fact]) -> list[str]:
    """The longest wordings of the name, one per folded form: the name written in full."""
    longest = max(len(fold(f.text).split()) for f in facts)
    forms = {fold(f.text): f.text.strip() for f in facts if len(fold(f.text).split()) == longest}
    return list(forms.values())


def _folded(text: str) -> str:
    return f" {fold(text)} "


def _one_word_apart(a: list[str], b: list[str]) -> bool:
    """Names of two words or more, the same word for word but one pair, two forms of one stem
    ("distributors" / "distribution"), neither the other with an "s" or cut short."""
    if len(a) != len(b) or len(a) < 2:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(apart) != 1:
        return False
    x, y = apart[0]
    short, long = sorted((x, y), key=len)
    if long.startswith(short):
        return False  # "corp" / "corporation", "angel" / "angels": a shortening or a plural
    stem = 0
    while stem < len(short) and x[stem] == y[stem]:
        stem += 1
    return stem >= tuning.BODY_SPELLING_STEM
