"""A firm named with its trade before it: "Carmaker Voss to cut 3,000 jobs" / "Voss Motors plans
3,000 layoffs". The tagger takes the trade noun, capitalised at the start of a headline or a
sentence, into the name; the name proper is the words after it, and the other article naming
the firm by them tells it. A firm the other article never names keeps its mark.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.told_by_name import name_written
from desktop.core.lexicon.name_heads import TRADE_NOUNS, TRADE_SUFFIX
from desktop.core.model import MentionType


def name_after_its_trade_told(fact: Fact, theirs: Analysis) -> bool:
    """This name opens with the common noun of a trade and the other article names what
    follows it."""
    # "Retailer Voss" read as a person: the trade noun is no part of any name.
    if fact.type not in (MentionType.ORGANISATION, MentionType.PERSON):
        return False
    words = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I).split()
    if len(words) < 2 or not _trade(words[0]) or not words[1][:1].isupper():
        return False
    return name_written(replace(fact, text=" ".join(words[1:])), theirs)


def _trade(word: str) -> bool:
    folded = word.lower()
    return folded in TRADE_NOUNS or (folded.endswith(TRADE_SUFFIX) and folded != TRADE_SUFFIX)
