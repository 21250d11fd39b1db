"""The body a figure's party names in full: "HP" is Hewlett-Packard, "Devices" of "Advanced Micro
Devices" is Advanced Micro Devices.

A figure's party is the one word that is its clause's subject ("HP will pay", "Hewlett-Packard's
acquisition" gives "Packard"), so a company called by its initials in one article and by its
name in the other would be two parties, and their figures never compared. A party written in
capitals is the body whose initials they are, the body its own article names first (an article that
names "Hindustan Petroleum" means that company by "HP"), else the body the other article names; a
word of a longer name is that name, unless the article gives figures to both the word alone and the
longer name ("The S3 costs $649" / "The S3 Pro costs $899"). Two bodies are one when their full
names are, corporate endings aside ("Hewlett-Packard Co." / "Hewlett-Packard"). Two full names whose
initials happen to match never meet this way: each stays its own body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.core.extraction.text_search import WORD_BOUNDARY, iter_after
from desktop.core.model import MentionType
from desktop.core.naming.names import acronym, fold

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis
    from desktop.core.extraction.facts import Fact

# Endings that make a company's name no other body: "Hewlett-Packard Co." is Hewlett-Packard.
_CORPORATE_ENDINGS = frozenset(
    [
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "corp",
        "corp.",
        "co",
        "co.",
        "plc",
        "company",
        "corporation",
    ]
)
# Initials: two to five letters, written all in capitals where the article writes them.
_INITIALS = re.compile(r"[a-z]{2,5}")


def party_bodies(parties: set[str], mine: Analysis, theirs: Analysis) -> dict[str, str]:
    """Each folded party word -> the full name of the body it names, folded, or the word itself."""
    own, other = _body_names(mine), _body_names(theirs)
    capitals = mine.derived("initials_written", _initials_written)
    out: dict[str, str] = {}
    for party in parties:
        spelled = _INITIALS.fullmatch(party) and party.upper() in capitals
        body = ""
        if spelled:
            # the article's own bodies first: another's are read only when it names none so
            ours = [name for name in own if acronym(name) == party]
            body = spelled_by(party, own) if ours else spelled_by(party, other)
        holding = _holding(party, own)
        if holding and _named_apart(party, holding, parties):
            holding = ""  # "The S3 costs $649" beside "The S3 Pro costs $899": two models
        out[party] = body or holding or party
    return out


def _named_apart(word: str, holding: str, parties: set[str]) -> bool:
    """The article gives figures to the word alone and to the longer name, or to another of its
    words ("the S3" and "the S3 Pro", parties "s3" and "s3 pro"): it tells two things apart, as
    two models of one line, and the word is no short form of the longer name."""
    words = holding.split()
    return any(other != word and (other in words or other == holding) for other in parties)


def _initials_written(analysis: Analysis) -> frozenset[str]:
    """Every run of two to five capitals the article writes as a word of its own ("HP")."""
    return frozenset(
        m.group() for m in iter_after(WORD_BOUNDARY, _CAPITALS_WORD, analysis.document.text)
    )


# A word of two to five capitals, as initials are written: read once per article, from each
# capital letter (its word boundary before it checked there).
_CAPITALS_WORD = re.compile(r"[A-Z]{2,5}\b")


def _body_names(analysis: Analysis) -> list[str]:
    return body_names(analysis.facts)


def body_names(facts: Iterable[Fact]) -> list[str]:
    """The names of bodies among the facts, two words or more, folded, corporate endings and
    a bracket that follows dropped ("Hewlett-Packard Co. (HP)" is "hewlett packard")."""
    names = []
    for fact in facts:
        if fact.type is MentionType.ORGANISATION:
            # "Hindustan Petroleum (HP": the tagger may take in the brackets that follow
            words = re.findall(r"[\w'’]+", fold(fact.text.partition("(")[0]))
            while words and words[-1] in _CORPORATE_ENDINGS:
                words.pop()
            if len(words) > 1:
                names.append(" ".join(words))
    return names


def spelled_by(initials: str, names: list[str]) -> str:
    """The one name the initials spell, or "" when none or several do."""
    spelled = {name for name in names if acronym(name) == initials}
    return spelled.pop() if len(spelled) == 1 else ""


def _holding(word: str, names: list[str]) -> str:
    """The longest name of which the party is a word: "packard" of "hewlett packard"."""
    holding = [name for name in names if word in name.split()]
    return max(holding, key=len) if holding else ""
