"""The people an article tells as the one who did the harm, so that a description of the one
harmed never stands for them.

A shooting story names its suspect and describes its victim: "Police arrested John Smith. The
victim, 22, died at the scene." A reader never takes "the victim" for Smith; the people cards
did, when Smith was the only person named, and gave the suspect the victim's age and death. A
person is the doer when the article restates the name by a doer's noun ("the suspect, John
Smith", "gunman John Smith", "Smith, the shooter", "identified the suspect as Smith"), or when
a clause holds, charges or hunts the name, or says the name did the harm ("John Smith was
arrested", "John Smith opened fire": ``suspect_part``, the rule that already keeps a suspect's
age apart from a victim's).

A description of the one harmed passes over the doers (``person_references.tells_harm``): "the
victim", or a description whose clause says they were killed or hurt ("the teen was shot"). Any
other still takes up the doer just named ("Courthouse killer Bo Ray was sentenced ... where the
37-year-old will serve his time"), and so does one that tells the doer's part itself.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon.victims import DOER_NOUNS
from desktop.core.persons.age_doers import SUSPECT, suspect_part
from desktop.core.persons.person_references import restating_nouns

P = TypeVar("P", bound=Hashable)


def doers(named: Sequence[tuple[Fact, P]], doc: Any) -> frozenset[P]:
    """The people of ``named`` (name mentions with their person) the article tells as the doer."""
    found: set[P] = set()
    for mention, person in named:
        if person in found:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if suspect_part(root) == SUSPECT or any(
            noun.lemma_.lower() in DOER_NOUNS for noun in restating_nouns(root)
        ):
            found.add(person)
    return frozenset(found)
