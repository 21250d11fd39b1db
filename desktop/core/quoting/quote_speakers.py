"""Whether two quotes' speakers are one person: by surname when both are named ("Lt. Gregg Hastings
of the Oregon State Police" / "Hastings"), by role when neither is ("a police spokesman")."""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.core.lexicon import INSTITUTION_HEADS
from desktop.core.lexicon.titles import COURTESY_TITLES
from desktop.core.model import Quote
from desktop.core.naming.names import nationality_country

# Words a speaker description carries that name no one: articles and possessives.
_FILLER = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "of", "for", "at", "with"}
)
# Courtesy titles dropped before comparing names ("Mr Smith" is "Smith"), and a name's affixes.
_COURTESY = COURTESY_TITLES | frozenset({"st", "jr"})
# Words that name a role, even capitalised as a title ("Mayor John Smith"): compared as role words.
ROLE_WORDS = frozenset(
    {
        "mayor",
        "governor",
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "officer",
        "officers",
        "police",
        "sheriff",
        "deputy",
        "detective",
        "commissioner",
        "director",
        "captain",
        "lieutenant",
        "sergeant",
        "general",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "judge",
        "prosecutor",
        "attorney",
        "lawyer",
        "witness",
        "resident",
        "residents",
        "official",
        "officials",
        "source",
        "sources",
        "manager",
        "chairman",
        "ceo",
        "head",
        "leader",
        "coach",
        "doctor",
        "nurse",
        "agent",
        "inspector",
        "superintendent",
        "prime",
        "department",
        "fire",
        "county",
        "city",
        "state",
        "federal",
    }
)


class Sameness(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


def quote_speakers(left: Quote, right: Quote) -> Sameness:
    """Speaker sameness of two quotes. An inferred speaker (a pronoun resolved, a speaker carried
    over from the quote before) is a guess, not the article's word: it never makes two different."""
    sameness = speaker_sameness(left.speaker, right.speaker)
    if sameness is Sameness.DIFFERENT and (left.inferred or right.inferred):
        return Sameness.UNKNOWN
    return sameness


def speaker_sameness(left: str | None, right: str | None) -> Sameness:
    """Same when both name one surname, or (unnamed) the same role; different when the surnames
    or roles differ; unknown when one side has no speaker or one is named and the other not."""
    if not left or not right:
        return Sameness.UNKNOWN
    left_names, left_roles = _speaker_parts(left)
    right_names, right_roles = _speaker_parts(right)
    if left_names and right_names and _institution(left_names) and _institution(right_names):
        # An institution is named by its whole name, not its head noun: "the Russian Defense
        # Ministry" is not "Azerbaijan's Defense Ministry", though "the State Police" may be
        # "the Oregon State Police".
        small, large = sorted((_body(left_names), _body(right_names)), key=len)
        return Sameness.SAME if small <= large else Sameness.DIFFERENT
    if left_names and right_names:
        # A name in the possessive says whom the speaker speaks for ("Hale's rep"): against a
        # speaker the other article names ("the actress's rep Tom Ward") it names no speaker.
        left_own, right_own = _own_names(left, left_names), _own_names(right, right_names)
        if bool(left_own) != bool(right_own):
            left_names, right_names = left_own, right_own
    if left_names and right_names:
        # A surname names the person whatever else the description adds ("Lt. Gregg Hastings of
        # the Oregon State Police" / "Oregon State Police Lt. Gregg Hastings").
        same = left_names[-1] in right_names or right_names[-1] in left_names
        return Sameness.SAME if same else Sameness.DIFFERENT
    if left_roles and right_roles:
        if left_roles[-1] != right_roles[-1]:
            return Sameness.DIFFERENT if not (left_names or right_names) else Sameness.UNKNOWN
        small, large = sorted((set(left_roles), set(right_roles)), key=len)
        return Sameness.SAME if small <= large else Sameness.DIFFERENT
    if left_names or right_names:
        # An organisation named on one side and a role on the other may well be the same source.
        return Sameness.UNKNOWN
    return Sameness.UNKNOWN


def _own_names(speaker: str, names: list[str]) -> list[str]:
    """The speaker's name words less those of whom the speaker speaks for: "Reid" in "Reid's
    rep" ("'s" and more words after it)."""
    whose = {w.lower() for m in _POSSESSOR.finditer(speaker) for w in m.group(1).split()}
    return [n for n in names if n not in whose]


# A capitalised name in the possessive with a word after it: "Reid's rep", "Jo Moss’s lawyer".
_POSSESSOR = re.compile(r"\b((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)['’]s\s+\w")


def _speaker_parts(speaker: str) -> tuple[list[str], list[str]]:
    """(name words, role words) of a speaker description, lower-cased, in order."""
    names: list[str] = []
    roles: list[str] = []
    # The person's own words come before "of/for/at ...": "Lt. Gregg Hastings of the State Police".
    own = re.split(r"\s+(?:of|for|at|from|with)\s+", speaker, maxsplit=1)[0]
    for word in re.findall(r"[\w'’-]+", own):
        low = word.lower().rstrip(".")
        if low in _FILLER or low in _COURTESY or low in ("'s", "s"):
            continue
        if low in ROLE_WORDS or not word[:1].isupper():
            roles.append(low.removesuffix("'s"))
        else:
            names.append(low.removesuffix("'s").removesuffix("’s"))
    return names, roles


def _institution(names: list[str]) -> bool:
    return names[-1] in INSTITUTION_HEADS


def _body(names: list[str]) -> set[str]:
    """An institution's name words, a country's adjective read as the country ("Russian" and
    "Russia's" both say Russia)."""
    return {nationality_country(w) or w for w in names}


def institution_key(speaker: str) -> str | None:
    """The key of an institution speaker by its whole name ("defense ministry russia" for "the
    Russian Defense Ministry" and "Russia's Defense Ministry"); None for a person or a role."""
    names, _roles = _speaker_parts(speaker)
    return " ".join(sorted(_body(names))) if names and _institution(names) else None
