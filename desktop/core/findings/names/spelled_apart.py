"""One person whose surname the two articles spell differently: "Ilene Wolfe" / "Ilene Wolff",
"Alexis Kouyias" / "Alexis Kougias".

The link is right: it is one person, by role and by the rest of the name. But one article has
the name wrong, and a fact-checker must see which before it is printed, so the pair is shown as a
conflict of spelling, not as corroboration. An article that writes both spellings itself ("Rait"
and later "Raite") has a typo of its own: that pair stays agreed.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning
from desktop.core.lexicon.titles import NAME_TITLES, OFFICE_TITLE_WORDS
from desktop.core.model import MentionType
from desktop.core.naming.clipped_forms import clipping_of
from desktop.core.naming.name_spellings import romanised_alike
from desktop.core.naming.names import fold, spelled_alike


def spelled_apart(mine: list[Fact], theirs: list[Fact], texts: tuple[str, str]) -> str | None:
    """The reason to show when the two sides spell the person's surname each its own way."""
    mine, theirs = same_bearer(mine, theirs), same_bearer(theirs, mine)
    ours, other = _surnames(mine), _surnames(theirs)
    if len(ours) != 1 or len(other) != 1 or ours == other:
        return None
    a, b = next(iter(ours)), next(iter(other))
    if a[0] != b[0] or min(len(a), len(b)) < _SHORTEST or spelled_alike(a, b):
        return None
    if clipping_of(a, b) or clipping_of(b, a):
        return None  # "Heff" / "Hefner": one person told less fully, no second spelling
    if _office(mine + theirs, (a, b)):
        return None  # "Fire Marshal" / "Fire Marshall": an office's title, spelt two ways
    if romanised_alike(a, b, given=False):
        return None  # "Zelenskiy" / "Zelensky": one name in two romanisations, no slip
    if fuzz.ratio(a, b) < tuning.SPELLING_LIKENESS:
        return None  # two surnames, not one spelt two ways: the link stands on other grounds
    if _writes(texts[0], b) or _writes(texts[1], a):
        return None  # an article that writes both spellings has a typo of its own
    return (
        f"Both articles name one person, but spell the name differently: the left spells it "
        f"{_as_written(mine, a)}, the right {_as_written(theirs, b)}. One of them is likely wrong: "
        f"check the surname's spelling with the source."
    )


# Surnames shorter than this ("Li" / "Lee") are transliterations more often than slips.
_SHORTEST = 4


def _office(facts: list[Fact], surnames: tuple[str, str]) -> bool:
    """ "The state's Fire Marshal's office" / "The State Fire Marshall's office": a "surname" that
    in one of its spellings is a title word, and no given name with it on either side, names an
    office by its title, not a person; "Tom Marshal" / "Tom Marshall" is a person's name."""
    if not any(name in NAME_TITLES for name in surnames):
        return False
    return not any(_given(f) for f in facts)


def _given(fact: Fact) -> bool:
    """The mention gives a first name that is no title or office word ("Tom", not "Fire")."""
    words = [fold(w) for w in fact.text.split()[:-1]]
    return any(w.isalpha() and w not in NAME_TITLES and w not in OFFICE_TITLE_WORDS for w in words)


def same_bearer(facts: list[Fact], other: list[Fact]) -> list[Fact]:
    """The mentions of ``facts`` that name the person ``other`` names: a family's card holds the
    son "Michael Holzworth" and the father "Jon Holzworth", and the other article's "Jon
    Holzwarth" is the father. All of them where no given name picks one."""
    given = {f.first for f in other if f.type is MentionType.PERSON and f.first}
    bearer = [f for f in facts if f.first in given] or facts
    # "The Heff" beside "Heffner": a clipping tells the name less fully, in no spelling of its own,
    # so it is no quote of the spelling slip (naming/clipped_forms.py).
    surnames = {f.last for f in facts + other if f.last}
    unclipped = [f for f in bearer if not _clipped(f, surnames)]
    return unclipped or bearer


def _clipped(fact: Fact, surnames: set[str]) -> bool:
    """The mention is one word, a clipping of a surname the person's mentions write."""
    words = fold(fact.text).split()
    return len(words) == 1 and any(clipping_of(words[0], s) for s in surnames)


def _surnames(facts: list[Fact]) -> set[str]:
    """The surnames the mentions write; a given name written alone ("Michael", of "Michael
    Holzworth") is no surname, though the tagger keeps it as the last word of its name."""
    given = {f.first for f in facts if f.first}
    return {
        re.sub(r"['’]s$", "", f.last)
        for f in facts
        if f.type is MentionType.PERSON and f.last and (f.first or f.last not in given)
    }


def _as_written(facts: list[Fact], surname: str) -> str:
    """ "'Wolff' ('Ilene Wolff')": the surname as the article writes it, and its fullest mention."""
    shown = max((f.text for f in facts), key=len)
    written = next((w for w in shown.split() if fold(w) == surname), surname.title())
    return repr(written) + (f" ({shown!r})" if shown != written else "")


def _writes(text: str, surname: str) -> bool:
    return re.search(rf"\b{re.escape(surname)}\b", fold(text)) is not None
