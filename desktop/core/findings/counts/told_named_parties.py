"""A definite count of the parties a sentence names, told by naming them: "Fresh Market and
ValuMart will merge ..., the two grocery chains announced" / "The supermarket chains Fresh Market
and ValuMart said". "The two chains" counts the chains the story has named; a sentence telling
the same thing that names those very chains, that many, gives the count all the same. A count
the partner's names do not make ("the three chains" beside two names), or an indefinite count
("two chains" that may be any), keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.alignment.statement_partners import Partners
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.model import MentionType

# "the two chains", "both companies": a count that refers back to parties already named.
_DEFINITE = re.compile(r"\b(?:the|both|all)\s+$", re.I)
_PARTIES = (MentionType.ORGANISATION, MentionType.PERSON)
# The most parties a sentence names one by one for such a count to refer to.
_MOST_NAMED = 4


def count_of_named_parties(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """ "the two grocery chains": a statement partner names exactly that many bodies (or
    people), each a name of this article too."""
    number = fact.number
    if number is None or number.dimension or not number.exact or not 2 <= number.low <= _MOST_NAMED:
        return False
    text = mine.document.text
    if _DEFINITE.search(text[max(0, fact.start - 8) : fact.start]) is None:
        return False
    ours = {f.key for f in mine.facts if f.type in _PARTIES}
    for j, score in aligned.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for kind in _PARTIES:
            named = {f.key for f in facts_of(theirs, j) if f.type is kind}
            if len(named) == number.low and named <= ours:
                return True
    return False
