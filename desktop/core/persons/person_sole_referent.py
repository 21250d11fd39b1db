"""The age at death a "he" or "she" is given when the article has named one person only.

"The actress Jean Harlow died on Sunday ... The family asked for privacy ... She died at 86":
``person_references`` reads a pronoun only against the sentence before it, where a reader would
look first; an article that has named no one else before the pronoun leaves a reader no choice
either, however many sentences lie between. The pronoun then stands for the person the article
is about, unless the article gives that person the other sex ("Mr. Harlow" / "she"), or has used
a pronoun of the other sex before it ("her family said ... He died at 86": someone else).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.parse_cache import parsed_text
from desktop.core.lexicon.people import PERSON_PRONOUNS, POSSESSIVE_PRONOUNS
from desktop.core.persons.event_ages import referred_ages
from desktop.core.persons.person_groups import quoted
from desktop.core.persons.person_references import tokens_of

P = TypeVar("P", bound=Hashable)

_SUBJECTS = ("nsubj", "nsubjpass")
# Every singular pronoun of a person with the sex it gives ("her" is object and possessive).
_SEXED = {**PERSON_PRONOUNS, **POSSESSIVE_PRONOUNS, "him": "m", "hers": "f"}


def sole_referent_ages(
    named: Sequence[tuple[Fact, P]], doc: Any, read: set[int], sexes: Mapping[P, str]
) -> list[tuple[P, tuple[str, int, int]]]:
    """(person, age) for each subject "he" / "she" given an age at death (``referred_ages``)
    that ``person_references`` left unread (``read``: the starts of the pronouns it read), when
    exactly one person is named before it."""
    found: list[tuple[P, tuple[str, int, int]]] = []
    if not named:
        return found
    # The one person named first, and where a second person is first named: a pronoun between
    # the two has that one person alone before it.
    opening, person = min(named, key=lambda item: item[0].end)
    first = opening.end
    second = min((m.end for m, p in named if p != person), default=len(parsed_text(doc)) + 1)
    sexed = tokens_of(doc, frozenset(_SEXED))
    for token in tokens_of(doc, frozenset(PERSON_PRONOUNS)):
        if not first <= token.idx < second or token.idx in read or token.dep_ not in _SUBJECTS:
            continue
        sex = PERSON_PRONOUNS[token.lower_]
        if sexes.get(person, sex) != sex:
            continue
        if any(t.idx < token.idx and _SEXED[t.lower_] != sex for t in sexed) or quoted(token):
            continue
        # Last: the reading of the sentence's figures is the dearest check (bench.speed).
        found += [(person, age) for age in referred_ages(token)]
    return found
