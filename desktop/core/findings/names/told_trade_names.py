"""A name the tagger read with a word before it that is no part of it: a firm's trade, "Carmaker
Voss to cut 3,000 jobs" / "Voss Motors plans 3,000 layoffs", or the prefix "ex-" of an office
held there, "Ex-Riverton mayor jailed" / "a former mayor of Riverton". The trade noun is
capitalised only at the start of a headline or a sentence, and "ex-" belongs to the office; the
name proper is the words after them, and the other article naming it tells it. A name the
other article never gives keeps its mark.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_by_name import name_written
from desktop.core.lexicon.name_heads import TRADE_NOUNS, TRADE_SUFFIX
from desktop.core.model import MentionType


def name_after_its_trade_told(fact: Fact, theirs: Analysis) -> bool:
    """This name opens with the common noun of a trade or with "ex-", and the other article
    names what follows."""
    # "Retailer Voss" read as a person: the trade noun is no part of any name.
    if fact.type not in (MentionType.ORGANISATION, MentionType.PERSON):
        return False
    text = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I)
    prefixed = _EX.match(text)
    if prefixed is not None:
        rest = text[prefixed.end() :]
    else:
        words = text.split()
        if len(words) < 2 or not _trade(words[0]):
            return False
        rest = " ".join(words[1:])
    if not rest[:1].isupper():
        return False
    return name_written(replace(fact, text=rest), theirs)


# "Ex-Riverton mayor": the office's prefix, glued to the place by its hyphen.
_EX = re.compile(r"ex-", re.I)


def _trade(word: str) -> bool:
    folded = word.lower()
    return folded in TRADE_NOUNS or (folded.endswith(TRADE_SUFFIX) and folded != TRADE_SUFFIX)
